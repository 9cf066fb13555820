#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace bnet {

qint64 RetryPolicy::ceilingMs(int retry) const
{
    const int doublings = std::clamp(retry - 1, 0, 30);
    const qint64 ceiling = baseDelayMs * (qint64(1) << doublings);
    return std::min(maxDelayMs, ceiling);
}

qint64 RetryPolicy::jitteredDelayMs(int retry, QRandomGenerator &random) const
{
    const qint64 ceiling = ceilingMs(retry);
    if (ceiling <= 0)
        return 0;
    return static_cast<qint64>(random.bounded(static_cast<double>(ceiling) + 1.0));
}

} // namespace bnet
