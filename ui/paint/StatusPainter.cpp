#include "StatusPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace bnet::ui::StatusPainter {
namespace {

// The three statuses a player must tell apart at a glance keep fixed, saturated colours (the
// badge's own background keeps them readable on light and dark palettes alike).
const QColor kBlue(0x1E, 0x88, 0xE5);
const QColor kGreen(0x2E, 0xA0, 0x4F);
const QColor kRed(0xDC, 0x35, 0x35);

void drawArrow(QPainter *p, const QRectF &r, const QColor &colour, qreal angle)
{
    p->save();
    p->translate(r.center());
    p->rotate(angle);
    const qreal radius = r.width() * 0.30;
    QPen pen(colour, r.width() * 0.11, Qt::SolidLine, Qt::RoundCap);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QRectF arc(-radius, -radius, 2 * radius, 2 * radius);
    // Three quarters of a circle, clockwise from twelve to nine o'clock, and a head at nine
    // pointing up: it turns the same way as the animation (a positive rotation is clockwise).
    p->drawArc(arc, 90 * 16, -270 * 16);
    QPainterPath head;
    const qreal s = r.width() * 0.17;
    head.moveTo(-radius - s, s * 0.2);
    head.lineTo(-radius + s, s * 0.2);
    head.lineTo(-radius, -s * 1.1);
    head.closeSubpath();
    p->setPen(Qt::NoPen);
    p->setBrush(colour);
    p->drawPath(head);
    p->restore();
}

void drawCheck(QPainter *p, const QRectF &r, const QColor &colour)
{
    QPainterPath path;
    path.moveTo(r.left() + r.width() * 0.27, r.top() + r.height() * 0.52);
    path.lineTo(r.left() + r.width() * 0.43, r.top() + r.height() * 0.68);
    path.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.34);
    p->setPen(QPen(colour, r.width() * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
}

void drawCross(QPainter *p, const QRectF &r, const QColor &colour)
{
    const qreal a = 0.33;
    const qreal b = 0.67;
    p->setPen(QPen(colour, r.width() * 0.13, Qt::SolidLine, Qt::RoundCap));
    p->drawLine(QPointF(r.left() + r.width() * a, r.top() + r.height() * a),
                QPointF(r.left() + r.width() * b, r.top() + r.height() * b));
    p->drawLine(QPointF(r.left() + r.width() * b, r.top() + r.height() * a),
                QPointF(r.left() + r.width() * a, r.top() + r.height() * b));
}

} // namespace

QColor colour(CardStatus status, const QPalette &palette)
{
    switch (status) {
    case CardStatus::Processing:
        return kBlue;
    case CardStatus::Completed:
        return kGreen;
    case CardStatus::Failed:
        return kRed;
    case CardStatus::Queued:
    case CardStatus::Cancelled:
    case CardStatus::None:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

qreal spinAngle(qint64 nowMs)
{
    return 360.0 * qreal(nowMs % kSpinPeriodMs) / kSpinPeriodMs;
}

void paint(QPainter *painter, const QRectF &rect, CardStatus status, const QPalette &palette,
           qreal opacity, qreal angleDegrees)
{
    if (status == CardStatus::None || opacity <= 0.0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(painter->opacity() * opacity);
    const QColor c = colour(status, palette);
    // A disc in the base colour under every badge keeps it readable over any avatar.
    const QRectF disc = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(QPen(c, std::max<qreal>(1.0, rect.width() * 0.07)));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawEllipse(disc);
    switch (status) {
    case CardStatus::Processing:
        drawArrow(painter, rect, c, angleDegrees);
        break;
    case CardStatus::Completed:
        drawCheck(painter, rect, c);
        break;
    case CardStatus::Failed:
        drawCross(painter, rect, c);
        break;
    case CardStatus::Cancelled:
        painter->setPen(QPen(c, rect.width() * 0.12, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(rect.left() + rect.width() * 0.32, rect.center().y()),
                          QPointF(rect.right() - rect.width() * 0.32, rect.center().y()));
        break;
    case CardStatus::Queued:
        painter->setBrush(c);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(rect.center(), rect.width() * 0.12, rect.width() * 0.12);
        break;
    case CardStatus::None:
        break;
    }
    painter->restore();
}

} // namespace bnet::ui::StatusPainter
