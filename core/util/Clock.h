#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>

namespace bnet {

// The one clock of the app. Everything that schedules (backoff, rate limits, sync schedule,
// token expiry) asks it instead of the system, so tests can drive time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time in UTC, for timestamps that are stored or shown.
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a steady clock, for measuring intervals; never jumps backwards.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

// A clock that only moves when told to. Thread-safe reads, so code under test may read it
// from worker threads while the test advances it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_startUtcMs(start.toMSecsSinceEpoch())
    {}
    QDateTime nowUtc() const override
    {
        return QDateTime::fromMSecsSinceEpoch(m_startUtcMs + m_elapsedMs.load(), Qt::UTC);
    }
    qint64 monotonicMs() const override { return m_elapsedMs.load(); }
    void advance(qint64 ms) { m_elapsedMs += ms; }

private:
    qint64 m_startUtcMs;
    std::atomic<qint64> m_elapsedMs{0};
};

} // namespace bnet
