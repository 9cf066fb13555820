#include "SyncService.h"

#include "api/BattleNetApi.h"
#include "store/CharacterRepository.h"
#include "store/Database.h"
#include "store/SessionRepository.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/PoolResult.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

QString scopeName(Region region, GameVersion version)
{
    return regionCode(region) + u'/' + gameVersionCode(version);
}

// Queues the list's characters in the same transaction as the list itself, unless the session
// was completed by hand meanwhile.
CharacterListWriter::AlsoInTransaction queueItems(qint64 sessionId, const QString &path,
                                                  const QDateTime &now)
{
    return [sessionId, path, now](QSqlDatabase &db, const ListSyncResult &list) {
        SessionRepository sessions(db, path);
        auto session = sessions.find(sessionId);
        if (!session.isOk())
            return session.error;
        if (!session.value || !session.value->isRunning())
            return StoreError();
        // Regions or versions that could not be read make the session end "with errors".
        QStringList unread;
        for (const ScopeOutcome &scope : list.scopes) {
            if (!scope.answered)
                unread << regionCode(scope.region).toUpper() + u' ' +
                              gameVersionDisplayName(scope.version);
        }
        if (!unread.isEmpty()) {
            const QString error =
                QCoreApplication::translate("SyncService", "Could not read the character list "
                                                           "of %1; those characters were kept "
                                                           "as they were")
                    .arg(unread.join(u", "_s));
            if (StoreError e = sessions.setError(sessionId, error); e.isError())
                return e;
        }
        return sessions.addItems(sessionId, list.activeCharacterRowIds, now);
    };
}

} // namespace

SyncService::SyncService(BattleNetApi &api, Database &database, TokenProvider &enrichmentTokens,
                         const AvatarCache &avatars, const Clock &clock, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_database(database)
    , m_clock(clock)
    , m_writer(database, api.pool(), clock, options.writer)
    , m_queue({api, enrichmentTokens, avatars, clock}, options.queue)
{
    qRegisterMetaType<SyncEvent>();
    connect(&m_queue, &EnrichmentQueue::started, this, [this](const EnrichmentTask &task) {
        m_writer.processing(task);
        if (auto it = m_live.find(task.sessionId); it != m_live.end())
            it->current = task.name;
        emitEvent(SyncEvent::characterStatus(task.sessionId, task.characterRowId, task.key,
                                             task.name, ItemStatus::Processing, {}));
    });
    connect(&m_queue, &EnrichmentQueue::deferred, this,
            [this](const EnrichmentTask &task, const ApiError &error, const QDateTime &retryAt) {
                m_writer.deferred(task, error, retryAt);
                SyncEvent event =
                    SyncEvent::characterStatus(task.sessionId, task.characterRowId, task.key,
                                               task.name, ItemStatus::Queued, {});
                event.message = error.message();
                event.errorCode = error.code();
                emitEvent(event);
            });
    connect(&m_queue, &EnrichmentQueue::finished, &m_writer, &EnrichmentWriter::finished);
    connect(&m_writer, &EnrichmentWriter::committed, this, &SyncService::onCommitted);
    connect(&m_writer, &EnrichmentWriter::saveFailed, this, [this](const StoreError &error) {
        if (std::exchange(m_reportedSaveFailure, true))
            return; // once is enough; the writer keeps trying
        for (auto it = m_live.cbegin(); it != m_live.cend(); ++it)
            emitEvent(SyncEvent::error(it.key(), error.code(), error.message(), false, {}));
    });
}

SyncService::~SyncService()
{
    // Whatever is not saved yet stays queued in the database and resumes on the next start.
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it)
        m_queue.cancelSession(it.key());
}

void SyncService::emitEvent(SyncEvent event)
{
    if (!event.at.isValid())
        event.at = m_clock.nowUtc();
    Q_EMIT eventOccurred(event);
}

void SyncService::identify(const QByteArray &userToken, QObject *context,
                           std::function<void(const ParseResult<UserInfo> &)> done)
{
    m_api.fetchUserInfo(userToken, context, std::move(done));
}

