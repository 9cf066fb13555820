#pragma once

#include "ApiResponse.h"
#include "HttpClient.h"
#include "json/AccountSummaryParser.h"
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

    HttpClient &http() { return m_http; }
    QThreadPool &pool() { return m_pool; }

    // "/profile/wow/character/{realm}/{name}": lower-case, percent-encoded (names and some
    // realm slugs are not ASCII).
    static QString characterPath(const QString &realmSlug, const QString &characterName);

    // Runs `parse` on the pool and delivers its result on `context`'s thread.
    template<typename T>
    void parseOnPool(QObject *context, std::function<ParseResult<T>()> parse, Done<T> done)
    {
        QtConcurrent::run(&m_pool, std::move(parse))
            .then(context,
                  [done = std::move(done)](const ParseResult<T> &result) { done(result); });
    }

private:
    HttpClient &m_http;
    QThreadPool &m_pool;
};

} // namespace bnet
