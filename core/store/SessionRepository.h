#pragma once

#include "AccountRepository.h"
#include "domain/EnrichmentTask.h"
#include "domain/SyncEvent.h"
#include "domain/SyncSession.h"

#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

namespace bnet {

// sync_sessions and sync_session_items. Counters are never incremented by hand: they are
// recounted from the items (refreshCounters), so they stay exact across crashes and retries.
// Like the other repositories it never opens a transaction itself.
class SessionRepository
{
public:
    SessionRepository(QSqlDatabase db, QString path);

    StoreResult<qint64> create(qint64 accountRowId, SyncSession::Kind kind, const QDateTime &now);
    StoreResult<std::optional<SyncSession>> find(qint64 sessionId);
    // The running session of an account, batch or single.
    StoreResult<std::optional<SyncSession>> running(qint64 accountRowId, SyncSession::Kind kind);
    StoreResult<QList<SyncSession>> list(bool runningOnly, int limit);

    // Queues one item per character (existing items are kept) and recounts.
    StoreError addItems(qint64 sessionId, const QList<qint64> &characterRowIds,
                        const QDateTime &now);
    // Items not final yet, with what enrichment needs; `processing` ones count as queued.
    StoreResult<QList<EnrichmentTask>> openItems(qint64 sessionId);
    // After a crash: whatever was processing goes back to the queue.
    StoreError requeueProcessing(qint64 sessionId, const QDateTime &now);

    StoreError setItemStatus(qint64 sessionId, qint64 characterRowId, ItemStatus status,
                             int attempts, const QString &error, const QString &errorCode,
                             const QDateTime &nextAttempt, const QDateTime &now);
    StoreError cancelOpenItems(qint64 sessionId, const QDateTime &now);
    StoreError setCurrent(qint64 sessionId, qint64 characterRowId);
    // Something went wrong beside the items (a region that could not be read): recorded, and
    // the session ends "completed_with_errors".
    StoreError setError(qint64 sessionId, const QString &error);

    // Recounts total, processed and failed from the items; when none is open any more and the
    // session still runs, finishes it (completed, or completed_with_errors).
    StoreError refreshCounters(qint64 sessionId, const QDateTime &now);
    // Ends a running session; `error` replaces the recorded one unless empty.
    StoreError finish(qint64 sessionId, SyncSession::Status status, const QString &error,
                      const QDateTime &now);

private:
    StoreResult<QList<SyncSession>> readSessions(QSqlQuery &query) const;
    StoreError failed(const QSqlQuery &query, const char *what) const;

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace bnet
