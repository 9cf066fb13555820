#pragma once

#include "GuiOptions.h"

#include <memory>

namespace bnetsim {
class SimulatorThread;
}

namespace bnet::ui {
class EngineBridge;
class MainWindow;
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

private:
    void startDemo(const GuiOptions &options, struct EngineWiring &wiring);
    void startReal(const GuiOptions &options, struct EngineWiring &wiring);

    std::unique_ptr<bnetsim::SimulatorThread> m_simulator;
    std::unique_ptr<ui::EngineBridge> m_bridge;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace bnet::gui