StoreResult<qint64> SyncService::startSync(const Request &request)
{
    QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.nowUtc();
    auto account = AccountRepository(db, m_database.path())
                       .upsert(request.battleNetAccountId, request.battleTag, now);
    if (!account.isOk())
        return {0, account.error};
    SessionRepository sessions(db, m_database.path());
    auto running = sessions.running(account.value.rowId, SyncSession::Kind::Batch);
    if (!running.isOk())
        return {0, running.error};
    if (running.value) {
        const qint64 id = running.value->id;
        if (!m_live.contains(id)) // left by a crash: go on with it
            resumeInterrupted();
        return {id, {}};
    }
    auto created = sessions.create(account.value.rowId, SyncSession::Kind::Batch, now);
    if (!created.isOk())
        return created;
    const qint64 sessionId = created.value;
    Live &live = m_live[sessionId];
    live.accountRowId = account.value.rowId;
    live.battleNetAccountId = request.battleNetAccountId;
    auto *listSync = new CharacterListSync(m_api, m_database, m_clock, this);
    live.listSync = listSync;
    connect(listSync, &CharacterListSync::finished, this,
            [this, sessionId, listSync](const ListSyncResult &result) {
                listSync->deleteLater();
                onListFinished(sessionId, result);
            });
    listSync->start({request.userToken, request.regions, request.versions},
                    queueItems(sessionId, m_database.path(), now));
    qCInfo(lcSync) << "Sync session" << sessionId << "started";
    return {sessionId, {}};
}

void SyncService::onListFinished(qint64 sessionId, const ListSyncResult &result)
{
    auto it = m_live.find(sessionId);
    if (it == m_live.end())
        return;
    ApiError fatal = result.fatalError;
    if (!fatal.isError() && !result.storeError.isError() &&
        result.account.battleNetId != it->battleNetAccountId)
        fatal =
            ApiError(ApiError::Kind::Unauthorized,
                     QCoreApplication::translate("SyncService", "The sign-in belongs to another "
                                                                "Battle.net account; sign in "
                                                                "again"));
    if (fatal.isError() || result.storeError.isError()) {
        failSession(sessionId, fatal, result.storeError);
        return;
    }
    Q_EMIT characterListChanged(it->accountRowId);
    for (const ScopeOutcome &scope : result.scopes) {
        if (scope.answered)
            continue;
        SyncEvent error = SyncEvent::error(sessionId, scope.error.code(), scope.problem, false, {});
        error.scope = scopeName(scope.region, scope.version);
        emitEvent(error);
    }
    if (it->cancelling)
        return; // completed by hand during the list pass; the writer announces it
    it->total = int(result.activeCharacterRowIds.size());
    SyncEvent started = SyncEvent::started(sessionId, it->total, {});
    started.added = result.counts.added;
    started.updated = result.counts.updated;
    started.archived = result.counts.archived;
    started.reactivated = result.counts.reactivated;
    emitEvent(started);
    if (it->total == 0) {
        SessionRepository sessions(m_database.connection(), m_database.path());
        const bool unread = result.failedScopes() > 0;
        sessions.finish(sessionId,
                        unread ? SyncSession::Status::CompletedWithErrors
                               : SyncSession::Status::Completed,
                        {}, m_clock.nowUtc());
        if (auto done = sessions.find(sessionId); done.isOk() && done.value)
            announceFinished(*done.value);
        return;
    }
    enqueueOpenItems(sessionId, false);
}

