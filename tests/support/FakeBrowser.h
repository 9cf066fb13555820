#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

// Stands in for the player's browser: opens the authorize address and follows Battle.net's
// redirect to the app's loopback port, as a browser would, and keeps the page it ended on.
struct BrowserVisit
{
    int status = 0;
    QByteArray page;
    QUrl landedOn; // the redirect target (with its code and state)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;
};

inline BrowserVisit visitInBrowser(const QUrl &url, int timeoutMs = 15'000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    BrowserVisit visit;
    visit.finished = finished.wait(timeoutMs);
    visit.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    visit.page = reply->readAll();
    visit.landedOn = reply->url();
    visit.error = reply->error();
    delete reply;
    return visit;
}
