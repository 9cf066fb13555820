#pragma once

#include "EnrichmentOutcome.h"
#include "domain/SyncSession.h"
#include "store/StoreError.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QThreadPool;

namespace bnet {

class Clock;
class Database;

// Saves enrichment progress in batches: item status changes, profiles and session counters go
// to SQLite in one transaction every `intervalMs` (or sooner when a batch is full), on the
// pool, one batch at a time and in order. A character's details and its item's final status
// always commit together, so a crash never leaves one without the other. A batch that fails to
// commit is kept and tried again: nothing is dropped.
class EnrichmentWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentWriter)

public:
    struct Options
    {
        int intervalMs = 100;
        int maxBatch = 200;
    };

    EnrichmentWriter(Database &database, QThreadPool &pool, const Clock &clock, Options options,
                     QObject *parent = nullptr);

    void processing(const EnrichmentTask &task);
    void finished(const EnrichmentOutcome &outcome);
    void deferred(const EnrichmentTask &task, const ApiError &error, const QDateTime &retryAt);
    void cancelSession(qint64 sessionId, const QString &reason);

    bool isIdle() const { return m_pending.isEmpty() && !m_writing; }

    struct Op
    {
        enum class Kind {
            Processing,
            Finished,
            Deferred,
            Cancel
        };
        Kind kind = Kind::Processing;
        EnrichmentTask task;
        EnrichmentOutcome outcome;
        ApiError error;
        QDateTime retryAt;
        qint64 sessionId = 0;
        QString reason;
    };
    struct Batch
    {
        QList<Op> ops;
        QList<SyncSession> sessions; // after the commit, every session the batch touched
        StoreError error;
    };

Q_SIGNALS:
    // On the writer's thread, in commit order.
    void committed(const bnet::EnrichmentWriter::Batch &batch);
    void saveFailed(const bnet::StoreError &error);

private:
    void enqueue(Op op);
    void flush();
    static Batch write(Database &database, QList<Op> ops, const QDateTime &now);

    Database &m_database;
    QThreadPool &m_pool;
    const Clock &m_clock;
    Options m_options;
    QTimer m_timer;
    QList<Op> m_pending;
    bool m_writing = false;
    int m_failures = 0;
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::EnrichmentWriter::Batch)
