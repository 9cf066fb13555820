// bnetsync: the desktop app. The composition root: parses the command line, picks the palette
// and starts a session (the demo's or the real one); everything else lives in ui/ and core/.
#include "AppSession.h"
#include "GuiOptions.h"
#include "util/AppIdentity.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QTimer>

#include <functional>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    bnet::configureApplicationIdentity();
    QApplication::setApplicationDisplayName(
        QApplication::translate("gui", "Battle.net Character Sync"));
    QApplication::setDesktopFileName(QStringLiteral("app.bnetsync.bnetsync"));

    bnet::gui::GuiOptions options;
    int exitCode = 0;
    if (!bnet::gui::parseGuiOptions(QApplication::arguments(), options, exitCode))
        return exitCode;
    bnet::gui::applyPalette(options.palette);

    std::unique_ptr<bnet::gui::AppSession> session;
    std::function<void(bnet::gui::GuiOptions)> start = [&](bnet::gui::GuiOptions chosen) {
        if (session) // the new window opens where the old one was
            session->window().saveWindowState();
        auto next = std::make_unique<bnet::gui::AppSession>(chosen);
        // "Try the demo" on the first-run page: a new session on the simulated Battle.net, once
        // the click that asked for it has returned (its window is about to be destroyed).
        QObject::connect(&next->window(), &bnet::ui::MainWindow::demoRequested, &app,
                         [&start, chosen] {
                             bnet::gui::GuiOptions demo = chosen;
                             demo.demo = true;
                             demo.databasePath.clear();
                             QTimer::singleShot(0, qApp, [&start, demo] { start(demo); });
                         });
        // The new window is up before the old one goes, so there is always a window.
        next->window().show();
        session = std::move(next);
    };
    // Replacing the session closes a window; only the player closing the current one quits.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [&session] {
        if (session && !session->window().isVisible())
            QApplication::quit();
    });
    start(options);
    const int result = QApplication::exec();
    session.reset(); // the window, then the engine thread, then the simulator
    return result;
}
