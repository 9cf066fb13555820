#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace bnet {
class Clock;
}

namespace bnet::ui {

class CharacterListModel;

// The one timer behind every animation of the window: spinning arrows, status fade-ins, and
// the progress bar's own status icon. It ticks only while something animates and the window is
// visible; otherwise it is stopped, so an idle or hidden app costs no CPU. Painting reads the
// time from the clock (not a frame counter), so a paused animation resumes where it should be.
class StatusAnimator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusAnimator)

public:
    static constexpr int kFadeMs = 350;
    static constexpr int kFrameMs = 16;

    StatusAnimator(const CharacterListModel &model, const Clock &clock, QObject *parent = nullptr);
    ~StatusAnimator() override;

    qint64 nowMs() const;
    // How far a status that changed at `sinceMs` has faded in (0..1).
    qreal fadeProgress(qint64 sinceMs) const;

    // The window is shown (and not minimised).
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    // Something outside the grid (the progress bar's icon) animates while `active`.
    void setAnimating(const QObject *source, bool active);

    bool isRunning() const { return m_timer.isActive(); }
    int animatingRows() const { return int(m_rows.size()); }

Q_SIGNALS:
    // Rows whose cards need painting this frame.
    void rowsNeedRepaint(const QList<qint64> &characterRowIds);
    // A frame for the other animated things.
    void frame();

private:
    void onStatusesChanged(const QList<qint64> &characterRowIds);
    void onTick();
    bool rowStillAnimates(qint64 rowId, qint64 now) const;
    void updateTimer();

    const CharacterListModel &m_model;
    const Clock &m_clock;
    QTimer m_timer;
    QSet<qint64> m_rows;
    QSet<const QObject *> m_sources;
    bool m_visible = false;
};

} // namespace bnet::ui
