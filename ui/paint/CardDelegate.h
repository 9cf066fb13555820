#pragma once

#include <QCache>
#include <QElapsedTimer>
#include <QList>
#include <QPixmap>
#include <QRect>
#include <QSet>
#include <QStyledItemDelegate>

#include <chrono>

namespace bnet::ui {

class AvatarImages;
class StatusAnimator;
struct CardContent;

// Draws a CharacterListModel row (through any proxy) as a card with CardPainter, taking the
// avatar from AvatarImages and the animation time from StatusAnimator. A card's body (all but
// its live status) is painted once into a pixmap and reused until the row's revision, its
// avatar, its state or the palette changes: an animation frame then costs a pixmap copy and a
// badge per card instead of laying out five lines of text. Tooltips: the failure reason over a
// failed card, the full name over an elided one.
//
// New-card budget: when a whole screen of cards appears at once (the first list of a sync),
// painting them all would hold the UI thread for one long frame. Between beginFrame() and
// takeDeferredCards() (the grid calls them around each paint), once a frame has spent the
// budget, cards never painted before show their empty frame and are returned for the next
// frame. A budget of 0 (the default) paints everything at once.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardDelegate)

public:
    CardDelegate(AvatarImages &avatars, const StatusAnimator &animator, QObject *parent = nullptr);
    ~CardDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    CardContent contentFor(const QModelIndex &index) const;
    void setCardWidth(int width) { m_cardWidth = width; }
    // Paints a sample card off screen with every glyph a card commonly uses, so the fonts'
    // glyph caches are filled before the first real cards appear (otherwise the first frame
    // with cards pays for rasterising them all at once).
    void warmUp(const QStyleOptionViewItem &option) const;
    // Forgets the painted bodies (the benchmark measures cold frames with it).
    void clearCache()
    {
        m_bodies.clear();
        m_paintedRows.clear();
    }
    void setNewCardBudget(std::chrono::nanoseconds budget) { m_newCardBudgetNs = budget.count(); }
    void beginFrame() const;
    // The cards this frame left for the next one (view coordinates); ends the frame.
    QList<QRect> takeDeferredCards() const;
    int cachedBodies() const { return int(m_bodies.count()); }
    int paintedCards() const { return int(m_paintedRows.size()); }
    bool hasPainted(qint64 rowId) const { return m_paintedRows.contains(rowId); }

private:
    AvatarImages &m_avatars;
    const StatusAnimator &m_animator;
    int m_cardWidth = 0;                       // 0: CardPainter's own
    mutable QCache<QString, QPixmap> m_bodies; // cost in KiB
    mutable QSet<qint64> m_paintedRows;        // rows whose card has been on screen
    qint64 m_newCardBudgetNs = 0;
    mutable QElapsedTimer m_frameClock; // valid between beginFrame() and takeDeferredCards()
    mutable QList<QRect> m_deferred;
    mutable int m_newCardsThisFrame = 0;

    QPixmap *paintBodyPixmap(const QStyleOptionViewItem &option, const CardContent &content,
                             qreal ratio, const QString &key) const;
};

} // namespace bnet::ui
