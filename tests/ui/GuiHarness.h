#pragma once

#include "SimulatorThread.h"
#include "engine/EngineBridge.h"

#include <QTemporaryDir>

#include <memory>

// The desktop app's engine as the app runs it (EngineBridge: the engine on its own thread)
// against a simulated Battle.net on another thread, with a database in a temporary folder.
class GuiHarness
{
public:
    struct Options
    {
        bnetsim::SimulatorData data = bnetsim::SimulatorData::demo();
        bnetsim::SimulatedBattleNet::Options simulator;
        QString databasePath; // empty: bnetsync.sqlite in the temporary folder
    };

    explicit GuiHarness(Options options);
    GuiHarness()
        : GuiHarness(Options{})
    {}
    ~GuiHarness();

    bool isReady() const { return m_ready; }
    bnetsim::SimulatedBattleNet &simulator() { return m_simulator.server(); }
    bnet::ui::EngineBridge &bridge() { return *m_bridge; }
    QString directory() const { return m_dir.path(); }
    QString databasePath() const { return m_databasePath; }
    // The simulator's first account, for SyncController::setAccount / MainWindow::setAccount.
    bnet::ui::SyncAccount account();

    // A new bridge on the same database (as a restart of the app would).
    void restartBridge();
    // Starts the bridge and waits for the database to open; false if it did not.
    bool openDatabase();

private:
    void makeBridge();

    Options m_options;
    QTemporaryDir m_dir;
    bnetsim::SimulatorThread m_simulator;
    QString m_databasePath;
    std::unique_ptr<bnet::ui::EngineBridge> m_bridge;
    bool m_ready = false;
};