void SyncService::enqueueOpenItems(qint64 sessionId, bool revalidate)
{
    Database *database = &m_database;
    whenReady(QtConcurrent::run(&m_api.pool(),
                                [database, sessionId] {
                                    return SessionRepository(database->connection(),
                                                             database->path())
                                        .openItems(sessionId);
                                }),
              this, [this, sessionId, revalidate](StoreResult<QList<EnrichmentTask>> tasks) {
                  if (!m_live.contains(sessionId) || m_live[sessionId].cancelling)
                      return;
                  if (!tasks.isOk()) {
                      failSession(sessionId, {}, tasks.error);
                      return;
                  }
                  if (tasks.value.isEmpty()) {
                      // Nothing left open (every item was final already): settle the session.
                      SessionRepository sessions(m_database.connection(), m_database.path());
                      sessions.refreshCounters(sessionId, m_clock.nowUtc());
                      if (auto done = sessions.find(sessionId); done.isOk() && done.value)
                          announceFinished(*done.value);
                      return;
                  }
                  for (EnrichmentTask &task : tasks.value)
                      task.revalidate = revalidate;
                  m_queue.add(tasks.value);
              });
}

void SyncService::onCommitted(const EnrichmentWriter::Batch &batch)
{
    m_reportedSaveFailure = false;
    QList<qint64> changed;
    for (const EnrichmentWriter::Op &op : batch.ops) {
        if (op.kind != EnrichmentWriter::Op::Kind::Finished)
            continue;
        const EnrichmentOutcome &outcome = op.outcome;
        const EnrichmentTask &task = outcome.task;
        SyncEvent event = SyncEvent::characterStatus(task.sessionId, task.characterRowId, task.key,
                                                     task.name, outcome.status, {});
        if (outcome.isFailure()) {
            event.message = outcome.error.message();
            event.errorCode = outcome.error.code();
        }
        emitEvent(event);
        if (!outcome.isFailure() && !changed.contains(task.characterRowId))
            changed.append(task.characterRowId);
    }
    if (!changed.isEmpty())
        Q_EMIT charactersChanged(changed);

    for (const SyncSession &session : batch.sessions) {
        auto it = m_live.find(session.id);
        if (it == m_live.end())
            continue;
        it->total = session.total;
        it->processed = session.processed;
        it->failed = session.failed;
        it->eta.record(m_clock.monotonicMs(), session.processed);
        if (session.isRunning()) {
            emitEvent(SyncEvent::progress(session.id, session.total, session.processed,
                                          session.failed, it->current,
                                          it->eta.etaMs(session.total - session.processed), {}));
        } else {
            announceFinished(session);
        }
    }
}

void SyncService::announceFinished(const SyncSession &session)
{
    m_live.remove(session.id);
    m_queue.cancelSession(session.id); // finished elsewhere (another process completed it)
    emitEvent(SyncEvent::progress(session.id, session.total, session.processed, session.failed, {},
                                  0, {}));
    SyncEvent complete = SyncEvent::complete(session.id, sessionStatusCode(session.status),
                                             session.total, session.processed, session.failed, {});
    complete.message = session.error;
    emitEvent(complete);
    qCInfo(lcSync) << "Sync session" << session.id << sessionStatusCode(session.status);
}

void SyncService::failSession(qint64 sessionId, const ApiError &apiError,
                              const StoreError &storeError)
{
    const QString message = apiError.isError() ? apiError.message() : storeError.message();
    const QString code = apiError.isError() ? apiError.code() : storeError.code();
    m_queue.cancelSession(sessionId);
    SessionRepository sessions(m_database.connection(), m_database.path());
    sessions.cancelOpenItems(sessionId, m_clock.nowUtc());
    sessions.finish(sessionId, SyncSession::Status::Failed, message, m_clock.nowUtc());
    emitEvent(SyncEvent::error(sessionId, code, message, true, {}));
    auto session = sessions.find(sessionId);
    if (session.isOk() && session.value) {
        announceFinished(*session.value);
    } else {
        m_live.remove(sessionId);
        emitEvent(SyncEvent::complete(sessionId, sessionStatusCode(SyncSession::Status::Failed), 0,
                                      0, 0, {}));
    }
}

