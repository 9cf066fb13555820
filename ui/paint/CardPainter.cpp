#include "CardPainter.h"

#include "AvatarImages.h"
#include "ClassColours.h"
#include "StatusPainter.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionViewItem>

namespace bnet::ui::CardPainter {
namespace {

constexpr int kPadding = 10;
constexpr int kGap = 12; // between avatar and text
constexpr int kCardWidth = 280;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.12 : 11.0);
    return font;
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8.0);
    font.setBold(true);
    return font;
}

QColor versionColour(GameVersion version)
{
    switch (version) {
    case GameVersion::Retail:
        return {0x3D, 0x7F, 0xD9};
    case GameVersion::Classic:
        return {0xC9, 0x8E, 0x1E};
    case GameVersion::ClassicEra:
        return {0x9C, 0x6B, 0x3A};
    case GameVersion::Anniversary:
        return {0x8E, 0x44, 0xAD};
    }
    return {0x80, 0x80, 0x80};
}

// The layout in left-to-right coordinates; mirrored on paint for right-to-left.
struct Layout
{
    QRect card;
    QRect avatar;
    QRect status;
    QRect text;
    int nameHeight = 0;
    int lineHeight = 0;
};

Layout layoutFor(const QRect &rect, const QFont &font)
{
    Layout l;
    l.card = rect.adjusted(1, 1, -1, -1);
    l.nameHeight = QFontMetrics(nameFont(font)).height();
    l.lineHeight = QFontMetrics(font).height();
    const int side = std::min(64, l.card.height() - 2 * kPadding);
    l.avatar =
        QRect(l.card.left() + kPadding, l.card.top() + (l.card.height() - side) / 2, side, side);
    const int badge = std::max(18, side * 3 / 8);
    l.status = QRect(l.avatar.right() - badge + 6, l.avatar.bottom() - badge + 6, badge, badge);
    const int x = l.avatar.right() + 1 + kGap;
    l.text = QRect(x, l.card.top() + kPadding, l.card.right() - kPadding - x,
                   l.card.height() - 2 * kPadding);
    return l;
}

void drawPill(QPainter *p, const QRect &r, const QColor &fill, const QColor &text,
              const QString &label, const QFont &font)
{
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(QRectF(r), r.height() / 2.0, r.height() / 2.0);
    p->setPen(text);
    p->setFont(font);
    p->drawText(r, Qt::AlignCenter, label);
}

void drawAvatar(QPainter *p, const QRect &r, const CardContent &c, const QColor &cardBackground,
                const QFont &font)
{
    if (!c.avatar.isNull()) {
        // AvatarImages rounds the corners once; no clip path per paint.
        p->save();
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawPixmap(r, c.avatar);
        p->restore();
        return;
    }
    const QColor tint = classColour(c.classId);
    const QColor fill = mixColours(cardBackground, tint, 0.35);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    const qreal radius = AvatarImages::kCornerRadius * r.width() / 64.0;
    p->drawRoundedRect(QRectF(r), radius, radius);
    QFont initialFont = font;
    initialFont.setBold(true);
    initialFont.setPixelSize(std::max(10, r.height() / 2));
    p->setFont(initialFont);
    p->setPen(legibleOn(tint, fill, 3.0));
    p->drawText(r, Qt::AlignCenter, c.name.isEmpty() ? QString() : c.name.left(1).toUpper());
}

// The card's rounded frame and background, as its state shows it; returns the background.
QColor drawCardFrame(QPainter *p, const QStyleOptionViewItem &option, const QRect &card)
{
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor background =
        selected ? mixColours(base, highlight, 0.16) : mixColours(base, text, 0.04);
    QPen border(selected  ? highlight
                : hovered ? mixColours(base, text, 0.35)
                          : mixColours(base, text, 0.14),
                selected ? 2.0 : 1.0);
    if (focused && !selected)
        border = QPen(highlight, 1.0, Qt::DashLine);
    p->setPen(border);
    p->setBrush(background);
    p->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    return background;
}

} // namespace

QSize sizeHint(const QFont &font)
{
    const int name = QFontMetrics(nameFont(font)).height();
    const int line = QFontMetrics(font).height();
    const int height = std::max(64 + 2 * kPadding, 2 * kPadding + name + 3 * line + 6);
    return {kCardWidth, height + 2};
}

QPixmap avatarPixmap(const QSize &size, qreal devicePixelRatio, const CardContent &content,
                     const QColor &background, const QFont &font)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    drawAvatar(&painter, QRect(QPoint(0, 0), size), content, background, font);
    return pixmap;
}

