#include "GuiHarness.h"

#include "EngineHarness.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

GuiHarness::GuiHarness(Options options)
    : m_options(std::move(options))
    , m_simulator(m_options.data, m_options.simulator)
{
    QString error;
    if (!m_dir.isValid() || !m_simulator.start(&error)) {
        qWarning("harness: %s", qPrintable(error));
        return;
    }
    m_databasePath = m_options.databasePath.isEmpty() ? m_dir.filePath(u"bnetsync.sqlite"_s)
                                                      : m_options.databasePath;
    makeBridge();
    m_ready = true;
}

GuiHarness::~GuiHarness()
{
    m_bridge.reset();
}

void GuiHarness::makeBridge()
{
    bnet::ui::EngineBridge::Setup setup;
    setup.databasePath = m_databasePath;
    setup.engine.endpoints =
        bnet::ApiEndpoints::singleHost(m_simulator.baseUrl(), m_simulator.renderUrl());
    setup.engine.http = EngineHarness::fastHttp();
    setup.engine.sync = EngineHarness::fastSync();
    setup.engine.avatarDirectory = m_dir.filePath(u"avatars"_s);
    setup.engine.clientId = m_options.simulator.clientId.toUtf8();
    setup.engine.clientSecret = m_options.simulator.clientSecret.toUtf8();
    setup.engine.userToken = m_simulator.server().userToken().toUtf8();
    m_bridge = std::make_unique<bnet::ui::EngineBridge>(setup);
}

bnet::ui::SyncAccount GuiHarness::account()
{
    const bnetsim::SimAccount first = m_simulator.server().data().accounts.constFirst();
    bnet::ui::SyncAccount account{first.id, first.battleTag, first.userToken.toUtf8()};
    account.regions = {bnet::Region::US, bnet::Region::EU};
    return account;
}

void GuiHarness::restartBridge()
{
    m_bridge.reset();
    makeBridge();
}

bool GuiHarness::openDatabase()
{
    QSignalSpy opened(m_bridge.get(), &bnet::ui::EngineBridge::opened);
    m_bridge->start();
    if (!opened.wait(10'000))
        return false;
    return !opened.constFirst().constFirst().value<bnet::StoreError>().isError();
}
