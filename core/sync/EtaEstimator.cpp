#include "EtaEstimator.h"

#include <cmath>

namespace bnet {

void EtaEstimator::record(qint64 nowMs, int processed)
{
    m_samples.push_back({nowMs, processed});
    while (m_samples.size() > 2 && m_samples.front().atMs < nowMs - m_windowMs)
        m_samples.pop_front();
}

qint64 EtaEstimator::etaMs(int remaining) const
{
    if (remaining <= 0)
        return 0;
    if (m_samples.size() < 2)
        return -1;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const int done = last.processed - first.processed;
    const qint64 elapsed = last.atMs - first.atMs;
    if (done < 3 || elapsed <= 0)
        return -1;
    return qint64(std::ceil(double(elapsed) / done * remaining));
}

} // namespace bnet
