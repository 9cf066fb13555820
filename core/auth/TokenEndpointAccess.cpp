#include "TokenEndpointAccess.h"

#include <QNetworkRequest>

namespace bnet {

TokenEndpointAccess::TokenEndpointAccess(QUrl tokenUrl, const QString &clientId,
                                         const QByteArray &clientSecret, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_tokenUrl(std::move(tokenUrl))
    // RFC 6749 2.3.1: both parts form-encoded, then joined and base64-encoded.
    , m_authorization("Basic " +
                      QByteArray(QUrl::toPercentEncoding(clientId) + ':' +
                                 QUrl::toPercentEncoding(QString::fromUtf8(clientSecret)))
                          .toBase64())
{
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setTransferTimeout(30'000);
}

QNetworkReply *TokenEndpointAccess::createRequest(Operation operation,
                                                  const QNetworkRequest &request,
                                                  QIODevice *outgoingData)
{
    QNetworkRequest copy(request);
    if (operation == PostOperation && request.url().adjusted(QUrl::RemoveQuery) == m_tokenUrl)
        copy.setRawHeader("Authorization", m_authorization);
    copy.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    return QNetworkAccessManager::createRequest(operation, copy, outgoingData);
}

} // namespace bnet
