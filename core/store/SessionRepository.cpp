#include "SessionRepository.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace bnet::sql;

namespace bnet {
namespace {

const QString kSessionColumns =
    u"SELECT s.id, s.account_id, s.kind, s.status, s.total, s.processed, s.failed, "
    "s.current_character_id, c.name, s.created_at, s.updated_at, s.finished_at, s.error, "
    "(SELECT count(*) FROM sync_session_items i WHERE i.session_id = s.id "
    " AND i.status = 'cancelled') "
    "FROM sync_sessions s LEFT JOIN characters c ON c.id = s.current_character_id "_s;

SyncSession sessionFrom(const QSqlQuery &q)
{
    SyncSession s;
    s.id = q.value(0).toLongLong();
    s.accountRowId = q.value(1).toLongLong();
    s.kind = sessionKindFromCode(q.value(2).toString()).value_or(SyncSession::Kind::Batch);
    s.status = sessionStatusFromCode(q.value(3).toString()).value_or(SyncSession::Status::Failed);
    s.total = q.value(4).toInt();
    s.processed = q.value(5).toInt();
    s.failed = q.value(6).toInt();
    s.currentCharacterRowId = q.value(7).toLongLong();
    s.currentCharacterName = q.value(8).toString();
    s.createdAt = timeFrom(q.value(9));
    s.updatedAt = timeFrom(q.value(10));
    s.finishedAt = timeFrom(q.value(11));
    s.error = q.value(12).toString();
    s.cancelled = q.value(13).toInt();
    return s;
}

} // namespace

SessionRepository::SessionRepository(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

StoreError SessionRepository::failed(const QSqlQuery &query, const char *what) const
{
    return StoreError::fromSql(query.lastError(), m_path,
                               QCoreApplication::translate("SessionRepository", what));
}

StoreResult<qint64> SessionRepository::create(qint64 accountRowId, SyncSession::Kind kind,
                                              const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sync_sessions (account_id, kind, status, created_at, updated_at) "
                  "VALUES (:account, :kind, 'running', :now, :now)"_s);
    query.bindValue(u":account"_s, accountRowId);
    query.bindValue(u":kind"_s, sessionKindCode(kind));
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    if (!query.exec())
        return {0, failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Starting a sync"))};
    return {query.lastInsertId().toLongLong(), {}};
}

StoreResult<QList<SyncSession>> SessionRepository::readSessions(QSqlQuery &query) const
{
    if (!query.exec())
        return {{}, failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Reading sync sessions"))};
    QList<SyncSession> sessions;
    while (query.next())
        sessions.append(sessionFrom(query));
    return {sessions, {}};
}

StoreResult<std::optional<SyncSession>> SessionRepository::find(qint64 sessionId)
{
    QSqlQuery query(m_db);
    query.prepare(kSessionColumns + u"WHERE s.id = :id"_s);
    query.bindValue(u":id"_s, sessionId);
    auto sessions = readSessions(query);
    if (!sessions.isOk() || sessions.value.isEmpty())
        return {std::nullopt, sessions.error};
    return {sessions.value.constFirst(), {}};
}

StoreResult<std::optional<SyncSession>> SessionRepository::running(qint64 accountRowId,
                                                                   SyncSession::Kind kind)
{
    QSqlQuery query(m_db);
    query.prepare(kSessionColumns +
                  u"WHERE s.account_id = :account AND s.kind = :kind AND s.status = 'running' "
                  "ORDER BY s.id DESC LIMIT 1"_s);
    query.bindValue(u":account"_s, accountRowId);
    query.bindValue(u":kind"_s, sessionKindCode(kind));
    auto sessions = readSessions(query);
    if (!sessions.isOk() || sessions.value.isEmpty())
        return {std::nullopt, sessions.error};
    return {sessions.value.constFirst(), {}};
}

StoreResult<QList<SyncSession>> SessionRepository::list(bool runningOnly, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(kSessionColumns + (runningOnly ? u"WHERE s.status = 'running' "_s : QString()) +
                  u"ORDER BY s.id DESC LIMIT :limit"_s);
    query.bindValue(u":limit"_s, limit);
    return readSessions(query);
}

StoreError SessionRepository::addItems(qint64 sessionId, const QList<qint64> &characterRowIds,
                                       const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR IGNORE INTO sync_session_items (session_id, character_id, status, "
                  "updated_at) VALUES (:session, :character, 'queued', :now)"_s);
    for (qint64 characterRowId : characterRowIds) {
        query.bindValue(u":session"_s, sessionId);
        query.bindValue(u":character"_s, characterRowId);
        query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
        if (!query.exec())
            return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Queueing characters"));
    }
    return refreshCounters(sessionId, now);
}

StoreResult<QList<EnrichmentTask>> SessionRepository::openItems(qint64 sessionId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT i.session_id, i.character_id, c.region, c.game_version, c.realm_slug, "
                  "c.character_id, c.name, c.profile_last_modified, c.avatar_url, "
                  "c.avatar_last_modified, c.avatar_file, i.attempts, i.next_attempt_at "
                  "FROM sync_session_items i JOIN characters c ON c.id = i.character_id "
                  "WHERE i.session_id = :session AND i.status IN ('queued', 'processing') "
                  "ORDER BY c.region, c.game_version, c.realm_slug, c.name"_s);
    query.bindValue(u":session"_s, sessionId);
    if (!query.exec())
        return {{},
                failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Reading queued characters"))};
    QList<EnrichmentTask> tasks;
    while (query.next()) {
        EnrichmentTask task;
        task.sessionId = query.value(0).toLongLong();
        task.characterRowId = query.value(1).toLongLong();
        task.key.region = regionFromCode(query.value(2).toString()).value_or(Region::US);
        task.key.version =
            gameVersionFromCode(query.value(3).toString()).value_or(GameVersion::Retail);
        task.key.realmSlug = query.value(4).toString();
        task.key.characterId = query.value(5).toLongLong();
        task.name = query.value(6).toString();
        task.profileLastModified = query.value(7).toString().toLatin1();
        task.avatarUrl = query.value(8).toString();
        task.avatarLastModified = query.value(9).toString().toLatin1();
        task.avatarFile = query.value(10).toString();
        task.attempts = query.value(11).toInt();
        task.notBefore = timeFrom(query.value(12));
        tasks.append(task);
    }
    return {tasks, {}};
}

StoreError SessionRepository::requeueProcessing(qint64 sessionId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE sync_session_items SET status = 'queued', updated_at = :now "
                  "WHERE session_id = :session AND status = 'processing'"_s);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    query.bindValue(u":session"_s, sessionId);
    if (!query.exec())
        return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Resuming a sync"));
    return {};
}

StoreError SessionRepository::setItemStatus(qint64 sessionId, qint64 characterRowId,
                                            ItemStatus status, int attempts, const QString &error,
                                            const QString &errorCode, const QDateTime &nextAttempt,
                                            const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE sync_session_items SET status = :status, attempts = :attempts, "
                  "last_error = :error, error_code = :code, next_attempt_at = :next, "
                  "updated_at = :now WHERE session_id = :session AND character_id = :character "
                  "AND status NOT IN ('completed', 'failed', 'cancelled')"_s);
    query.bindValue(u":status"_s, itemStatusCode(status));
    query.bindValue(u":attempts"_s, attempts);
    query.bindValue(u":error"_s, text(error));
    query.bindValue(u":code"_s, text(errorCode));
    query.bindValue(u":next"_s, timeValue(nextAttempt));
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    query.bindValue(u":session"_s, sessionId);
    query.bindValue(u":character"_s, characterRowId);
    if (!query.exec())
        return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Saving a character's status"));
    return {};
}

StoreError SessionRepository::cancelOpenItems(qint64 sessionId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE sync_session_items SET status = 'cancelled', updated_at = :now "
                  "WHERE session_id = :session AND status IN ('queued', 'processing')"_s);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    query.bindValue(u":session"_s, sessionId);
    if (!query.exec())
        return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Cancelling a sync"));
    return {};
}