QRect statusRect(const QStyleOptionViewItem &option)
{
    const Layout l = layoutFor(option.rect, option.font);
    return QStyle::visualRect(option.direction, option.rect, l.status);
}

bool isNameElided(const QStyleOptionViewItem &option, const CardContent &content)
{
    const Layout l = layoutFor(option.rect, option.font);
    const QFontMetrics badgeMetrics(badgeFont(option.font));
    const int badgeWidth = badgeMetrics.horizontalAdvance(content.versionBadge) + 14;
    return QFontMetrics(nameFont(option.font)).horizontalAdvance(content.name) >
           l.text.width() - badgeWidth - 6;
}

void paint(QPainter *painter, const QStyleOptionViewItem &option, const CardContent &content)
{
    paintBody(painter, option, content);
    paintStatus(painter, option, content);
}

void paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const CardContent &c)
{
    const Layout l = layoutFor(option.rect, option.font);
    painter->save();
    if (c.archived)
        painter->setOpacity(0.6);
    StatusPainter::paint(painter,
                         QRectF(QStyle::visualRect(option.direction, option.rect, l.status)),
                         c.status, option.palette, c.statusOpacity, c.spinAngle);
    painter->restore();
}

void paintSkeleton(QPainter *p, const QStyleOptionViewItem &option)
{
    const Layout l = layoutFor(option.rect, option.font);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    drawCardFrame(p, option, l.card);
    p->restore();
}

void paintBody(QPainter *p, const QStyleOptionViewItem &option, const CardContent &c)
{
    const QPalette &palette = option.palette;
    const Qt::LayoutDirection dir = option.direction;
    const Layout l = layoutFor(option.rect, option.font);
    const auto visual = [&](const QRect &r) { return QStyle::visualRect(dir, option.rect, r); };
    const Qt::Alignment leading = QStyle::visualAlignment(dir, Qt::AlignLeft | Qt::AlignVCenter);
    const QColor text = palette.color(QPalette::Text);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (c.archived)
        p->setOpacity(0.6);
    const QColor background = drawCardFrame(p, option, l.card);

    drawAvatar(p, visual(l.avatar), c, background, option.font);

    // Version badge at the end of the name line.
    const QFont smallBold = badgeFont(option.font);
    const QFontMetrics badgeMetrics(smallBold);
    const int badgeWidth = badgeMetrics.horizontalAdvance(c.versionBadge) + 14;
    const int badgeHeight = badgeMetrics.height() + 2;
    const QRect badge(l.text.right() - badgeWidth + 1,
                      l.text.top() + (l.nameHeight - badgeHeight) / 2, badgeWidth, badgeHeight);
    const QColor versionTint = versionColour(c.version);
    const QColor badgeFill = mixColours(background, versionTint, 0.22);
    drawPill(p, visual(badge), badgeFill, legibleOn(versionTint, badgeFill), c.versionBadge,
             smallBold);

    // Name in the class colour, made legible on this card's background.
    const QFont bold = nameFont(option.font);
    const QRect nameRect(l.text.left(), l.text.top(), l.text.width() - badgeWidth - 6,
                         l.nameHeight);
    p->setFont(bold);
    p->setPen(legibleOn(classColour(c.classId), background));
    p->drawText(visual(nameRect), leading,
                QFontMetrics(bold).elidedText(c.name, Qt::ElideRight, nameRect.width()));

    // Three lines of detail.
    p->setFont(option.font);
    const QFontMetrics metrics(option.font);
    const QColor secondary = legibleOn(mixColours(text, background, 0.35), background);
    int y = l.text.top() + l.nameHeight + 3;
    const auto line = [&](const QString &value, const QColor &colour, int reserved = 0) {
        const QRect r(l.text.left(), y, l.text.width() - reserved, l.lineHeight);
        p->setPen(colour);
        p->drawText(visual(r), leading, metrics.elidedText(value, Qt::ElideRight, r.width()));
        y += l.lineHeight + 1;
    };
    line(c.levelRaceClass, text);
    line(c.realm, secondary);
    int reserved = 0;
    if (c.archived) {
        const QString label = QApplication::translate("CardPainter", "Archived");
        const int width = badgeMetrics.horizontalAdvance(label) + 14;
        const QRect pill(l.text.right() - width + 1, y + (l.lineHeight - badgeHeight) / 2, width,
                         badgeHeight);
        const QColor fill = mixColours(background, text, 0.15);
        drawPill(p, visual(pill), fill, legibleOn(text, fill), label, smallBold);
        p->setFont(option.font);
        reserved = width + 6;
    }
    line(c.details, secondary, reserved);
    p->restore();
}

} // namespace bnet::ui::CardPainter
