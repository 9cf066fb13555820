#include "EnrichmentQueue.h"

#include "util/Clock.h"

namespace bnet {

EnrichmentQueue::EnrichmentQueue(EnrichmentJob::Services services, Options options, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_options(options)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &EnrichmentQueue::pump);
}

void EnrichmentQueue::add(const QList<EnrichmentTask> &tasks)
{
    m_waiting.insert(m_waiting.end(), tasks.cbegin(), tasks.cend());
    pump();
}

QList<EnrichmentTask> EnrichmentQueue::cancelSession(qint64 sessionId)
{
    std::erase_if(m_waiting,
                  [sessionId](const EnrichmentTask &t) { return t.sessionId == sessionId; });
    QList<EnrichmentTask> stopped;
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it.value().sessionId != sessionId) {
            ++it;
            continue;
        }
        stopped.append(it.value());
        EnrichmentJob *job = it.key();
        job->disconnect(this);
        job->deleteLater(); // its pending requests lose their context and are dropped
        it = m_running.erase(it);
    }
    pump();
    return stopped;
}

bool EnrichmentQueue::hasWork(qint64 sessionId) const
{
    for (const EnrichmentTask &task : m_waiting) {
        if (task.sessionId == sessionId)
            return true;
    }
    for (const EnrichmentTask &task : m_running) {
        if (task.sessionId == sessionId)
            return true;
    }
    return false;
}

void EnrichmentQueue::pump()
{
    const QDateTime now = m_services.clock.nowUtc();
    qint64 wakeInMs = -1;
    for (auto it = m_waiting.begin();
         it != m_waiting.end() && m_running.size() < m_options.maxConcurrentJobs;) {
        if (it->notBefore.isValid() && it->notBefore > now) {
            const qint64 wait = now.msecsTo(it->notBefore);
            wakeInMs = wakeInMs < 0 ? wait : std::min(wakeInMs, wait);
            ++it;
            continue;
        }
        const EnrichmentTask task = *it;
        it = m_waiting.erase(it);
        auto *job = new EnrichmentJob(m_services, task, this);
        m_running.insert(job, task);
        connect(job, &EnrichmentJob::finished, this,
                [this, job](const EnrichmentOutcome &outcome) { onJobFinished(job, outcome); });
        Q_EMIT started(task);
        job->start();
    }
    if (wakeInMs >= 0)
        m_wake.start(int(std::min<qint64>(wakeInMs, 60'000)));
}

void EnrichmentQueue::onJobFinished(EnrichmentJob *job, const EnrichmentOutcome &outcome)
{
    if (m_running.remove(job) == 0)
        return;
    job->deleteLater();
    const int attemptsSoFar = outcome.task.attempts + 1;
    if (outcome.isWorthRetrying() && attemptsSoFar < m_options.maxAttempts) {
        EnrichmentTask retry = outcome.task;
        retry.attempts = attemptsSoFar;
        retry.notBefore = m_services.clock.nowUtc().addMSecs(
            m_options.retry.jitteredDelayMs(attemptsSoFar, m_random) + 1);
        Q_EMIT deferred(outcome.task, outcome.error, retry.notBefore);
        m_waiting.push_back(retry);
    } else {
        Q_EMIT finished(outcome);
    }
    pump();
}

} // namespace bnet
