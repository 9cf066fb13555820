#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QUrl>

namespace bnet {

struct ApiResponse
{
    ApiError error; // Kind::None when the answer is usable (2xx or 304)
    int httpStatus = 0;
    QByteArray body;
    QByteArray lastModified; // the Last-Modified header, verbatim
    QByteArray contentType;
    QUrl url;
    int attempts = 0; // how many times it was sent (retries included)
    qint64 bytesReceived = 0;

    bool isOk() const { return !error.isError(); }
    bool isNotModified() const { return httpStatus == 304; }
};

} // namespace bnet
