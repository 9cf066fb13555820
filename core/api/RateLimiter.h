#pragma once

#include <QList>

#include <deque>

namespace bnet {

// Keeps our request rate under Battle.net's quotas *before* a request is sent, so our own load
// never earns a 429. Each window is a sliding window ("at most N in any W ms"), which is the
// strictest reading of a quota: whatever window the server counts in, we stay under it. The
// class is not thread-safe; the HTTP client owns it on its thread. Times are monotonic ms.
class RateLimiter
{
public:
    struct Window
    {
        int limit = 0;
        qint64 windowMs = 0;
    };

    explicit RateLimiter(QList<Window> windows = {});

    // Battle.net's published limits. `marginMs` widens each window a little so that jitter in
    // delivery (a request sent at 999 ms arriving after one sent at 1001 ms) cannot make the
    // server count 101 in its second.
    static RateLimiter battleNet(int perSecond = 100, int perHour = 36000, qint64 marginMs = 25);

    // How long to wait at `nowMs` before the next request may go out; 0 means now.
    qint64 delayMs(qint64 nowMs);
    void recordSend(qint64 nowMs);

    // A 429 stops everything until `untilMs`.
    void pauseUntil(qint64 untilMs);
    qint64 pausedUntilMs() const { return m_pausedUntilMs; }

    const QList<Window> &windows() const { return m_windows; }

private:
    void prune(qint64 nowMs);

    QList<Window> m_windows;
    QList<std::deque<qint64>> m_sent; // send times inside each window, oldest first
    qint64 m_pausedUntilMs = 0;
};

} // namespace bnet
