#include "EngineHarness.h"

#include "store/CharacterRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace bnet;

EngineHarness::EngineHarness(Options options)
    : m_options(std::move(options))
    , m_simulator(m_options.data, m_options.simulator)
{
    QString error;
    if (!m_dir.isValid() || !m_simulator.start(&error)) {
        qWarning("harness: %s", qPrintable(error));
        return;
    }
    m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("bnetsync.sqlite")));
    if (const StoreError storeError = m_database->open(); storeError.isError()) {
        qWarning("harness: %s", qPrintable(storeError.message()));
        return;
    }
    buildEngine();
}

EngineHarness::~EngineHarness()
{
    m_engine.reset();
    m_database.reset();
}

void EngineHarness::buildEngine()
{
    Engine::Config config;
    config.endpoints = ApiEndpoints::singleHost(m_simulator.baseUrl(), m_simulator.renderUrl());
    config.http = m_options.http;
    config.sync = m_options.sync;
    config.avatarDirectory = m_dir.filePath(QStringLiteral("avatars"));
    config.userToken = userToken();
    if (m_options.clientCredentials) {
        config.clientId = m_options.simulator.clientId.toUtf8();
        config.clientSecret = m_options.simulator.clientSecret.toUtf8();
    }
    m_engine = std::make_unique<Engine>(*m_database, m_clock, config);
    QObject::connect(&m_engine->sync(), &SyncService::eventOccurred, &m_engine->sync(),
                     [this](const SyncEvent &event) { m_events.append(event); });
}

void EngineHarness::restartEngine()
{
    m_engine.reset();
    buildEngine();
}

HttpClient::Options EngineHarness::fastHttp()
{
    HttpClient::Options options;
    options.retry = {3, 5, 40};
    options.timeoutMs = 2000;
    return options;
}

SyncService::Options EngineHarness::fastSync()
{
    SyncService::Options options;
    options.queue.retry = {2, 5, 20};
    options.writer.intervalMs = 20;
    return options;
}

qint64 EngineHarness::startSync(QList<Region> regions)
{
    const bnetsim::SimAccount account = m_simulator.server().data().accounts.constFirst();
    const auto started = sync().startSync(
        {account.id, account.battleTag, account.userToken.toUtf8(), regions, allGameVersions()});
    if (!started.isOk())
        qWarning("harness: %s", qPrintable(started.error.message()));
    return started.value;
}

SyncEvent EngineHarness::waitForCompletion(qint64 sessionId, int timeoutMs)
{
    const auto completion = [&]() -> std::optional<SyncEvent> {
        for (const SyncEvent &event : std::as_const(m_events)) {
            if (event.sessionId == sessionId && event.type == SyncEvent::Type::SyncComplete)
                return event;
        }
        return std::nullopt;
    };
    if (!QTest::qWaitFor([&] { return completion().has_value(); }, timeoutMs)) {
        qWarning("harness: session %lld did not complete", sessionId);
        return {};
    }
    return *completion();
}

SyncEvent EngineHarness::syncAll(QList<Region> regions)
{
    const qint64 id = startSync(regions);
    return id > 0 ? waitForCompletion(id) : SyncEvent{};
}

QList<SyncEvent> EngineHarness::events(qint64 sessionId) const
{
    QList<SyncEvent> selected;
    for (const SyncEvent &event : m_events) {
        if (event.sessionId == sessionId)
            selected.append(event);
    }
    return selected;
}

QList<ItemStatus> EngineHarness::statusSequence(qint64 sessionId, const QString &name) const
{
    QList<ItemStatus> sequence;
    for (const SyncEvent &event : events(sessionId)) {
        if (event.type == SyncEvent::Type::CharacterStatus && event.characterName == name)
            sequence.append(event.status);
    }
    return sequence;
}

QList<Character> EngineHarness::storedCharacters()
{
    return CharacterRepository(m_database->connection(), m_database->path()).list({true, 0}).value;
}

std::optional<Character> EngineHarness::character(const QString &name)
{
    for (const Character &c : storedCharacters()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QMap<QString, int> EngineHarness::itemCounts(qint64 sessionId)
{
    QMap<QString, int> counts;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT status, count(*) FROM sync_session_items "
                                 "WHERE session_id = :id GROUP BY status"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    query.exec();
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}
