#include "TokenProvider.h"

#include "HttpClient.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bnet {

void StaticTokenProvider::token(QObject *, Done done)
{
    if (m_token.isEmpty()) {
        done({}, ApiError(ApiError::Kind::Unauthorized,
                          QCoreApplication::translate("TokenProvider", "Not signed in")));
        return;
    }
    done(m_token, {});
}

ClientCredentialsTokenProvider::ClientCredentialsTokenProvider(HttpClient &http, const Clock &clock,
                                                               QByteArray clientId,
                                                               QByteArray clientSecret,
                                                               QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_clock(clock)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{}

void ClientCredentialsTokenProvider::token(QObject *context, Done done)
{
    // A minute of margin: a token that expires mid-request is as good as none.
    if (!m_token.isEmpty() && m_clock.nowUtc().addSecs(60) < m_expiresAt) {
        done(m_token, {});
        return;
    }
    m_waiting.append({context, context != nullptr, std::move(done)});
    if (!m_fetching)
        fetch();
}

void ClientCredentialsTokenProvider::invalidate(const QByteArray &token)
{
    if (token == m_token)
        m_token.clear();
}

void ClientCredentialsTokenProvider::fetch()
{
    m_fetching = true;
    ++m_fetches;
    ApiRequest request;
    request.host = ApiRequest::Host::OAuth;
    request.method = ApiRequest::Method::Post;
    request.path = u"/token"_s;
    request.basicUser = m_clientId;
    request.basicPassword = m_clientSecret;
    request.formBody = "grant_type=client_credentials";
    request.rateLimited = false;
    request.addLocale = false;
    m_http.send(request, this, [this](const ApiResponse &response) {
        m_fetching = false;
        const QString what =
            QCoreApplication::translate("TokenProvider", "Could not get an API token with the "
                                                         "client id and secret");
        if (response.httpStatus == 0) { // never answered: network, timeout
            qCWarning(lcAuth) << "Client token request failed:" << response.error.code();
            deliver({}, response.error.withContext(what));
            return;
        }
        // Small and on the client's thread: a token answer is a few hundred bytes.
        const auto parsed = parseTokenResponse(response.httpStatus, response.body);
        if (!parsed.isOk()) {
            qCWarning(lcAuth) << "Client token refused:" << parsed.error.code();
            deliver({}, parsed.error.withContext(what));
            return;
        }
        m_token = parsed.value.accessToken;
        m_expiresAt = m_clock.nowUtc().addSecs(parsed.value.expiresInSeconds);
        deliver(m_token, {});
    });
}

void ClientCredentialsTokenProvider::deliver(const QByteArray &token, const ApiError &error)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const Waiting &waiter : waiting) {
        if (!waiter.hasContext || waiter.context)
            waiter.done(token, error);
    }
}

EnrichmentTokenProvider::EnrichmentTokenProvider(HttpClient &http, const Clock &clock)
    : m_http(http)
    , m_clock(clock)
{}

EnrichmentTokenProvider::~EnrichmentTokenProvider() = default;

void EnrichmentTokenProvider::setCredentials(const QByteArray &clientId,
                                             const QByteArray &clientSecret,
                                             const QByteArray &userToken)
{
    m_user = StaticTokenProvider(userToken);
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        m_client.reset();
        return;
    }
    // A fresh provider for a new client; callers waiting on the old one get its answer.
    m_client =
        std::make_unique<ClientCredentialsTokenProvider>(m_http, m_clock, clientId, clientSecret);
}

TokenProvider &EnrichmentTokenProvider::current()
{
    return m_client ? static_cast<TokenProvider &>(*m_client) : m_user;
}

void EnrichmentTokenProvider::token(QObject *context, Done done)
{
    current().token(context, std::move(done));
}

void EnrichmentTokenProvider::invalidate(const QByteArray &token)
{
    current().invalidate(token);
}

bool EnrichmentTokenProvider::canRenew() const
{
    return m_client != nullptr;
}

} // namespace bnet
