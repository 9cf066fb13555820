#include "Engine.h"

namespace bnet {

Engine::Engine(Database &database, const Clock &clock, Config config)
    : m_avatars(config.avatarDirectory)
{
    m_pool.setObjectName(QStringLiteral("bnetsync-pool"));
    m_http = std::make_unique<HttpClient>(config.endpoints, config.http, clock);
    m_api = std::make_unique<BattleNetApi>(*m_http, m_pool);
    TokenProvider *tokens = nullptr;
    if (!config.clientId.isEmpty() && !config.clientSecret.isEmpty()) {
        m_clientTokens = std::make_unique<ClientCredentialsTokenProvider>(
            *m_http, clock, config.clientId, config.clientSecret);
        tokens = m_clientTokens.get();
    } else {
        m_userTokens = std::make_unique<StaticTokenProvider>(config.userToken);
        tokens = m_userTokens.get();
    }
    m_sync =
        std::make_unique<SyncService>(*m_api, database, *tokens, m_avatars, clock, config.sync);
}

Engine::~Engine()
{
    m_sync.reset();
    m_clientTokens.reset();
    m_http.reset(); // aborts what is still on the wire
    m_pool.waitForDone();
}

} // namespace bnet
