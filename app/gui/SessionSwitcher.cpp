#include "SessionSwitcher.h"

#include "AppSession.h"
#include "widgets/MainWindow.h"

#include <QTimer>

namespace bnet::gui {

SessionSwitcher::SessionSwitcher(QObject *parent)
    : QObject(parent)
{}

SessionSwitcher::~SessionSwitcher() = default;

void SessionSwitcher::start(const GuiOptions &options)
{
    if (m_session)
        m_session->window().saveWindowState(); // the new window opens where the old one was
    auto next = std::make_unique<AppSession>(options);
    connect(&next->window(), &ui::MainWindow::demoRequested, this, [this, options] {
        GuiOptions demo = options;
        demo.demo = true;
        demo.databasePath.clear();
        // Later: the click that asked for it is still running in the window about to go.
        QTimer::singleShot(0, this, [this, demo] { start(demo); });
    });
    // Only the player closing the current window ends the app; QApplication must not quit on
    // its own when the last window goes, since replacing a session destroys one.
    connect(&next->window(), &ui::MainWindow::closed, this, &SessionSwitcher::quitRequested);
    next->window().show();
    m_session = std::move(next);
}

} // namespace bnet::gui
