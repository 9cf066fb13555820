#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace bnet::ui {

// The app's SVG icons (resources/icons), drawn at whatever size and device pixel ratio they
// are asked for. Monochrome icons are tinted with the palette's text colour at paint time, so
// they follow light and dark palettes; `tint` overrides it (the banner's warning colour).
namespace Icons {

void initResources();
QIcon themed(const QString &name, const QColor &tint = {});
QIcon app();

} // namespace Icons

} // namespace bnet::ui
