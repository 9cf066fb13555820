// bnetsync: the desktop app. The composition root: parses the command line, picks the palette
// and starts a session (the demo's or the real one); everything else lives in ui/ and core/.
#include "GuiOptions.h"
#include "SessionSwitcher.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    bnet::configureApplicationIdentity();
    bnet::installTranslations(app);
    QApplication::setApplicationDisplayName(
        QApplication::translate("gui", "Battle.net Character Sync"));
    QApplication::setDesktopFileName(QStringLiteral("app.bnetsync.bnetsync"));

    bnet::gui::GuiOptions options;
    int exitCode = 0;
    if (!bnet::gui::parseGuiOptions(QApplication::arguments(), options, exitCode))
        return exitCode;
    bnet::gui::applyPalette(options.palette);

    QApplication::setQuitOnLastWindowClosed(false); // SessionSwitcher says when
    bnet::gui::SessionSwitcher sessions;
    QObject::connect(&sessions, &bnet::gui::SessionSwitcher::quitRequested, &app,
                     &QApplication::quit);
    sessions.start(options);
    return QApplication::exec();
    // ~SessionSwitcher: the window, then the engine thread, then the simulator.
}
