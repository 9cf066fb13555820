#pragma once

#include <QtGlobal>

#include <deque>

namespace bnet {

// Time left from the recent pace: items finished over the last `windowMs`. Recent rather than
// overall, so a 429 pause or a slow start does not skew the estimate for the rest of the run.
class EtaEstimator
{
public:
    explicit EtaEstimator(qint64 windowMs = 10'000)
        : m_windowMs(windowMs)
    {}

    void record(qint64 nowMs, int processed);
    // -1 until there is a pace to go by.
    qint64 etaMs(int remaining) const;

private:
    struct Sample
    {
        qint64 atMs;
        int processed;
    };
    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace bnet
