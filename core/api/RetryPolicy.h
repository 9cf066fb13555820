#pragma once

#include <QtGlobal>

class QRandomGenerator;

namespace bnet {

// Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And
// Jitter"): wait a uniformly random time in [0, min(cap, base * 2^retry)]. Jitter spreads the
// retries of many jobs that failed together, so they do not return as one burst.
struct RetryPolicy
{
    int maxAttempts = 5; // first try included
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 30'000;

    // The ceiling for retry number `retry` (1 for the first retry).
    qint64 ceilingMs(int retry) const;
    qint64 jitteredDelayMs(int retry, QRandomGenerator &random) const;
};

} // namespace bnet
