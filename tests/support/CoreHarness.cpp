#include "CoreHarness.h"

#include "store/CharacterRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace bnet;

CoreHarness::CoreHarness(bnetsim::SimulatorData data,
                         bnetsim::SimulatedBattleNet::Options simulatorOptions,
                         HttpClient::Options httpOptions, int busyTimeoutMs)
    : m_simulator(std::move(data), std::move(simulatorOptions))
{
    QString error;
    if (!m_dir.isValid() || !m_simulator.start(&error)) {
        qWarning("harness: %s", qPrintable(error));
        return;
    }
    m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("bnetsync.sqlite")),
                                            Database::Options{busyTimeoutMs, -1});
    if (const StoreError storeError = m_database->open(); storeError.isError()) {
        qWarning("harness: %s", qPrintable(storeError.message()));
        return;
    }
    m_http = std::make_unique<HttpClient>(
        ApiEndpoints::singleHost(m_simulator.baseUrl(), m_simulator.renderUrl()), httpOptions,
        m_clock);
    m_api = std::make_unique<BattleNetApi>(*m_http, m_pool);
    m_listSync = std::make_unique<CharacterListSync>(*m_api, *m_database, m_clock);
    m_ready = true;
}

CoreHarness::~CoreHarness()
{
    m_listSync.reset();
    m_http.reset();
    m_pool.waitForDone();
    m_api.reset();
    m_database.reset();
}

QString CoreHarness::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

HttpClient::Options CoreHarness::fastRetries()
{
    HttpClient::Options options;
    options.retry.baseDelayMs = 5;
    options.retry.maxDelayMs = 40;
    options.retry.maxAttempts = 3;
    options.timeoutMs = 2000;
    return options;
}

ListSyncResult CoreHarness::syncList(QList<Region> regions, QList<GameVersion> versions)
{
    QSignalSpy finished(m_listSync.get(), &CharacterListSync::finished);
    if (!m_listSync->start({userToken(), regions, versions}))
        return {};
    if (!finished.wait(30'000)) {
        qWarning("harness: the list sync did not finish");
        return {};
    }
    return finished.takeFirst().at(0).value<ListSyncResult>();
}

QList<Character> CoreHarness::storedCharacters(bool includeArchived)
{
    CharacterRepository repository(m_database->connection(), m_database->path());
    return repository.list({includeArchived, 0}).value;
}
