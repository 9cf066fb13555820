#pragma once

#include "GuiOptions.h"

#include <QObject>

#include <memory>

namespace bnet::gui {

class AppSession;

// Holds the app's current session and replaces it when the first-run page asks for the demo:
// the new window is shown (where the old one was) before the old session is destroyed, so
// there is always a window and the app does not take the swap for the player quitting.
class SessionSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSwitcher)

public:
    explicit SessionSwitcher(QObject *parent = nullptr);
    ~SessionSwitcher() override;

    void start(const GuiOptions &options);
    AppSession *session() const { return m_session.get(); }

Q_SIGNALS:
    // The player closed the current window.
    void quitRequested();

private:
    std::unique_ptr<AppSession> m_session;
};

} // namespace bnet::gui
