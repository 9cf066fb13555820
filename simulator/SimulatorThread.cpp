#include "SimulatorThread.h"

namespace bnetsim {

SimulatorThread::SimulatorThread(SimulatorData data, SimulatedBattleNet::Options options)
    : m_server(new SimulatedBattleNet(std::move(data), std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("simulated-battlenet"));
    m_server->moveToThread(&m_thread);
}

SimulatorThread::~SimulatorThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_server;
    }
}

bool SimulatorThread::start(QString *error)
{
    m_thread.start();
    bool listening = false;
    QString message;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            listening = m_server->listen(&message);
            m_baseUrl = m_server->baseUrl();
            m_renderUrl = m_server->renderUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!listening && error)
        *error = message;
    return listening;
}

} // namespace bnetsim
