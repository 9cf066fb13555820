// The sign-in side of the simulated Battle.net: the /authorize "consent page", which answers at
// once with a redirect (no browser, no login form), and the authorization-code grant of /token.
// Like Battle.net, a bad client id or redirect address gets an error page, never a redirect, and
// a code is good for one exchange, by the client it was issued to, with the same redirect URI.
#include "SimulatedBattleNet.h"

#include "SimulatorResponses.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace bnetsim {
namespace {

constexpr int codeLifetimeSeconds = 300;

Answer errorPage(int status, const QString &text)
{
    return {status,
            u"<html><body><h1>Battle.net (simulated)</h1><p>%1</p></body></html>"_s
                .arg(text.toHtmlEscaped())
                .toUtf8(),
            "text/html;charset=UTF-8"};
}

bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != u"http"_s)
        return false;
    return url.host() == u"localhost"_s || QHostAddress(url.host()).isLoopback();
}

Answer redirectTo(QUrl target, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query(target);
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(query);
    const QByteArray location = target.toEncoded();
    Answer answer{302, "<html><body>Redirecting</body></html>", "text/html;charset=UTF-8"};
    answer.headers.append({"Location", location});
    return answer;
}

} // namespace

std::optional<SimulatedBattleNet::AuthorizeBehaviour>
SimulatedBattleNet::authorizeBehaviourFromName(const QString &name)
{
    static const QList<QPair<QString, AuthorizeBehaviour>> names = {
        {u"approve"_s, AuthorizeBehaviour::Approve},
        {u"deny"_s, AuthorizeBehaviour::Deny},
        {u"wrong-state"_s, AuthorizeBehaviour::WrongState},
        {u"missing-state"_s, AuthorizeBehaviour::MissingState},
        {u"no-wow-profile"_s, AuthorizeBehaviour::NoWowProfile}};
    for (const auto &[key, behaviour] : names) {
        if (key == name)
            return behaviour;
    }
    return std::nullopt;
}

void SimulatedBattleNet::setAuthorizeBehaviour(AuthorizeBehaviour behaviour)
{
    QMutexLocker lock(&m_mutex);
    m_authorizeBehaviour = behaviour;
}

void SimulatedBattleNet::setAuthorizeAccount(int accountIndex)
{
    QMutexLocker lock(&m_mutex);
    m_authorizeAccount = accountIndex;
}

Answer SimulatedBattleNet::answerAuthorize(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const auto item = [&query](const QString &key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };
    const QUrl redirectUri(item(u"redirect_uri"_s));
    QMutexLocker lock(&m_mutex);
    ++m_counters.authorizations;
    if (item(u"client_id"_s) != m_options.clientId)
        return errorPage(400, u"Invalid client: unknown client_id"_s);
    if (!isLoopbackRedirect(redirectUri))
        return errorPage(400, u"Invalid redirect_uri: the simulator only redirects to http on "
                              "loopback"_s);
    if (item(u"response_type"_s) != u"code"_s)
        return errorPage(400, u"Unsupported response_type (only \"code\")"_s);
    const QString state = item(u"state"_s);
    if (m_authorizeBehaviour == AuthorizeBehaviour::Deny)
        return redirectTo(redirectUri, {{u"error"_s, u"access_denied"_s},
                                        {u"error_description"_s, u"The user denied access"_s},
                                        {u"state"_s, state}});
    const SimAccount account = m_data.accounts.value(m_authorizeAccount);
    if (account.id == 0)
        return errorPage(500, u"The simulator has no account to sign in"_s);

    QStringList scopes = item(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    if (m_authorizeBehaviour == AuthorizeBehaviour::NoWowProfile)
        scopes.removeAll(u"wow.profile"_s);
    const QString code = newToken();
    m_codes.insert(code, {item(u"client_id"_s), redirectUri.toString(), scopes, account.id,
                          QDateTime::currentDateTimeUtc().addSecs(codeLifetimeSeconds)});
    switch (m_authorizeBehaviour) {
    case AuthorizeBehaviour::WrongState:
        return redirectTo(redirectUri, {{u"code"_s, code}, {u"state"_s, u"forged-"_s + state}});
    case AuthorizeBehaviour::MissingState:
        return redirectTo(redirectUri, {{u"code"_s, code}});
    case AuthorizeBehaviour::Approve:
    case AuthorizeBehaviour::NoWowProfile:
    case AuthorizeBehaviour::Deny:
        break;
    }
    return redirectTo(redirectUri, {{u"code"_s, code}, {u"state"_s, state}});
}

Answer SimulatedBattleNet::answerCodeGrant(const QString &clientId, const QString &code,
                                           const QString &redirectUri)
{
    // A code is spent by its first exchange, whatever the outcome.
    const std::optional<CodeGrant> grant =
        m_codes.contains(code) ? std::optional(m_codes.take(code)) : std::nullopt;
    if (!grant || grant->expiresAt < QDateTime::currentDateTimeUtc())
        return {400,
                R"({"error":"invalid_grant","error_description":"Invalid authorization code"})"};
    if (grant->clientId != clientId)
        return {400,
                R"({"error":"invalid_grant","error_description":"Code issued to another client"})"};
    if (grant->redirectUri != QUrl(redirectUri).toString())
        return {400, R"({"error":"invalid_grant","error_description":"redirect_uri mismatch"})"};
    ++m_counters.codeGrants;
    const QString token = newToken();
    m_tokens.insert(token,
                    {true, grant->accountId, grant->scopes,
                     QDateTime::currentDateTimeUtc().addSecs(m_options.tokenLifetimeSeconds)});
    return {200, responses::token(token, m_options.tokenLifetimeSeconds, grant->scopes.join(u' '))};
}

} // namespace bnetsim
