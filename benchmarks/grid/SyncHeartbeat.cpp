// The heartbeat half of bench_grid: the real window, engine thread and simulator, a sync of
// many characters, and a 4 ms timer on the UI thread whose late ticks show how long the UI
// thread was ever busy (painting, applying rows, anything).
#include "BenchSupport.h"
#include "SimulatorThread.h"
#include "engine/EngineBridge.h"
#include "model/CharacterListModel.h"
#include "sync/SyncController.h"
#include "widgets/MainWindow.h"

#include <QElapsedTimer>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <ctime>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace bench {
namespace {

// CPU time this thread has used: tells a UI thread busy with our work from one that was
// ready but had to wait for a core (two cores here, shared with the simulator, the engine and
// its pool in this very process).
qint64 threadCpuNs()
{
#ifdef Q_OS_LINUX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#else
    return 0;
#endif
}

} // namespace

int runSyncHeartbeat(int characters, int latencyMs, int jitterMs)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    bnetsim::SimulatedBattleNet::Options options;
    options.latencyMs = latencyMs;
    options.jitterMs = jitterMs;
    bnetsim::SimulatorThread simulator(bnetsim::SimulatorData::generated(characters), options);
    QString error;
    if (!simulator.start(&error)) {
        out << "simulator: " << error << '\n';
        return 1;
    }
    EngineBridge::Setup setup;
    setup.databasePath = dir.filePath(u"heartbeat.sqlite"_s);
    setup.engine.endpoints = ApiEndpoints::singleHost(simulator.baseUrl(), simulator.renderUrl());
    setup.engine.avatarDirectory = dir.filePath(u"avatars"_s);
    setup.engine.clientId = options.clientId.toUtf8();
    setup.engine.clientSecret = options.clientSecret.toUtf8();
    const bnetsim::SimAccount account = simulator.server().data().accounts.constFirst();
    setup.engine.userToken = account.userToken.toUtf8();
    EngineBridge bridge(setup);
    MainWindow::Options windowOptions;
    windowOptions.settingsGroup = u"BenchGrid"_s;
    MainWindow window(bridge, windowOptions);
    SyncAccount syncAccount{account.id, account.battleTag, account.userToken.toUtf8()};
    syncAccount.regions = {Region::US, Region::EU};
    window.setAccount(syncAccount);
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &MainWindow::charactersShown);
    if (!shown.wait(30'000)) {
        out << "the window did not load\n";
        return 1;
    }

    constexpr int kInterval = 4;
    QList<double> gaps;
    struct Late
    {
        double gapMs;
        double cpuMs; // of that, how long the UI thread itself was running
        double atSeconds;
        int rows;
        int processed;
    };
    QList<double> busy; // UI-thread CPU time between two ticks
    QList<Late> late;   // what was going on when the UI thread was late
    QElapsedTimer clock;
    qint64 last = -1;
    qint64 lastCpu = threadCpuNs();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kInterval);
    QObject::connect(&heartbeat, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (last >= 0) {
            const double gap = (now - last) / 1e6;
            const double ran = (cpu - lastCpu) / 1e6;
            gaps << gap;
            busy << ran;
            if (gap > 12.0 || ran > 12.0)
                late.append({gap, ran, now / 1e9, window.model().rowCount(),
                             window.controller().progress().processed});
        }
        last = now;
        lastCpu = cpu;
    });
    QSignalSpy finished(&window.controller(), &SyncController::sessionFinished);
    clock.start();
    heartbeat.start();
    window.controller().syncAll();
    const bool done = finished.wait(15 * 60'000);
    heartbeat.stop();
    const double seconds = clock.elapsed() / 1000.0;
    if (!done) {
        out << "the sync did not finish\n";
        return 1;
    }
    const Stats s = stats(gaps);
    const auto over = std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > 16.0; });
    const Stats b = stats(busy);
    const auto busyOver =
        std::count_if(busy.cbegin(), busy.cend(), [](double g) { return g > 16.0; });
    out << QString::asprintf(
        "sync of %d characters (simulator latency %d±%d ms): %s in %.1f s; %d cards in the "
        "model\n",
        characters, latencyMs, jitterMs, qPrintable(finished.constFirst().at(1).toString()),
        seconds, window.model().rowCount());
    out << QString::asprintf(
        "UI heartbeat every %d ms: %lld ticks, gap median %.2f ms, p95 %.2f ms, max %.2f ms; "
        "gaps over 16 ms: %lld\n",
        kInterval, qint64(gaps.size()), s.median, s.p95, s.max, qint64(over));
    out << QString::asprintf("UI thread's own running time between ticks: median %.2f ms, p95 "
                             "%.2f ms, max %.2f ms; over 16 ms: %lld (the rest of a long gap is "
                             "the thread waiting for a CPU)\n",
                             b.median, b.p95, b.max, qint64(busyOver));
    for (const Late &l : std::as_const(late))
        out << QString::asprintf("  late tick: %.2f ms (UI thread running %.2f ms of it) at %.2f s "
                                 "(%d cards loaded, %d processed)\n",
                                 l.gapMs, l.cpuMs, l.atSeconds, l.rows, l.processed);
    out << QString::asprintf("resident memory after the sync: %.1f MiB (peak %.1f MiB)\n",
                             residentMiB(), peakResidentMiB());
    return 0;
}

} // namespace bench
