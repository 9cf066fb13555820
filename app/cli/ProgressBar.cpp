#include "ProgressBar.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bnet::cli {

ProgressBar::ProgressBar()
    : m_out(stdout)
    , m_active(::isatty(STDOUT_FILENO) == 1)
{
    m_out.setEncoding(QStringConverter::Utf8);
}

ProgressBar::~ProgressBar()
{
    clear();
}

void ProgressBar::update(int processed, int total, int failed, qint64 etaMs, const QString &current)
{
    if (!m_active)
        return;
    constexpr int width = 30;
    const double fraction = total > 0 ? double(processed) / total : 0.0;
    const int filled = int(fraction * width);
    QString line = u"\r["_s + QString(filled, u'#') + QString(width - filled, u'-') + u"] "_s +
                   QString::number(int(fraction * 100)).rightJustified(3) + u"%  "_s +
                   QString::number(processed) + u'/' + QString::number(total);
    if (failed > 0)
        line += u"  "_s + QCoreApplication::translate("cli", "%n failed", nullptr, failed);
    if (etaMs >= 0)
        line += u"  "_s + QCoreApplication::translate("cli", "ETA %1 s").arg((etaMs + 999) / 1000);
    if (!current.isEmpty())
        line += u"  "_s + current;
    m_out << line.leftJustified(100).left(110);
    m_out.flush();
    m_drawn = true;
}

void ProgressBar::clear()
{
    if (!m_drawn)
        return;
    m_out << u'\r' << QString(110, u' ') << u'\r';
    m_out.flush();
    m_drawn = false;
}

} // namespace bnet::cli
