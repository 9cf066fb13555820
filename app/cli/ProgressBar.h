#pragma once

#include <QString>
#include <QTextStream>

namespace bnet::cli {

// One line redrawn in place on a terminal: [#####-----]  45%  450/1000  3 failed  ETA 12 s  Name.
// Draws nothing when stdout is not a terminal, so scripts and pipes get clean output.
class ProgressBar
{
public:
    ProgressBar();
    ~ProgressBar();

    bool isActive() const { return m_active; }
    void update(int processed, int total, int failed, qint64 etaMs, const QString &current);
    void clear();

private:
    QTextStream m_out;
    bool m_active;
    bool m_drawn = false;
};

} // namespace bnet::cli
