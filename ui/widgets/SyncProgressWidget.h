#pragma once

#include "sync/SyncController.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace bnet::ui {

class StatusAnimator;

// The overall progress of the followed sync: the character being worked on now with its status
// icon, a bar with the percentage, the counts, the time left, and a button to complete the sync
// now. Its icon spins on the window's one animation timer.
class SyncProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProgressWidget)

public:
    SyncProgressWidget(StatusAnimator &animator, QWidget *parent = nullptr);
    ~SyncProgressWidget() override;

    void setProgress(const SyncProgress &progress);
    // The texts as shown, for tests and screen readers.
    QString currentText() const;
    QString countsText() const;
    QString etaText() const;
    int percent() const;

    static QString formatEta(qint64 etaMs);

Q_SIGNALS:
    void stopRequested();

private:
    class StatusIcon;

    StatusAnimator &m_animator;
    StatusIcon *m_icon;
    QLabel *m_current;
    QProgressBar *m_bar;
    QLabel *m_counts;
    QLabel *m_eta;
    QPushButton *m_stop;
};

} // namespace bnet::ui
