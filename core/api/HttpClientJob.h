#pragma once

// One request as HttpClient tracks it from queue to callback. Private to HttpClient's two
// source files (HttpClient.cpp: queue, schedule, retries; HttpClientResponse.cpp: turning a
// finished reply into an ApiResponse).
#include "HttpClient.h"

#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace bnet {

struct HttpClient::Job
{
    quint64 id = 0;
    ApiRequest request;
    QUrl url;
    QString hostKey;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    int attempts = 0;
    qint64 notBeforeMs = 0;
    qint64 queuedAtMs = 0;
    QNetworkReply *reply = nullptr;
    bool cancelled = false;
    bool tooLarge = false;
    bool pastDeadline = false;
};

} // namespace bnet
