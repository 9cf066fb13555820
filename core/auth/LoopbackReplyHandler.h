#pragma once

#include <QNetworkReply>
#include <QOAuthHttpServerReplyHandler>

namespace bnet {

// Qt NetworkAuth's loopback redirect catcher, listening on 127.0.0.1 only (Qt's default would
// listen on every interface), with the token answer handed to us instead of Qt's own reader:
// Qt 6.4 logs the body of an answer it cannot read (which may hold a token) and reports an
// HTTP error from the token endpoint to nobody. Here the status, the body and any network error
// go to tokenReplyFinished, and nothing is logged.
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReplyHandler)

public:
    // Listens on 127.0.0.1:port (0: any free port); check isListening().
    LoopbackReplyHandler(quint16 port, QObject *parent = nullptr);

Q_SIGNALS:
    // `networkError` is NoError or a transport problem (refused, timed out...); an HTTP error
    // status is in `httpStatus` with its body.
    void tokenReplyFinished(int httpStatus, const QByteArray &body,
                            QNetworkReply::NetworkError networkError, const QString &errorText);

protected:
    void networkReplyFinished(QNetworkReply *reply) override;
};

} // namespace bnet
