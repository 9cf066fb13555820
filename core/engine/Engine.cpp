#include "Engine.h"

namespace bnet {

Engine::Engine(Database &database, const Clock &clock, Config config)
    : m_avatars(config.avatarDirectory)
{
    m_pool.setObjectName(QStringLiteral("bnetsync-pool"));
    m_http = std::make_unique<HttpClient>(config.endpoints, config.http, clock);
    m_api = std::make_unique<BattleNetApi>(*m_http, m_pool);
    m_tokens = std::make_unique<EnrichmentTokenProvider>(*m_http, clock);
    m_tokens->setCredentials(config.clientId, config.clientSecret, config.userToken);
    m_sync =
        std::make_unique<SyncService>(*m_api, database, *m_tokens, m_avatars, clock, config.sync);
}

Engine::~Engine()
{
    m_sync.reset();
    m_tokens.reset();
    m_http.reset(); // aborts what is still on the wire
    m_pool.waitForDone();
}

void Engine::setCredentials(const QByteArray &clientId, const QByteArray &clientSecret,
                            const QByteArray &userToken)
{
    m_tokens->setCredentials(clientId, clientSecret, userToken);
}

} // namespace bnet
