#include "EngineHost.h"

#include <QCoreApplication>

namespace bnet::ui {

EngineHost::EngineHost(Database &database, const Clock &clock, Engine::Config config)
    : m_database(database)
    , m_clock(clock)
    , m_config(std::move(config))
{}

EngineHost::~EngineHost() = default;

void EngineHost::open()
{
    // quick_check and migrations can take a while on a big file: here, not on the UI thread.
    if (StoreError error = m_database.open(); error.isError()) {
        Q_EMIT opened(error);
        return;
    }
    m_engine = std::make_unique<Engine>(m_database, m_clock, m_config);
    SyncService &sync = m_engine->sync();
    connect(&sync, &SyncService::eventOccurred, this, &EngineHost::collect);
    connect(&sync, &SyncService::characterListChanged, this,
            [this] { Q_EMIT characterListChanged(); });
    connect(&sync, &SyncService::charactersChanged, this, [this](const QList<qint64> &ids) {
        flush(); // statuses first, so a card never shows new data under an old status
        Q_EMIT charactersChanged(ids);
    });
    Q_EMIT opened({});
}

void EngineHost::setCredentials(const QByteArray &clientId, const QByteArray &clientSecret,
                                const QByteArray &userToken)
{
    m_config.clientId = clientId;
    m_config.clientSecret = clientSecret;
    m_config.userToken = userToken;
    if (m_engine) // else open() builds the engine with them
        m_engine->setCredentials(clientId, clientSecret, userToken);
}

void EngineHost::shutDown()
{
    flush();
    m_engine.reset(); // unfinished items stay queued in the database and resume next time
    m_database.closeThreadConnection();
}

void EngineHost::startSync(const SyncService::Request &request)
{
    if (!m_engine)
        return;
    const auto started = m_engine->sync().startSync(request);
    if (!started.isOk()) {
        Q_EMIT requestFailed(tr("Could not start the sync"), started.error);
        return;
    }
    announce(started.value, false);
}

void EngineHost::refreshCharacter(qint64 characterRowId)
{
    if (!m_engine)
        return;
    flush(); // the session must be known before its first event arrives
    const auto started = m_engine->sync().enrichCharacter(characterRowId);
    if (!started.isOk()) {
        Q_EMIT requestFailed(tr("Could not refresh the character"), started.error);
        return;
    }
    // enrichCharacter() already emitted sync-started into m_pending: announce the kind first.
    Q_EMIT sessionKnown(started.value, true);
    m_singleSessions.insert(started.value, true);
}

void EngineHost::completeSession(qint64 sessionId)
{
    if (!m_engine)
        return;
    if (StoreError error = m_engine->sync().completeSession(sessionId); error.isError())
        Q_EMIT requestFailed(tr("Could not stop the sync"), error);
}

void EngineHost::resumeInterrupted()
{
    if (!m_engine)
        return;
    if (const auto resumed = m_engine->sync().resumeInterrupted(); !resumed.isOk())
        Q_EMIT requestFailed(tr("Could not resume the interrupted sync"), resumed.error);
}

void EngineHost::identify(const QByteArray &userToken)
{
    if (!m_engine) {
        Q_EMIT identified(0, {}, tr("The database is not open"));
        return;
    }
    m_engine->sync().identify(userToken, this, [this](const ParseResult<UserInfo> &result) {
        Q_EMIT identified(result.value.accountId, result.value.battleTag,
                          result.isOk() ? QString() : result.error.message());
    });
}

void EngineHost::collect(const SyncEvent &event)
{
    if (m_pending.isEmpty())
        QMetaObject::invokeMethod(this, &EngineHost::flush, Qt::QueuedConnection);
    m_pending.append(event);
}

void EngineHost::flush()
{
    if (m_pending.isEmpty())
        return;
    // Sessions resumed after a crash start without us asking: learn their kind here.
    for (const SyncEvent &event : std::as_const(m_pending)) {
        if (event.type != SyncEvent::Type::SyncStarted ||
            m_singleSessions.contains(event.sessionId))
            continue;
        const auto session = m_engine->sync().session(event.sessionId);
        announce(event.sessionId, session.isOk() && session.value &&
                                      session.value->kind == SyncSession::Kind::Single);
    }
    Q_EMIT eventsReady(std::exchange(m_pending, {}));
}

void EngineHost::announce(qint64 sessionId, bool single)
{
    if (m_singleSessions.contains(sessionId))
        return;
    m_singleSessions.insert(sessionId, single);
    Q_EMIT sessionKnown(sessionId, single);
}

} // namespace bnet::ui
