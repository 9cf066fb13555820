#pragma once

#include "EnrichmentJob.h"
#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>

namespace bnet {

// Runs enrichment jobs, at most `maxConcurrentJobs` at a time, in the order characters were
// queued. The HTTP client paces the requests; the queue keeps enough jobs in flight to use the
// whole rate limit. A job that failed for a transient reason (after the client's own retries)
// is queued once more after a backoff; anything else is final.
class EnrichmentQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentQueue)

public:
    struct Options
    {
        int maxConcurrentJobs = 24;
        int maxAttempts = 2; // job runs per character and session
        RetryPolicy retry{2, 2'000, 30'000};
    };

    EnrichmentQueue(EnrichmentJob::Services services, Options options, QObject *parent = nullptr);

    void add(const QList<EnrichmentTask> &tasks);
    // Drops the session's waiting tasks and stops its running jobs; they report nothing more.
    // Returns the tasks that were stopped while running.
    QList<EnrichmentTask> cancelSession(qint64 sessionId);
    bool hasWork(qint64 sessionId) const;
    int runningCount() const { return int(m_running.size()); }

Q_SIGNALS:
    void started(const bnet::EnrichmentTask &task);
    void deferred(const bnet::EnrichmentTask &task, const bnet::ApiError &error,
                  const QDateTime &retryAt);
    void finished(const bnet::EnrichmentOutcome &outcome);

private:
    void pump();
    void onJobFinished(EnrichmentJob *job, const EnrichmentOutcome &outcome);

    EnrichmentJob::Services m_services;
    Options m_options;
    std::deque<EnrichmentTask> m_waiting;
    QHash<EnrichmentJob *, EnrichmentTask> m_running;
    QTimer m_wake;
    QRandomGenerator m_random;
};

} // namespace bnet
