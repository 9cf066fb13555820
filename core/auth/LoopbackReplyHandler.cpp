#include "LoopbackReplyHandler.h"

#include <QHostAddress>

namespace bnet {

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
{}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    constexpr qint64 maxBody = 64 * 1024;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(maxBody);
    QNetworkReply::NetworkError error = reply->error();
    // With an HTTP status the answer arrived; Qt's error code only repeats the status.
    if (status != 0 && error >= QNetworkReply::ContentAccessDenied)
        error = QNetworkReply::NoError;
    Q_EMIT tokenReplyFinished(status, body, error,
                              error == QNetworkReply::NoError ? QString() : reply->errorString());
}

} // namespace bnet
