#include "BattleNetApi.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bnet {

BattleNetApi::BattleNetApi(HttpClient &http, QThreadPool &pool)
    : m_http(http)
    , m_pool(pool)
{}

QString BattleNetApi::characterPath(const QString &realmSlug, const QString &characterName)
{
    return u"/profile/wow/character/"_s +
           QString::fromLatin1(QUrl::toPercentEncoding(realmSlug.toLower())) + u'/' +
           QString::fromLatin1(QUrl::toPercentEncoding(characterName.toLower()));
}

void BattleNetApi::fetchUserInfo(const QByteArray &userToken, QObject *context, Done<UserInfo> done)
{
    ApiRequest request;
    request.host = ApiRequest::Host::OAuth;
    request.path = u"/userinfo"_s;
    request.bearerToken = userToken;
    request.rateLimited = false; // the OAuth host is not part of the API quota
    m_http.send(request, context, [this, context, done](const ApiResponse &response) {
        const QString what = QCoreApplication::translate("BattleNetApi", "Could not identify the "
                                                                         "signed-in account");
        if (!response.isOk()) {
            done({{}, response.error.withContext(what)});
            return;
        }
        parseOnPool<UserInfo>(
            context,
            [body = response.body, what] {
                ParseResult<UserInfo> result = parseUserInfo(body);
                if (!result.isOk())
                    result.error = result.error.withContext(what);
                return result;
            },
            done);
    });
}

void BattleNetApi::fetchAccountSummary(Region region, GameVersion version,
                                       const QByteArray &userToken, QObject *context,
                                       Done<AccountSummary> done)
{
    const QString what =
        QCoreApplication::translate("BattleNetApi", "Could not read the character list (%1, %2)")
            .arg(regionCode(region).toUpper(), gameVersionDisplayName(version));
    if (!isRegionSupported(region)) {
        done({{},
              ApiError(ApiError::Kind::Unsupported,
                       QCoreApplication::translate(
                           "BattleNetApi", "The China region is not supported: it does not accept "
                                           "Battle.net clients from other regions"))
                  .withContext(what)});
        return;
    }
    ApiRequest request;
    request.region = region;
    request.path = u"/profile/user/wow"_s;
    request.query.addQueryItem(u"namespace"_s, profileNamespace(version, region));
    request.bearerToken = userToken;
    const QString locale = m_http.endpoints().locale;
    m_http.send(request, context,
                [this, context, done, region, version, locale, what](const ApiResponse &response) {
                    if (response.error.kind() == ApiError::Kind::NotFound) {
                        done({}); // no WoW account in this region and version
                        return;
                    }
                    if (!response.isOk()) {
                        done({{}, response.error.withContext(what)});
                        return;
                    }
                    parseOnPool<AccountSummary>(
                        context,
                        [body = response.body, region, version, locale, what] {
                            auto result = parseAccountSummary(body, region, version, locale);
                            if (!result.isOk())
                                result.error = result.error.withContext(what);
                            return result;
                        },
                        done);
                });
}

} // namespace bnet
