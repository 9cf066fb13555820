#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace bnet::ui {

// World of Warcraft class ids as Battle.net numbers them (1 Warrior ... 13 Evoker).
QList<int> knownClassIds();
// The class's name in the app's language (the API's own name may be in another locale).
QString classDisplayName(int classId);
// The class colour as the game shows it; a neutral grey for an unknown class.
QColor classColour(int classId);

// `from` moved `amount` (0..1) of the way to `to`: derives card and badge colours from the
// palette so light and dark themes both work.
QColor mixColours(const QColor &from, const QColor &to, double amount);

// WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// `colour` moved towards black or white (whichever the background lacks) just far enough to
// reach `minimumContrast` against `background`, keeping its hue: the priest's white stays
// readable on a light card and the death knight's red on a dark one.
QColor legibleOn(const QColor &colour, const QColor &background, double minimumContrast = 4.5);

} // namespace bnet::ui
