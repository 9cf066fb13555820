#pragma once

#include "model/CharacterRow.h"

#include <QPixmap>
#include <QRect>
#include <QString>

class QFont;
class QPainter;
class QStyleOptionViewItem;

namespace bnet::ui {

// What one card shows, already in words: the painter does not know the model.
struct CardContent
{
    QString name;
    QString levelRaceClass;
    QString realm;
    QString details; // item level and guild
    QString versionBadge;
    GameVersion version = GameVersion::Retail;
    int classId = 0;
    bool archived = false;
    QPixmap avatar;       // null: the placeholder (the name's initial on the class colour)
    qint64 rowId = 0;     // the character's database row (CharacterRow::character.rowId)
    quint64 revision = 0; // CharacterRow::revision: the body changes only when this does
    CardStatus status = CardStatus::None;
    qreal statusOpacity = 1.0;
    qreal spinAngle = 0.0;
};

// Paints a character card with the palette, font, state and direction of a view item option:
// the same code serves the grid, the tests (which render cards to images) and the benchmark.
// Right-to-left layouts are mirrored.
namespace CardPainter {

QSize sizeHint(const QFont &font);
// The whole card: paintBody() then paintStatus().
void paint(QPainter *painter, const QStyleOptionViewItem &option, const CardContent &content);
// Everything but the live status: what does not animate, so the delegate can keep it as a
// pixmap and repaint only the badge on each animation frame.
void paintBody(QPainter *painter, const QStyleOptionViewItem &option, const CardContent &content);
void paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const CardContent &content);
// The empty card (its frame and background, no text): what a card shows for the one frame it
// waits when many new cards appear at once (CardDelegate's new-card budget).
void paintSkeleton(QPainter *painter, const QStyleOptionViewItem &option);
// Where the status badge is, for tooltips.
QRect statusRect(const QStyleOptionViewItem &option);
// Whether the name does not fit and is shown elided (the tooltip then gives it in full).
bool isNameElided(const QStyleOptionViewItem &option, const CardContent &content);
// The avatar as a card draws it (the picture, or the initial on the class colour), for the
// detail panel.
QPixmap avatarPixmap(const QSize &size, qreal devicePixelRatio, const CardContent &content,
                     const QColor &background, const QFont &font);

} // namespace CardPainter

} // namespace bnet::ui
