#include "AppSession.h"

#include "SimulatorThread.h"
#include "engine/EngineBridge.h"
#include "store/Database.h"
#include "widgets/Banner.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bnet::gui {

struct EngineWiring
{
    ui::EngineBridge::Setup setup;
    std::optional<ui::SyncAccount> account;
    QString startupProblem;
};

namespace {

QString dataFile(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name);
}

} // namespace

AppSession::AppSession(const GuiOptions &options)
{
    EngineWiring wiring;
    if (options.demo)
        startDemo(options, wiring);
    else
        startReal(options, wiring);

    m_bridge = std::make_unique<ui::EngineBridge>(wiring.setup);
    ui::MainWindow::Options windowOptions;
    windowOptions.demo = options.demo;
    windowOptions.syncOnStart = options.demo && wiring.account.has_value();
    m_window = std::make_unique<ui::MainWindow>(*m_bridge, windowOptions);
    m_window->setAccount(wiring.account);
    if (!wiring.startupProblem.isEmpty())
        m_window->banner().showProblem(
            {ui::Problem::Severity::Error, wiring.startupProblem, ui::Problem::Action::None});

    // SIGN-IN SEAM (issue 4): a token from the environment stands in for the Battle.net
    // sign-in, as in the CLI. The real sign-in replaces this block and the handler below.
    const QByteArray token = qgetenv("BNETSYNC_TOKEN");
    if (!options.demo && !token.isEmpty()) {
        ui::MainWindow *window = m_window.get();
        QObject::connect(m_bridge.get(), &ui::EngineBridge::opened, window,
                         [bridge = m_bridge.get(), token] { bridge->identify(token); });
        QObject::connect(
            m_bridge.get(), &ui::EngineBridge::identified, window,
            [window, token](qint64 id, const QString &battleTag, const QString &error) {
                if (!error.isEmpty()) {
                    window->banner().showProblem(
                        {ui::Problem::Severity::Error, error, ui::Problem::Action::SignIn});
                    return;
                }
                window->setAccount(ui::SyncAccount{id, battleTag, token});
            });
    }
    QObject::connect(m_window.get(), &ui::MainWindow::signInRequested, m_window.get(),
                     [window = m_window.get()] {
                         window->banner().showProblem(
                             {ui::Problem::Severity::Info,
                              QApplication::translate(
                                  "gui", "Signing in with Battle.net is not available in this "
                                         "build yet. Start the app with BNETSYNC_TOKEN set to a "
                                         "Battle.net user token, or try the demo."),
                              ui::Problem::Action::None});
                     });
}

AppSession::~AppSession()
{
    m_window.reset();
    m_bridge.reset();
    m_simulator.reset();
}

void AppSession::startDemo(const GuiOptions &options, EngineWiring &wiring)
{
    bnetsim::SimulatedBattleNet::Options simulatorOptions;
    simulatorOptions.latencyMs = options.demoLatencyMs;
    simulatorOptions.jitterMs = options.demoJitterMs;
    m_simulator = std::make_unique<bnetsim::SimulatorThread>(
        options.demoCharacters > 0 ? bnetsim::SimulatorData::generated(options.demoCharacters)
                                   : bnetsim::SimulatorData::demo(),
        simulatorOptions);
    QString error;
    if (!m_simulator->start(&error)) {
        wiring.startupProblem =
            QApplication::translate("gui", "The simulated Battle.net could not start: %1")
                .arg(error);
    } else {
        for (const QString &fault : options.demoFaults) {
            if (!m_simulator->server().addFault(fault, &error))
                wiring.startupProblem = error;
        }
        const bnetsim::SimAccount account = m_simulator->server().data().accounts.constFirst();
        ui::SyncAccount demo{account.id, account.battleTag,
                             m_simulator->server().userToken().toUtf8()};
        demo.regions = {Region::US, Region::EU}; // where the demo account has characters
        wiring.account = demo;
        wiring.setup.engine.endpoints =
            ApiEndpoints::singleHost(m_simulator->baseUrl(), m_simulator->renderUrl());
        wiring.setup.engine.clientId = simulatorOptions.clientId.toUtf8();
        wiring.setup.engine.clientSecret = simulatorOptions.clientSecret.toUtf8();
        wiring.setup.engine.userToken = demo.userToken;
    }
    wiring.setup.databasePath =
        options.databasePath.isEmpty() ? dataFile(u"demo.sqlite"_s) : options.databasePath;
    wiring.setup.engine.avatarDirectory =
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(u"demo-avatars"_s);
}

void AppSession::startReal(const GuiOptions &options, EngineWiring &wiring)
{
    wiring.setup.databasePath =
        options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
    wiring.setup.engine.clientId = qgetenv("BNETSYNC_CLIENT_ID");
    wiring.setup.engine.clientSecret = qgetenv("BNETSYNC_CLIENT_SECRET");
    wiring.setup.engine.userToken = qgetenv("BNETSYNC_TOKEN");
    wiring.setup.engine.endpoints.locale = ApiEndpoints::defaultLocale();
}

} // namespace bnet::gui
