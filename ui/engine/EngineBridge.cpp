#include "EngineBridge.h"

#include "EngineHost.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace bnet::ui {

EngineBridge::EngineBridge(Setup setup, QObject *parent)
    : QObject(parent)
    , m_databasePath(setup.databasePath)
    , m_database(std::make_unique<Database>(setup.databasePath))
{
    qRegisterMetaType<SyncEvent>();
    qRegisterMetaType<QList<SyncEvent>>();
    qRegisterMetaType<StoreError>();
    qRegisterMetaType<QList<qint64>>();
    m_thread.setObjectName(u"bnetsync-engine"_s);
    m_host = new EngineHost(*m_database, m_clock, std::move(setup.engine));
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &EngineHost::opened, this, [this](const StoreError &error) {
        m_open = !error.isError();
        Q_EMIT opened(error);
    });
    connect(m_host, &EngineHost::sessionKnown, this, &EngineBridge::sessionKnown);
    connect(m_host, &EngineHost::eventsReady, this, &EngineBridge::eventsReady);
    connect(m_host, &EngineHost::characterListChanged, this, &EngineBridge::characterListChanged);
    connect(m_host, &EngineHost::charactersChanged, this, &EngineBridge::charactersChanged);
    connect(m_host, &EngineHost::requestFailed, this, &EngineBridge::requestFailed);
    connect(m_host, &EngineHost::identified, this, &EngineBridge::identified);
    m_thread.start();
}

EngineBridge::~EngineBridge()
{
    // The engine must die on its own thread (its sockets and timers live there). This is the
    // one place the UI thread waits for the engine: when the window is going away.
    QMetaObject::invokeMethod(m_host, &EngineHost::shutDown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename F>
void EngineBridge::onEngineThread(F &&work)
{
    QMetaObject::invokeMethod(m_host, std::forward<F>(work), Qt::QueuedConnection);
}

void EngineBridge::start()
{
    onEngineThread([host = m_host] { host->open(); });
}

void EngineBridge::startSync(const SyncAccount &account)
{
    const SyncService::Request request{account.battleNetId, account.battleTag, account.userToken,
                                       account.regions, account.versions};
    onEngineThread([host = m_host, request] { host->startSync(request); });
}

void EngineBridge::refreshCharacter(qint64 characterRowId)
{
    onEngineThread([host = m_host, characterRowId] { host->refreshCharacter(characterRowId); });
}

void EngineBridge::completeSession(qint64 sessionId)
{
    onEngineThread([host = m_host, sessionId] { host->completeSession(sessionId); });
}

void EngineBridge::resumeInterrupted()
{
    onEngineThread([host = m_host] { host->resumeInterrupted(); });
}

void EngineBridge::setCredentials(const QByteArray &clientId, const QByteArray &clientSecret,
                                  const QByteArray &userToken)
{
    onEngineThread([host = m_host, clientId, clientSecret, userToken] {
        host->setCredentials(clientId, clientSecret, userToken);
    });
}

void EngineBridge::identify(const QByteArray &userToken)
{
    onEngineThread([host = m_host, userToken] { host->identify(userToken); });
}

} // namespace bnet::ui
