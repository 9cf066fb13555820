// bnetsync: the desktop app. The composition root: parses the command line, picks the palette
// and starts a session (the demo's or the real one); everything else lives in ui/ and core/.
#include "AppSession.h"
#include "GuiOptions.h"
#include "util/AppIdentity.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QTimer>

#include <memory>

namespace {

std::unique_ptr<bnet::gui::AppSession> g_session;

void startSession(bnet::gui::GuiOptions options)
{
    g_session = std::make_unique<bnet::gui::AppSession>(options);
    bnet::ui::MainWindow &window = g_session->window();
    // "Try the demo" on the first-run page: the same window, now on the simulated Battle.net.
    QObject::connect(&window, &bnet::ui::MainWindow::demoRequested, qApp, [options]() mutable {
        options.demo = true;
        options.databasePath.clear();
        // Later: the window that asked must finish its click handler before it is destroyed.
        QTimer::singleShot(0, qApp, [options] { startSession(options); });
    });
    window.show();
}

} // namespace

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
    // Replacing the session closes the old window; that must not end the app.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [] {
        if (g_session && !g_session->window().isVisible())
            QApplication::quit();
    });
    startSession(options);
    const int result = QApplication::exec();
    g_session.reset();
    return result;
}
