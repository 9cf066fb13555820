#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace bnet {

namespace {

// Loads one translation and hands it to the application, which keeps it for its lifetime.
bool install(QCoreApplication &app, std::unique_ptr<QTranslator> translator)
{
    if (!QCoreApplication::installTranslator(translator.get()))
        return false;
    translator.release()->setParent(&app);
    return true;
}

} // namespace

QStringList installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QStringList installed;
    // Installed first so that it is looked up last: the language's own translation wins.
    auto plurals = std::make_unique<QTranslator>();
    if (plurals->load(u":/i18n/bnetsync_en.qm"_s) && install(app, std::move(plurals)))
        installed << u"en"_s;

    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return installed;
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, u"bnetsync"_s, u"_"_s, u":/i18n"_s)) {
        const QString language = own->language();
        if (install(app, std::move(own)))
            installed << language;
    } else {
        qCInfo(lcI18n) << "No translation for" << locale.name() << "- the app stays in English";
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(app, std::move(qt));
    return installed;
}

} // namespace bnet
