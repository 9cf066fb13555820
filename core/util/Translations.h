#pragma once

#include <QLocale>

class QCoreApplication;

namespace bnet {

// Installs the app's translations for `locale` on `app`: first the English plural forms
// (":/i18n/bnetsync_en.qm", so "%n character(s)" reads "1 character" / "2 characters"), then
// the app's own translation for the locale's language, then Qt's for its dialogs and buttons.
// The .qm files are compiled into each executable under :/i18n (translations/CMakeLists.txt);
// a missing one is skipped and the English source text shows. Returns the languages installed
// (the file names' suffixes, e.g. "en", "de") so callers and tests can tell what took effect.
QStringList installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace bnet
