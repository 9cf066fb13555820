// The normal answers of the simulated Battle.net, one function per endpoint. Faults, latency
// and rate limits are applied around these (SimulatedBattleNet.cpp, SimulatorDelivery.cpp).
#include "SimulatedBattleNet.h"

#include "SimulatorResponses.h"

#include <QMutexLocker>
#include <QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace bnetsim {
namespace {

QString requestedLocale(const QHttpServerRequest &request)
{
    const QString locale = request.query().queryItemValue(u"locale"_s);
    if (locale.isEmpty())
        return {};
    return simulatedLocales().contains(locale) ? locale : u"en_US"_s;
}

} // namespace

Answer SimulatedBattleNet::answerSummary(const QHttpServerRequest &request)
{
    const QString profileNamespace = request.query().queryItemValue(u"namespace"_s);
    QMutexLocker lock(&m_mutex);
    ++m_counters.summaries;
    const auto token = bearer(request);
    if (!token)
        return {401, responses::error(401, u"Unauthorized"_s)};
    if (!token->user || !token->scopes.contains(u"wow.profile"_s))
        return {403, responses::error(403, u"Forbidden: the token lacks wow.profile"_s)};
    for (const SimAccount &account : std::as_const(m_data.accounts)) {
        if (account.id != token->accountId)
            continue;
        QList<const SimCharacter *> characters;
        for (const SimCharacter &c : account.characters) {
            if (c.profileNamespace() == profileNamespace)
                characters.append(&c);
        }
        if (characters.isEmpty())
            return {404, responses::error(404, u"Not Found"_s)};
        return {200, responses::accountSummary(account, characters, profileNamespace,
                                               requestedLocale(request), baseUrl())};
    }
    return {404, responses::error(404, u"Not Found"_s)};
}

Answer SimulatedBattleNet::answerCharacter(Endpoint endpoint, const QHttpServerRequest &request,
                                           bool emptyMedia)
{
    const QString profileNamespace = request.query().queryItemValue(u"namespace"_s);
    // "/profile/wow/character/{realm}/{name}[/character-media]", decoded.
    const QStringList parts = request.url().path(QUrl::FullyDecoded).split(u'/');
    const QString realmSlug = parts.value(4);
    const QString name = parts.value(5);
    QMutexLocker lock(&m_mutex);
    ++(endpoint == Endpoint::Media ? m_counters.media : m_counters.profiles);
    if (!bearer(request))
        return {401, responses::error(401, u"Unauthorized"_s)};
    // Battle.net wants lower-case names in paths; a client that sends "Thrall" gets a 404.
    if (name.isEmpty() || name != name.toLower())
        return {404, responses::error(404, u"Not Found"_s)};
    for (const SimAccount &account : std::as_const(m_data.accounts)) {
        for (const SimCharacter &c : account.characters) {
            if (c.profileNamespace() != profileNamespace || c.realm.slug != realmSlug ||
                c.name.toLower() != name)
                continue;
            if (endpoint == Endpoint::Media) {
                if (!c.hasMedia)
                    return {404, responses::error(404, u"Not Found"_s)};
                return {200, responses::characterMedia(c, emptyMedia, baseUrl(), renderUrl())};
            }
            Answer answer;
            answer.headers.append({"Last-Modified", httpDate(c.lastModified)});
            if (notModifiedSince(c.lastModified, request.value("If-Modified-Since"))) {
                answer.status = 304;
                return answer;
            }
            answer.body = responses::characterProfile(c, requestedLocale(request), baseUrl());
            return answer;
        }
    }
    return {404, responses::error(404, u"Not Found"_s)};
}

Answer SimulatedBattleNet::answerToken(const QHttpServerRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const QByteArray authorization = request.value("Authorization");
    const QString credentials = QString::fromUtf8(authorization.startsWith("Basic ")
                                                      ? QByteArray::fromBase64(authorization.mid(6))
                                                      : QByteArray());
    const QString clientId = credentials.section(u':', 0, 0);
    const QString clientSecret = credentials.section(u':', 1);
    QMutexLocker lock(&m_mutex);
    ++m_counters.tokens;
    if (clientId != m_options.clientId || clientSecret != m_options.clientSecret)
        return {401, R"({"error":"invalid_client","error_description":"Invalid client"})"};
    const QString grantType = form.queryItemValue(u"grant_type"_s);
    if (grantType == u"authorization_code"_s)
        return answerCodeGrant(clientId, form.queryItemValue(u"code"_s, QUrl::FullyDecoded),
                               form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    if (grantType != u"client_credentials"_s)
        return {400, R"({"error":"unsupported_grant_type"})"};
    const QString token = newToken();
    m_tokens.insert(
        token,
        {false, 0, {}, QDateTime::currentDateTimeUtc().addSecs(m_options.tokenLifetimeSeconds)});
    return {200, responses::token(token, m_options.tokenLifetimeSeconds, {})};
}

Answer SimulatedBattleNet::answerUserInfo(const QHttpServerRequest &request)
{
    QMutexLocker lock(&m_mutex);
    ++m_counters.userInfos;
    const auto token = bearer(request);
    if (!token || !token->user)
        return {401, R"({"error":"invalid_token"})"};
    for (const SimAccount &account : std::as_const(m_data.accounts)) {
        if (account.id == token->accountId)
            return {200, responses::userInfo(account)};
    }
    return {401, R"({"error":"invalid_token"})"};
}

} // namespace bnetsim
