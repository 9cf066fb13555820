#include "AppSession.h"

#include "SimulatorThread.h"
#include "engine/EngineBridge.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "signin/SignInController.h"
#include "store/Database.h"
#include "sync/SyncController.h"
#include "util/Clock.h"
#include "widgets/Banner.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
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

    if (m_signIn)
        wireSignIn();
    else
        QObject::connect(m_window.get(), &ui::MainWindow::signInRequested, m_window.get(),
                         [window = m_window.get()] {
                             window->banner().showProblem(
                                 {ui::Problem::Severity::Info,
                                  QApplication::translate("gui", "The demo plays a simulated "
                                                                 "account; quit it and start "
                                                                 "the app without --demo to "
                                                                 "sign in with Battle.net."),
                                  ui::Problem::Action::None});
                         });
}

void AppSession::wireSignIn()
{
    ui::MainWindow *window = m_window.get();
    ui::EngineBridge *bridge = m_bridge.get();
    ui::SignInController *signIn = m_signIn.get();
    QObject::connect(window, &ui::MainWindow::signInRequested, signIn,
                     [signIn, window] { signIn->showDialog(window); });
    QObject::connect(signIn, &ui::SignInController::credentialsChanged, bridge,
                     &ui::EngineBridge::setCredentials);
    QObject::connect(
        signIn, &ui::SignInController::problem, window,
        [window](const ui::Problem &problem) { window->banner().showProblem(problem); });
    // Battle.net refused the user token: the sign-in is over before its time.
    QObject::connect(&window->controller(), &ui::SyncController::problem, signIn,
                     [signIn](const ui::Problem &problem) {
                         if (problem.action == ui::Problem::Action::SignIn)
                             signIn->session().userTokenRejected();
                     });
    QObject::connect(
        &signIn->session(), &AuthSession::stateChanged, window, [window](AuthSession::State state) {
            if (state == AuthSession::State::Expired || state == AuthSession::State::SignedOut)
                window->setAccount(std::nullopt); // Sync now asks to sign in
        });
    // The stored sign-in, once the keychain answered.
    QObject::connect(signIn, &ui::SignInController::ready, window,
                     [signIn, window] { window->setAccount(signIn->account()); });
    // A new sign-in: show whose characters these are and fetch them.
    QObject::connect(signIn, &ui::SignInController::signedIn, window,
                     [window](const ui::SyncAccount &account) {
                         window->setAccount(account);
                         window->banner().clear();
                         window->syncAllAction()->trigger();
                     });
    signIn->load();
}

AppSession::~AppSession()
{
    m_window.reset();
    m_signIn.reset();
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
    m_clock = std::make_unique<SystemClock>();
    m_settings = std::make_unique<Settings>();
    m_secrets = SecretStore::systemKeychain();
    ApiEndpoints endpoints = ApiEndpoints::battleNet();
    if (!m_settings->apiLocale().isEmpty())
        endpoints.locale = m_settings->apiLocale();
    wiring.setup.engine.endpoints = endpoints;
    // The credentials arrive from the keychain a moment later (SignInController::ready).
    m_signIn = std::make_unique<ui::SignInController>(
        *m_settings, *m_secrets, *m_clock, endpoints,
        [](const QUrl &url) { return QDesktopServices::openUrl(url); });
}

} // namespace bnet::gui
