#pragma once

#include <QCache>
#include <QPixmap>
#include <QSet>
#include <QStyledItemDelegate>

namespace bnet::ui {

class AvatarImages;
class StatusAnimator;
struct CardContent;

// Draws a CharacterListModel row (through any proxy) as a card with CardPainter, taking the
// avatar from AvatarImages and the animation time from StatusAnimator. A card's body (all but
// its live status) painted a second time is kept as a pixmap and reused until the row's
// revision, its avatar, its state or the palette changes: an animation frame then costs a
// pixmap copy and a badge per card instead of laying out five lines of text. Tooltips: the failure
// reason over a failed card, the full name over an elided one.
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
        m_seenOnce.clear();
    }
    int cachedBodies() const { return int(m_bodies.count()); }

private:
    AvatarImages &m_avatars;
    const StatusAnimator &m_animator;
    int m_cardWidth = 0;                       // 0: CardPainter's own
    mutable QCache<QString, QPixmap> m_bodies; // cost in KiB
    mutable QSet<QString> m_seenOnce;          // painted once, not cached yet
};

} // namespace bnet::ui
