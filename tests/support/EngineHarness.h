#pragma once

#include "SimulatorThread.h"
#include "domain/SyncEvent.h"
#include "engine/Engine.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <memory>

// The whole sync engine (Engine: pool, HTTP client, token provider, avatar cache,
// SyncService) against a simulated Battle.net on its own thread and a real SQLite file, the
// way the app runs it. Records every event.
class EngineHarness
{
public:
    struct Options
    {
        bnetsim::SimulatorData data = bnetsim::SimulatorData::demo();
        bnetsim::SimulatedBattleNet::Options simulator;
        bnet::HttpClient::Options http = fastHttp();
        bnet::SyncService::Options sync = fastSync();
        bool clientCredentials = true;
    };

    explicit EngineHarness(Options options);
    EngineHarness()
        : EngineHarness(Options{})
    {}
    ~EngineHarness();

    bool isReady() const { return m_engine != nullptr; }
    bnetsim::SimulatedBattleNet &simulator() { return m_simulator.server(); }
    bnet::Database &database() { return *m_database; }
    bnet::Engine &engine() { return *m_engine; }
    bnet::SyncService &sync() { return m_engine->sync(); }
    QString directory() const { return m_dir.path(); }
    QByteArray userToken() { return m_simulator.server().userToken().toUtf8(); }

    // Starts a sync of the demo account (or the generated one) and returns its session id.
    qint64 startSync(QList<bnet::Region> regions = {bnet::Region::US, bnet::Region::EU});
    // Waits for sync-complete of the session; returns it (type SyncComplete) or a default event.
    bnet::SyncEvent waitForCompletion(qint64 sessionId, int timeoutMs = 60'000);
    // startSync + waitForCompletion.
    bnet::SyncEvent syncAll(QList<bnet::Region> regions = {bnet::Region::US, bnet::Region::EU});

    QList<bnet::SyncEvent> events(qint64 sessionId) const;
    // The character-status values one character went through in a session.
    QList<bnet::ItemStatus> statusSequence(qint64 sessionId, const QString &name) const;
    QList<bnet::Character> storedCharacters();
    std::optional<bnet::Character> character(const QString &name);
    // Item statuses of a session straight from the database: status -> count.
    QMap<QString, int> itemCounts(qint64 sessionId);

    // Destroys and rebuilds the engine on the same database, as a restart would.
    void restartEngine();

    static bnet::HttpClient::Options fastHttp();
    static bnet::SyncService::Options fastSync();

private:
    void buildEngine();

    Options m_options;
    QTemporaryDir m_dir;
    bnetsim::SimulatorThread m_simulator;
    bnet::SystemClock m_clock;
    std::unique_ptr<bnet::Database> m_database;
    std::unique_ptr<bnet::Engine> m_engine;
    QList<bnet::SyncEvent> m_events;
};
