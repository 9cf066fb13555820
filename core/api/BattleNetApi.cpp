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

namespace bnet {
namespace {

ApiRequest characterRequest(const CharacterKey &key, const QString &name, const QString &suffix,
                            const QByteArray &token)
{
    ApiRequest request;
    request.region = key.region;
    request.path = BattleNetApi::characterPath(key.realmSlug, name) + suffix;
    request.query.addQueryItem(u"namespace"_s, profileNamespace(key.version, key.region));
    request.bearerToken = token;
    return request;
}

} // namespace

void BattleNetApi::fetchCharacterProfile(const CharacterKey &key, const QString &name,
                                         const QByteArray &token, const QByteArray &ifModifiedSince,
                                         QObject *context,
                                         std::function<void(const ProfileAnswer &)> done)
{
    ApiRequest request = characterRequest(key, name, {}, token);
    request.ifModifiedSince = ifModifiedSince;
    const QString locale = m_http.endpoints().locale;
    m_http.send(request, context, [this, context, done, locale, name](const ApiResponse &response) {
        ProfileAnswer answer;
        answer.lastModified = response.lastModified;
        if (response.isNotModified()) {
            answer.notModified = true;
            done(answer);
            return;
        }
        const QString what =
            QCoreApplication::translate("BattleNetApi", "Could not read the profile of %1")
                .arg(name);
        if (!response.isOk()) {
            answer.error = response.error.withContext(what);
            done(answer);
            return;
        }
        whenReady(QtConcurrent::run(&m_pool,
                                    [body = response.body, locale, what] {
                                        auto parsed = parseCharacterProfile(body, locale);
                                        if (!parsed.isOk())
                                            parsed.error = parsed.error.withContext(what);
                                        return parsed;
                                    }),
                  context, [answer, done](const ParseResult<CharacterProfile> &parsed) mutable {
                      answer.profile = parsed.value;
                      answer.error = parsed.error;
                      done(answer);
                  });
    });
}

void BattleNetApi::fetchCharacterMedia(const CharacterKey &key, const QString &name,
                                       const QByteArray &token, QObject *context,
                                       Done<CharacterMedia> done)
{
    const ApiRequest request = characterRequest(key, name, u"/character-media"_s, token);
    m_http.send(request, context, [this, context, done, name](const ApiResponse &response) {
        if (response.error.kind() == ApiError::Kind::NotFound) {
            done({}); // no render for this character
            return;
        }
        const QString what =
            QCoreApplication::translate("BattleNetApi", "Could not read the pictures of %1")
                .arg(name);
        if (!response.isOk()) {
            done({{}, response.error.withContext(what)});
            return;
        }
        parseOnPool<CharacterMedia>(
            context,
            [body = response.body, what] {
                auto parsed = parseCharacterMedia(body);
                if (!parsed.isOk())
                    parsed.error = parsed.error.withContext(what);
                return parsed;
            },
            done);
    });
}

void BattleNetApi::fetchAsset(const QUrl &url, const QByteArray &ifModifiedSince, QObject *context,
                              std::function<void(const ApiResponse &)> done)
{
    if (!m_http.endpoints().isAllowedAssetUrl(url)) {
        ApiResponse refused;
        refused.error = ApiError(ApiError::Kind::Forbidden,
                                 QCoreApplication::translate("BattleNetApi",
                                                             "Refused to download an image from "
                                                             "%1, which is not Battle.net's "
                                                             "render host")
                                     .arg(url.host()));
        done(refused);
        return;
    }
    ApiRequest request;
    request.host = ApiRequest::Host::Absolute;
    request.absoluteUrl = url;
    request.ifModifiedSince = ifModifiedSince;
    request.rateLimited = false; // the render host is a CDN, not the API quota
    request.addLocale = false;
    m_http.send(request, context, std::move(done));
}

} // namespace bnet
