#pragma once

#include <QNetworkAccessManager>
#include <QUrl>

namespace bnet {

// The network access QOAuth2AuthorizationCodeFlow uses for the token exchange. Battle.net
// wants the client id and secret as HTTP Basic credentials (RFC 6749 section 2.3.1); Qt 6.4's
// flow would put the secret in the form body instead, so the flow is given no secret and this
// adds the Authorization header to requests for the token URL only. Redirects are not followed
// (the credentials must not travel elsewhere) and a stalled exchange times out.
class TokenEndpointAccess final : public QNetworkAccessManager
{
public:
    TokenEndpointAccess(QUrl tokenUrl, const QString &clientId, const QByteArray &clientSecret,
                        QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QUrl m_tokenUrl;
    QByteArray m_authorization;
};

} // namespace bnet
