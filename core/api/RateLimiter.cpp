#include "RateLimiter.h"

#include <algorithm>

namespace bnet {

RateLimiter::RateLimiter(QList<Window> windows)
    : m_windows(std::move(windows))
{
    m_windows.removeIf([](const Window &w) { return w.limit <= 0 || w.windowMs <= 0; });
    m_sent.resize(m_windows.size());
}

RateLimiter RateLimiter::battleNet(int perSecond, int perHour, qint64 marginMs)
{
    return RateLimiter({{perSecond, 1000 + marginMs}, {perHour, 3600 * 1000 + marginMs}});
}

void RateLimiter::prune(qint64 nowMs)
{
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        auto &sent = m_sent[i];
        while (!sent.empty() && sent.front() <= nowMs - m_windows[i].windowMs)
            sent.pop_front();
    }
}

qint64 RateLimiter::delayMs(qint64 nowMs)
{
    prune(nowMs);
    qint64 delay = std::max<qint64>(0, m_pausedUntilMs - nowMs);
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        const auto &sent = m_sent[i];
        if (static_cast<qsizetype>(sent.size()) < m_windows[i].limit)
            continue;
        // Full: the next slot frees when the send that is `limit` places back leaves the window.
        const qint64 oldestThatMustLeave = sent[sent.size() - m_windows[i].limit];
        delay = std::max(delay, oldestThatMustLeave + m_windows[i].windowMs - nowMs);
    }
    return delay;
}

void RateLimiter::recordSend(qint64 nowMs)
{
    for (auto &sent : m_sent)
        sent.push_back(nowMs);
    prune(nowMs);
}

void RateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntilMs = std::max(m_pausedUntilMs, untilMs);
}

} // namespace bnet
