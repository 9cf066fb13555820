#include "SyncProgressWidget.h"

#include "Icons.h"
#include "model/CharacterListModel.h"
#include "paint/StatusAnimator.h"
#include "paint/StatusPainter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bnet::ui {

class SyncProgressWidget::StatusIcon final : public QWidget
{
public:
    StatusIcon(StatusAnimator &animator, QWidget *parent)
        : QWidget(parent)
        , m_animator(animator)
    {
        setFixedSize(20, 20);
        connect(&animator, &StatusAnimator::frame, this, [this] { update(); });
    }
    ~StatusIcon() override { m_animator.setAnimating(this, false); }

    void setStatus(CardStatus status, bool running)
    {
        if (status != m_status)
            m_since = m_animator.nowMs();
        m_status = status;
        const bool spinning = running && status == CardStatus::Processing;
        m_animator.setAnimating(this, spinning || m_animator.fadeProgress(m_since) < 1.0);
        update();
    }
    CardStatus status() const { return m_status; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const qreal fade = m_animator.fadeProgress(m_since);
        StatusPainter::paint(&p, QRectF(rect()).adjusted(1, 1, -1, -1), m_status, palette(), fade,
                             StatusPainter::spinAngle(m_animator.nowMs()));
        // A finished fade no longer needs frames (a spinning arrow keeps them).
        if (fade >= 1.0 && m_status != CardStatus::Processing)
            m_animator.setAnimating(this, false);
    }

private:
    StatusAnimator &m_animator;
    CardStatus m_status = CardStatus::None;
    qint64 m_since = 0;
};

SyncProgressWidget::SyncProgressWidget(StatusAnimator &animator, QWidget *parent)
    : QWidget(parent)
    , m_animator(animator)
    , m_icon(new StatusIcon(animator, this))
    , m_current(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_eta(new QLabel(this))
    , m_stop(new QPushButton(Icons::themed(u"stop"_s), tr("&Complete now"), this))
{
    setObjectName(u"syncProgress"_s);
    m_bar->setRange(0, 100);
    m_bar->setFormat(tr("%p%"));
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(160);
    m_bar->setAccessibleName(tr("Sync progress"));
    m_current->setMinimumWidth(120);
    m_current->setTextFormat(Qt::PlainText);
    m_stop->setObjectName(u"completeNow"_s);
    m_stop->setToolTip(tr("Complete the sync now; characters not synced yet are skipped"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_current, 1);
    layout->addWidget(m_bar, 2);
    layout->addWidget(m_counts);
    layout->addWidget(m_eta);
    layout->addWidget(m_stop);
    connect(m_stop, &QPushButton::clicked, this, &SyncProgressWidget::stopRequested);
    setProgress({});
}

SyncProgressWidget::~SyncProgressWidget() = default;

QString SyncProgressWidget::formatEta(qint64 etaMs)
{
    if (etaMs < 0)
        return tr("Estimating time left…");
    const int seconds = int((etaMs + 999) / 1000);
    if (seconds < 60)
        return tr("About %n second(s) left", nullptr, std::max(1, seconds));
    return tr("About %n minute(s) left", nullptr, (seconds + 30) / 60);
}

void SyncProgressWidget::setProgress(const SyncProgress &progress)
{
    setVisible(progress.sessionId != 0);
    // While running, the icon is the current character's; afterwards, the sync's outcome.
    CardStatus icon = progress.currentStatus;
    if (!progress.running && !progress.outcome.isEmpty()) {
        icon = progress.outcome == u"completed"_s   ? CardStatus::Completed
               : progress.outcome == u"cancelled"_s ? CardStatus::Cancelled
                                                    : CardStatus::Failed;
    }
    m_icon->setStatus(icon, progress.running);
    m_bar->setValue(progress.percent());
    QString counts = tr("%1 of %n done", nullptr, progress.total).arg(progress.processed);
    if (progress.failed > 0)
        counts += tr(", %n failed", nullptr, progress.failed);
    m_counts->setText(counts);
    m_stop->setVisible(progress.running);
    m_eta->setVisible(progress.running);
    m_eta->setText(formatEta(progress.etaMs));

    QString current;
    if (progress.running) {
        current = progress.currentName.isEmpty()
                      ? tr("Reading the character list…")
                      : tr("%1: %2").arg(progress.currentName,
                                         CharacterListModel::statusText(progress.currentStatus));
    } else if (progress.outcome == u"completed"_s) {
        current =
            progress.single ? tr("%1 refreshed").arg(progress.currentName) : tr("Sync complete");
    } else if (progress.outcome == u"completed_with_errors"_s) {
        current = tr("Sync finished with problems");
    } else if (progress.outcome == u"cancelled"_s) {
        current = tr("Sync completed by hand");
    } else if (progress.outcome == u"failed"_s) {
        current = tr("Sync failed");
    }
    m_current->setText(current);
    m_current->setAccessibleName(current);
    m_counts->setAccessibleName(counts);
}

QString SyncProgressWidget::currentText() const
{
    return m_current->text();
}

QString SyncProgressWidget::countsText() const
{
    return m_counts->text();
}

QString SyncProgressWidget::etaText() const
{
    return m_eta->isVisibleTo(this) ? m_eta->text() : QString();
}

int SyncProgressWidget::percent() const
{
    return m_bar->value();
}

} // namespace bnet::ui