StoreError SessionRepository::setCurrent(qint64 sessionId, qint64 characterRowId)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE sync_sessions SET current_character_id = :character WHERE id = :session"_s);
    query.bindValue(u":character"_s, characterRowId > 0 ? QVariant(characterRowId) : QVariant());
    query.bindValue(u":session"_s, sessionId);
    if (!query.exec())
        return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Saving sync progress"));
    return {};
}

StoreError SessionRepository::setError(qint64 sessionId, const QString &error)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE sync_sessions SET error = :error WHERE id = :session"_s);
    query.bindValue(u":error"_s, text(error));
    query.bindValue(u":session"_s, sessionId);
    if (!query.exec())
        return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Saving sync progress"));
    return {};
}

StoreError SessionRepository::refreshCounters(qint64 sessionId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(UPDATE sync_sessions SET
            total = (SELECT count(*) FROM sync_session_items WHERE session_id = :session),
            processed = (SELECT count(*) FROM sync_session_items WHERE session_id = :session
                         AND status IN ('completed', 'failed')),
            failed = (SELECT count(*) FROM sync_session_items WHERE session_id = :session
                      AND status = 'failed'),
            updated_at = :now
        WHERE id = :session)"_s);
    query.bindValue(u":session"_s, sessionId);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    if (!query.exec())
        return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Saving sync progress"));
    // Finish a running session with nothing left open.
    query.prepare(uR"(UPDATE sync_sessions SET
            status = CASE WHEN failed > 0 OR error != '' THEN 'completed_with_errors'
                          ELSE 'completed' END,
            finished_at = :now, current_character_id = NULL
        WHERE id = :session AND status = 'running' AND total > 0
          AND NOT EXISTS (SELECT 1 FROM sync_session_items WHERE session_id = :session
                          AND status IN ('queued', 'processing')))"_s);
    query.bindValue(u":session"_s, sessionId);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    if (!query.exec())
        return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Finishing a sync"));
    return {};
}

StoreError SessionRepository::finish(qint64 sessionId, SyncSession::Status status,
                                     const QString &error, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE sync_sessions SET status = :status, "
                  "error = CASE WHEN :error = '' THEN error ELSE :error END, finished_at = :now, "
                  "updated_at = :now, current_character_id = NULL "
                  "WHERE id = :session AND status = 'running'"_s);
    query.bindValue(u":status"_s, sessionStatusCode(status));
    query.bindValue(u":error"_s, text(error));
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    query.bindValue(u":session"_s, sessionId);
    if (!query.exec())
        return failed(query, QT_TRANSLATE_NOOP("SessionRepository", "Finishing a sync"));
    return {};
}

} // namespace bnet
