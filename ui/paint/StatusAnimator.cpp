#include "StatusAnimator.h"

#include "model/CharacterListModel.h"
#include "util/Clock.h"

namespace bnet::ui {

StatusAnimator::StatusAnimator(const CharacterListModel &model, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
{
    m_timer.setInterval(kFrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StatusAnimator::onTick);
    connect(&model, &CharacterListModel::statusesChanged, this, &StatusAnimator::onStatusesChanged);
}

StatusAnimator::~StatusAnimator() = default;

qint64 StatusAnimator::nowMs() const
{
    return m_clock.monotonicMs();
}

qreal StatusAnimator::fadeProgress(qint64 sinceMs) const
{
    const qint64 elapsed = nowMs() - sinceMs;
    if (elapsed >= kFadeMs)
        return 1.0;
    return elapsed <= 0 ? 0.0 : qreal(elapsed) / kFadeMs;
}

void StatusAnimator::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    updateTimer();
}

void StatusAnimator::setAnimating(const QObject *source, bool active)
{
    if (active)
        m_sources.insert(source);
    else
        m_sources.remove(source);
    updateTimer();
}

void StatusAnimator::onStatusesChanged(const QList<qint64> &characterRowIds)
{
    const qint64 now = nowMs();
    for (const qint64 id : characterRowIds) {
        if (rowStillAnimates(id, now))
            m_rows.insert(id);
    }
    updateTimer();
}

bool StatusAnimator::rowStillAnimates(qint64 rowId, qint64 now) const
{
    const int at = m_model.indexOfRowId(rowId);
    if (at < 0)
        return false;
    const CharacterRow &row = m_model.rowAt(at);
    return row.status == CardStatus::Processing || now - row.statusSinceMs < kFadeMs;
}

void StatusAnimator::onTick()
{
    const qint64 now = nowMs();
    QList<qint64> repaint;
    repaint.reserve(m_rows.size());
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        repaint.append(*it);
        // The last frame of a fade is still painted, so the badge ends fully opaque.
        if (rowStillAnimates(*it, now))
            ++it;
        else
            it = m_rows.erase(it);
    }
    if (!repaint.isEmpty())
        Q_EMIT rowsNeedRepaint(repaint);
    if (!m_sources.isEmpty())
        Q_EMIT frame();
    updateTimer();
}

void StatusAnimator::updateTimer()
{
    const bool wanted = m_visible && (!m_rows.isEmpty() || !m_sources.isEmpty());
    if (wanted && !m_timer.isActive())
        m_timer.start();
    else if (!wanted && m_timer.isActive())
        m_timer.stop();
}

} // namespace bnet::ui
