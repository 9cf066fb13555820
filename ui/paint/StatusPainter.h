#pragma once

#include "model/CharacterRow.h"

#include <QColor>
#include <QRectF>

class QPainter;
class QPalette;

namespace bnet::ui {

// The live-status badge: a spinning blue arrow (processing), a green check (completed), a red
// cross (failed), a hollow ring (waiting), a dash (skipped). Drawn as paths, so it is sharp at
// any scale; used by the cards, the progress bar and the detail panel.
namespace StatusPainter {

inline constexpr int kSpinPeriodMs = 1000;

QColor colour(CardStatus status, const QPalette &palette);
// `opacity` fades the badge in (0..1); `angleDegrees` turns the processing arrow.
void paint(QPainter *painter, const QRectF &rect, CardStatus status, const QPalette &palette,
           qreal opacity = 1.0, qreal angleDegrees = 0.0);
// The arrow's angle at a moment of the animation clock.
qreal spinAngle(qint64 nowMs);

} // namespace StatusPainter

} // namespace bnet::ui