StoreResult<qint64> SyncService::enrichCharacter(qint64 characterRowId)
{
    QSqlDatabase db = m_database.connection();
    auto character = CharacterRepository(db, m_database.path()).find(characterRowId);
    if (!character.isOk())
        return {0, character.error};
    if (!character.value)
        return {0, StoreError(StoreError::Kind::Failed,
                              QCoreApplication::translate("SyncService", "No character %1 in the "
                                                                         "database")
                                  .arg(characterRowId))};
    auto account = AccountRepository(db, m_database.path())
                       .findByBattleNetId(character.value->battleNetAccountId);
    if (!account.isOk() || !account.value)
        return {0, account.error};
    const QDateTime now = m_clock.nowUtc();
    Transaction transaction(db, m_database.path());
    if (!transaction.isActive())
        return {0, transaction.error()};
    SessionRepository sessions(db, m_database.path());
    auto created = sessions.create(account.value->rowId, SyncSession::Kind::Single, now);
    if (!created.isOk())
        return created;
    if (StoreError error = sessions.addItems(created.value, {characterRowId}, now); error.isError())
        return {0, error};
    if (StoreError error = transaction.commit(); error.isError())
        return {0, error};
    Live &live = m_live[created.value];
    live.accountRowId = account.value->rowId;
    live.total = 1;
    emitEvent(SyncEvent::started(created.value, 1, {}));
    enqueueOpenItems(created.value, true);
    return created;
}

StoreResult<std::optional<SyncSession>> SyncService::activeSession(qint64 accountRowId)
{
    return SessionRepository(m_database.connection(), m_database.path())
        .running(accountRowId, SyncSession::Kind::Batch);
}

StoreResult<std::optional<SyncSession>> SyncService::session(qint64 sessionId)
{
    return SessionRepository(m_database.connection(), m_database.path()).find(sessionId);
}

StoreResult<QList<SyncSession>> SyncService::sessions(bool runningOnly, int limit)
{
    return SessionRepository(m_database.connection(), m_database.path()).list(runningOnly, limit);
}

StoreError SyncService::completeSession(qint64 sessionId)
{
    auto found = session(sessionId);
    if (!found.isOk())
        return found.error;
    if (!found.value || !found.value->isRunning())
        return StoreError(
            StoreError::Kind::Failed,
            QCoreApplication::translate("SyncService", "Sync session %1 is not running")
                .arg(sessionId));
    Live &live = m_live[sessionId];
    live.accountRowId = found.value->accountRowId;
    live.cancelling = true;
    for (const EnrichmentTask &task : m_queue.cancelSession(sessionId)) {
        emitEvent(SyncEvent::characterStatus(sessionId, task.characterRowId, task.key, task.name,
                                             ItemStatus::Cancelled, {}));
    }
    m_writer.cancelSession(sessionId, QCoreApplication::translate(
                                          "SyncService", "Completed by hand; the characters not "
                                                         "enriched yet were skipped"));
    return {};
}

StoreResult<int> SyncService::resumeInterrupted()
{
    SessionRepository sessions(m_database.connection(), m_database.path());
    auto running = sessions.list(true, 1000);
    if (!running.isOk())
        return {0, running.error};
    int resumed = 0;
    const QDateTime now = m_clock.nowUtc();
    for (const SyncSession &session : std::as_const(running.value)) {
        if (m_live.contains(session.id))
            continue;
        if (session.total == 0) {
            // The crash came before the character list was saved: nothing to go on with.
            sessions.finish(session.id, SyncSession::Status::Failed,
                            QCoreApplication::translate("SyncService",
                                                        "Interrupted before the character list "
                                                        "was saved; sync again"),
                            now);
            continue;
        }
        if (StoreError error = sessions.requeueProcessing(session.id, now); error.isError())
            return {resumed, error};
        Live &live = m_live[session.id];
        live.accountRowId = session.accountRowId;
        live.total = session.total;
        live.processed = session.processed;
        live.failed = session.failed;
        emitEvent(SyncEvent::started(session.id, session.total, {}));
        emitEvent(SyncEvent::progress(session.id, session.total, session.processed, session.failed,
                                      {}, -1, {}));
        enqueueOpenItems(session.id, session.kind == SyncSession::Kind::Single);
        ++resumed;
        qCInfo(lcSync) << "Resuming sync session" << session.id << "at" << session.processed << "of"
                       << session.total;
    }
    return {resumed, {}};
}

} // namespace bnet
