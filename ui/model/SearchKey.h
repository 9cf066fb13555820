#pragma once

#include <QString>
#include <QStringView>

namespace bnet::ui {

// Text folded for matching what a player types: lower case, accents dropped ("Léonie" and
// "leonie" match, as do "Ælfwyn" and "aelfwyn"). Scripts without accents are kept as they are.
QString foldForSearch(QStringView text);

} // namespace bnet::ui
