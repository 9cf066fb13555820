#include "EnrichmentWriter.h"

#include "store/CharacterRepository.h"
#include "store/Database.h"
#include "store/SessionRepository.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/PoolResult.h"

#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace bnet {
namespace {

StoreError apply(const EnrichmentWriter::Op &op, CharacterRepository &characters,
                 SessionRepository &sessions, const QDateTime &now)
{
    using Kind = EnrichmentWriter::Op::Kind;
    const EnrichmentTask &task = op.kind == Kind::Finished ? op.outcome.task : op.task;
    switch (op.kind) {
    case Kind::Processing:
        if (StoreError e = sessions.setCurrent(task.sessionId, task.characterRowId); e.isError())
            return e;
        return sessions.setItemStatus(task.sessionId, task.characterRowId, ItemStatus::Processing,
                                      task.attempts + 1, {}, {}, {}, now);
    case Kind::Deferred:
        return sessions.setItemStatus(task.sessionId, task.characterRowId, ItemStatus::Queued,
                                      task.attempts + 1, op.error.message(), op.error.code(),
                                      op.retryAt, now);
    case Kind::Finished: {
        const EnrichmentOutcome &outcome = op.outcome;
        StoreError error;
        if (outcome.isFailure())
            error = characters.recordEnrichmentError(task.characterRowId, outcome.error.message());
        else if (outcome.profile)
            error = characters.saveDetails(task.characterRowId, outcome.profile->details,
                                           outcome.profileLastModified, outcome.avatarLastModified);
        else
            error = characters.markUnchanged(task.characterRowId, now);
        if (error.isError())
            return error;
        return sessions.setItemStatus(task.sessionId, task.characterRowId, outcome.status,
                                      task.attempts + 1, outcome.error.message(),
                                      outcome.isFailure() ? outcome.error.code() : QString(), {},
                                      now);
    }
    case Kind::Cancel:
        if (StoreError e = sessions.cancelOpenItems(op.sessionId, now); e.isError())
            return e;
        return sessions.finish(op.sessionId, SyncSession::Status::Cancelled, op.reason, now);
    }
    return {};
}

} // namespace

EnrichmentWriter::EnrichmentWriter(Database &database, QThreadPool &pool, const Clock &clock,
                                   Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pool(pool)
    , m_clock(clock)
    , m_options(options)
{
    qRegisterMetaType<Batch>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EnrichmentWriter::flush);
}

void EnrichmentWriter::processing(const EnrichmentTask &task)
{
    enqueue({Op::Kind::Processing, task, {}, {}, {}, task.sessionId, {}});
}

void EnrichmentWriter::finished(const EnrichmentOutcome &outcome)
{
    enqueue({Op::Kind::Finished, {}, outcome, {}, {}, outcome.task.sessionId, {}});
}

void EnrichmentWriter::deferred(const EnrichmentTask &task, const ApiError &error,
                                const QDateTime &retryAt)
{
    enqueue({Op::Kind::Deferred, task, {}, error, retryAt, task.sessionId, {}});
}

void EnrichmentWriter::cancelSession(qint64 sessionId, const QString &reason)
{
    enqueue({Op::Kind::Cancel, {}, {}, {}, {}, sessionId, reason});
    flush(); // the player is waiting for it
}

void EnrichmentWriter::enqueue(Op op)
{
    m_pending.append(std::move(op));
    if (m_pending.size() >= m_options.maxBatch)
        flush();
    else if (!m_timer.isActive() && !m_writing)
        m_timer.start(m_options.intervalMs);
}

void EnrichmentWriter::flush()
{
    if (m_writing || m_pending.isEmpty())
        return;
    m_timer.stop();
    m_writing = true;
    QList<Op> ops = std::exchange(m_pending, {});
    Database *database = &m_database;
    whenReady(
        QtConcurrent::run(&m_pool, [database, ops,
                                    now = m_clock.nowUtc()] { return write(*database, ops, now); }),
        this, [this](const Batch &batch) {
            m_writing = false;
            if (batch.error.isError()) {
                // Keep the work, in order, and try again a little later.
                m_pending = batch.ops + m_pending;
                ++m_failures;
                qCWarning(lcSync) << "Could not save sync progress:" << batch.error.message();
                Q_EMIT saveFailed(batch.error);
                m_timer.start(
                    std::min(10'000, m_options.intervalMs * (1 << std::min(m_failures, 7))));
                return;
            }
            m_failures = 0;
            Q_EMIT committed(batch);
            if (!m_pending.isEmpty() && !m_timer.isActive())
                m_timer.start(m_pending.size() >= m_options.maxBatch ? 0 : m_options.intervalMs);
        });
}

EnrichmentWriter::Batch EnrichmentWriter::write(Database &database, QList<Op> ops,
                                                const QDateTime &now)
{
    Batch batch;
    batch.ops = std::move(ops);
    QSqlDatabase db = database.connection();
    Transaction transaction(db, database.path());
    if (!transaction.isActive()) {
        batch.error = transaction.error();
        return batch;
    }
    CharacterRepository characters(db, database.path());
    SessionRepository sessions(db, database.path());
    QList<qint64> touched;
    for (const Op &op : std::as_const(batch.ops)) {
        if (StoreError error = apply(op, characters, sessions, now); error.isError()) {
            batch.error = error;
            return batch;
        }
        if (!touched.contains(op.sessionId))
            touched.append(op.sessionId);
    }
    for (qint64 sessionId : std::as_const(touched)) {
        if (StoreError error = sessions.refreshCounters(sessionId, now); error.isError()) {
            batch.error = error;
            return batch;
        }
        auto session = sessions.find(sessionId);
        if (!session.isOk()) {
            batch.error = session.error;
            return batch;
        }
        if (session.value)
            batch.sessions.append(*session.value);
    }
    batch.error = transaction.commit();
    if (batch.error.isError())
        batch.sessions.clear();
    return batch;
}

} // namespace bnet
