#pragma once

#include <QCollator>
#include <QString>
#include <QStringView>

namespace bnet::ui {

// Text folded for matching what a player types: lower case, accents dropped ("Léonie" and
// "leonie" match, as do "Ælfwyn" and "aelfwyn"). Scripts without accents are kept as they are.
QString foldForSearch(QStringView text);

// How names are sorted: the player's locale (English collation in the "C" locale of containers
// and CI, where code-point order would put "Ælfwyn" after "zed"), case-insensitive, numbers as
// numbers. A new collator per call: QCollator must not be shared between threads.
QCollator nameCollator();

} // namespace bnet::ui
