#pragma once

#include "ApiResponse.h"
#include "HttpClient.h"
#include "util/PoolResult.h"
#include "json/AccountSummaryParser.h"
#include "json/CharacterMediaParser.h"
#include "json/CharacterProfileParser.h"
#include "json/UserInfoParser.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace bnet {

// The Battle.net adapter: knows the paths, namespaces and meanings of Battle.net's answers,
// and hands every body to a parser on the thread pool, so the thread that owns the network
// (which may be the UI thread) never parses. Results come back on `context`'s thread.
class BattleNetApi
{
public:
    BattleNetApi(HttpClient &http, QThreadPool &pool);

    template<typename T>
    using Done = std::function<void(const ParseResult<T> &)>;

    void fetchUserInfo(const QByteArray &userToken, QObject *context, Done<UserInfo> done);

    // A 404 means the account has no characters in that region and version: an empty, complete
    // summary, not an error.
    void fetchAccountSummary(Region region, GameVersion version, const QByteArray &userToken,
                             QObject *context, Done<AccountSummary> done);

    // A character profile, conditional on `ifModifiedSince` (empty: unconditional).
    struct ProfileAnswer
    {
        ApiError error;
        bool notModified = false;
        CharacterProfile profile;
        QByteArray lastModified;
    };
    void fetchCharacterProfile(const CharacterKey &key, const QString &name,
                               const QByteArray &token, const QByteArray &ifModifiedSince,
                               QObject *context, std::function<void(const ProfileAnswer &)> done);

    // A 404 (Classic characters often have no render) is an empty media answer, not an error.
    void fetchCharacterMedia(const CharacterKey &key, const QString &name, const QByteArray &token,
                             QObject *context, Done<CharacterMedia> done);

    // An image from the render host; never from a host the endpoints do not allow.
    void fetchAsset(const QUrl &url, const QByteArray &ifModifiedSince, QObject *context,
                    std::function<void(const ApiResponse &)> done);

    HttpClient &http() { return m_http; }
    QThreadPool &pool() { return m_pool; }

    // "/profile/wow/character/{realm}/{name}": lower-case, percent-encoded (names and some
    // realm slugs are not ASCII).
    static QString characterPath(const QString &realmSlug, const QString &characterName);

    // Runs `parse` on the pool and delivers its result on `context`'s thread.
    template<typename T>
    void parseOnPool(QObject *context, std::function<ParseResult<T>()> parse, Done<T> done)
    {
        whenReady(QtConcurrent::run(&m_pool, std::move(parse)), context,
                  [done = std::move(done)](const ParseResult<T> &result) { done(result); });
    }

private:
    HttpClient &m_http;
    QThreadPool &m_pool;
};

} // namespace bnet
