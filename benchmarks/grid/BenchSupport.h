#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace bench {

// Resident and peak memory of this process in MiB (Linux /proc), -1 elsewhere.
double residentMiB();
double peakResidentMiB();

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    double mean = 0;
};

inline Stats stats(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.median = values.at(values.size() / 2);
    s.p95 = values.at(std::min<qsizetype>(values.size() - 1, values.size() * 95 / 100));
    s.max = values.constLast();
    for (const double v : std::as_const(values))
        s.mean += v;
    s.mean /= double(values.size());
    return s;
}

// The heartbeat run: a 1,000-character sync in the real window while a timer on the UI thread
// measures how late it fires. Returns 0 on success.
int runSyncHeartbeat(int characters, int latencyMs, int jitterMs);

} // namespace bench
