#pragma once

#include "api/ApiEndpoints.h"
#include "api/BattleNetApi.h"
#include "api/HttpClient.h"
#include "api/TokenProvider.h"
#include "sync/AvatarCache.h"
#include "sync/SyncService.h"

#include <QThreadPool>

#include <memory>

namespace bnet {

class Clock;
class Database;

// The sync engine as every executable wires it: a thread pool, the HTTP client, the Battle.net
// adapter, the token for enrichment, the avatar cache and the sync service. Create it on the
// thread that should own the network (the CLI's main thread, the desktop app's engine thread).
// Not a global: each composition root makes its own.
class Engine final
{
    Q_DISABLE_COPY_MOVE(Engine)

public:
    struct Config
    {
        ApiEndpoints endpoints = ApiEndpoints::battleNet();
        HttpClient::Options http;
        SyncService::Options sync;
        QString avatarDirectory = AvatarCache::defaultDirectory();
        // Client credentials for public data; without them enrichment uses the user token.
        QByteArray clientId;
        QByteArray clientSecret;
        QByteArray userToken;
    };

    Engine(Database &database, const Clock &clock, Config config);
    ~Engine();

    SyncService &sync() { return *m_sync; }
    HttpClient &http() { return *m_http; }
    BattleNetApi &api() { return *m_api; }
    QThreadPool &pool() { return m_pool; }
    const AvatarCache &avatars() const { return m_avatars; }
    bool usesClientCredentials() const { return m_tokens->usesClientCredentials(); }
    // After a sign-in or sign-out: the API client and user token enrichment uses from now on.
    void setCredentials(const QByteArray &clientId, const QByteArray &clientSecret,
                        const QByteArray &userToken);

private:
    QThreadPool m_pool;
    AvatarCache m_avatars;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BattleNetApi> m_api;
    std::unique_ptr<EnrichmentTokenProvider> m_tokens;
    std::unique_ptr<SyncService> m_sync;
};

} // namespace bnet
