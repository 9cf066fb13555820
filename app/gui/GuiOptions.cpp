#include "GuiOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace bnet::gui {

bool parseGuiOptions(const QStringList &arguments, GuiOptions &options, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "gui", "Battle.net Character Sync: every World of Warcraft character on your account."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"demo"_s, QApplication::translate(
                                     "gui", "Run against the built-in simulated Battle.net, with "
                                            "a demo account and its own database.")});
    parser.addOption(
        {u"db"_s, QApplication::translate("gui", "The SQLite database to use."), u"path"_s});
    parser.addOption({u"palette"_s,
                      QApplication::translate("gui", "Use the Fusion style with a light or dark "
                                                     "palette instead of the platform's."),
                      u"light|dark"_s});
    parser.addOption({u"demo-latency-ms"_s,
                      QApplication::translate("gui", "Demo: the simulator's answer delay."),
                      u"ms"_s, QString::number(options.demoLatencyMs)});
    parser.addOption({u"demo-jitter-ms"_s,
                      QApplication::translate("gui", "Demo: random extra or less delay."), u"ms"_s,
                      QString::number(options.demoJitterMs)});
    parser.addOption({u"demo-characters"_s,
                      QApplication::translate("gui", "Demo: a generated account of N characters."),
                      u"N"_s});
    parser.addOption({u"demo-fault"_s,
                      QApplication::translate("gui", "Demo: inject a simulator fault, "
                                                     "PATTERN=STEPS (repeatable)."),
                      u"spec"_s});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        exitCode = 2;
        return false;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s)) {
        exitCode = 0;
        if (parser.isSet(u"help"_s))
            QTextStream(stdout) << parser.helpText();
        else
            QTextStream(stdout) << QApplication::applicationVersion() << '\n';
        return false;
    }
    options.demo = parser.isSet(u"demo"_s);
    options.databasePath = parser.value(u"db"_s);
    options.palette = parser.isSet(u"palette"_s) ? parser.value(u"palette"_s)
                                                 : qEnvironmentVariable("BNETSYNC_PALETTE");
    options.demoLatencyMs = parser.value(u"demo-latency-ms"_s).toInt();
    options.demoJitterMs = parser.value(u"demo-jitter-ms"_s).toInt();
    options.demoCharacters = parser.value(u"demo-characters"_s).toInt();
    options.demoFaults = parser.values(u"demo-fault"_s);
    if (!options.palette.isEmpty() && options.palette != u"dark"_s &&
        options.palette != u"light"_s) {
        QTextStream(stderr) << QApplication::translate("gui", "--palette takes light or dark")
                            << '\n';
        exitCode = 2;
        return false;
    }
    return true;
}

void applyPalette(const QString &palette)
{
    if (palette.isEmpty())
        return; // the platform's style and palette
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (palette == u"light"_s) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x7A, 0x7C, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3C, 0x41));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9C, 0xA0));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3C));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x3D, 0x7F, 0xD9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6A, 0xA9, 0xF5));
    dark.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4C));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    dark.setColor(QPalette::Light, QColor(0x4A, 0x4C, 0x52));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(dark);
}

} // namespace bnet::gui
