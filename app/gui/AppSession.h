#pragma once

#include "GuiOptions.h"

#include <memory>

namespace bnetsim {
class SimulatorThread;
}

namespace bnet {
class SecretStore;
class Settings;
class SystemClock;
} // namespace bnet

namespace bnet::ui {
class EngineBridge;
class MainWindow;
class SignInController;
} // namespace bnet::ui

namespace bnet::gui {

// One run of the app's parts: for the demo the simulated Battle.net, then the engine (on its
// thread) and the window. Destroyed in reverse: the window, the engine, the simulator.
class AppSession final
{
    Q_DISABLE_COPY_MOVE(AppSession)

public:
    explicit AppSession(const GuiOptions &options);
    ~AppSession();

    ui::MainWindow &window() { return *m_window; }
    bool isDemo() const { return m_simulator != nullptr; }
    // The player's sign-in (not in the demo).
    ui::SignInController *signIn() const { return m_signIn.get(); }

private:
    void startDemo(const GuiOptions &options, struct EngineWiring &wiring);
    void startReal(const GuiOptions &options, struct EngineWiring &wiring);
    void wireSignIn();

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ui::SignInController> m_signIn;
    std::unique_ptr<bnetsim::SimulatorThread> m_simulator;
    std::unique_ptr<ui::EngineBridge> m_bridge;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace bnet::gui
