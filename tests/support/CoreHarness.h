#pragma once

#include "SimulatorThread.h"
#include "api/BattleNetApi.h"
#include "api/HttpClient.h"
#include "store/Database.h"
#include "sync/CharacterListSync.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>

// The app's core wired against a simulated Battle.net on its own thread and a real SQLite
// file in a temporary folder, the way the app wires it. One per test function.
class CoreHarness
{
public:
    explicit CoreHarness(bnetsim::SimulatorData data = bnetsim::SimulatorData::demo(),
                         bnetsim::SimulatedBattleNet::Options simulatorOptions = {},
                         bnet::HttpClient::Options httpOptions = fastRetries(),
                         int busyTimeoutMs = 5000);
    ~CoreHarness();

    bool isReady() const { return m_ready; }
    bnetsim::SimulatedBattleNet &simulator() { return m_simulator.server(); }
    bnet::Database &database() { return *m_database; }
    bnet::HttpClient &http() { return *m_http; }
    bnet::BattleNetApi &api() { return *m_api; }
    bnet::CharacterListSync &listSync() { return *m_listSync; }
    bnet::SystemClock &clock() { return m_clock; }
    QString databasePath() const;
    QByteArray userToken() { return m_simulator.server().userToken().toUtf8(); }

    // Runs a list sync and waits for it (in every region and version unless narrowed).
    bnet::ListSyncResult syncList(QList<bnet::Region> regions = {bnet::Region::US,
                                                                 bnet::Region::EU},
                                  QList<bnet::GameVersion> versions = bnet::allGameVersions());
    QList<bnet::Character> storedCharacters(bool includeArchived = true);

    // Retries quickly so fault tests finish in milliseconds.
    static bnet::HttpClient::Options fastRetries();

private:
    QTemporaryDir m_dir;
    bnetsim::SimulatorThread m_simulator;
    bnet::SystemClock m_clock;
    QThreadPool m_pool;
    std::unique_ptr<bnet::Database> m_database;
    std::unique_ptr<bnet::HttpClient> m_http;
    std::unique_ptr<bnet::BattleNetApi> m_api;
    std::unique_ptr<bnet::CharacterListSync> m_listSync;
    bool m_ready = false;
};
