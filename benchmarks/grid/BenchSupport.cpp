#include "BenchSupport.h"

#include <QFile>

namespace bench {
namespace {

double statusField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toDouble() / 1024.0 : -1; // kB -> MiB
        }
    }
    return -1;
}

} // namespace

double residentMiB()
{
    return statusField("VmRSS:");
}

double peakResidentMiB()
{
    return statusField("VmHWM:");
}

} // namespace bench
