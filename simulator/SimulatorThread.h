#pragma once

#include "SimulatedBattleNet.h"

#include <QThread>

namespace bnetsim {

// Runs a SimulatedBattleNet on a thread of its own, so the app or test in the same process
// never slows the "server" down (and the server never blocks the app's event loop). The
// server's control methods are thread-safe and may be called from the owning thread.
class SimulatorThread final
{
    Q_DISABLE_COPY_MOVE(SimulatorThread)

public:
    explicit SimulatorThread(SimulatorData data, SimulatedBattleNet::Options options = {});
    ~SimulatorThread();

    bool start(QString *error = nullptr);
    SimulatedBattleNet &server() { return *m_server; }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl renderUrl() const { return m_renderUrl; }

private:
    QThread m_thread;
    SimulatedBattleNet *m_server;
    QUrl m_baseUrl;
    QUrl m_renderUrl;
};

} // namespace bnetsim
