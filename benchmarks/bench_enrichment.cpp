// Enrichment benchmark (not a test): a cold sync of 1,000 characters against the simulated
// Battle.net at 100 requests/s and 50 ms latency, a warm re-sync of the same account, and a
// one-request-at-a-time baseline on 100 characters, side by side in one run. The engine runs
// on its own thread, as in the desktop app; the main thread only receives the events and keeps
// a heartbeat timer whose longest stall is reported. Prints figures and ratios.
#include "SimulatorThread.h"
#include "engine/Engine.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

constexpr int kLatencyMs = 50;
constexpr int kRatePerSecond = 100;

struct RunFigures
{
    int characters = 0;
    qint64 wallMs = 0;
    qint64 requests = 0;        // every request on the wire (API + avatars + OAuth)
    qint64 rateLimited = 0;     // API requests, counted against the quota
    qint64 tooManyRequests = 0; // 429s received
    qint64 notModified = 0;
    qint64 bodyBytes = 0;
    qint64 profiles = 0;
    qint64 media = 0;
    qint64 avatars = 0;
    QString status;
    int failed = 0;
};

// The longest gap between ticks of a 5 ms timer on the thread that receives the events.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_clock.restart();
            m_maxStallMs = std::max(m_maxStallMs, gap - m_timer.interval());
        });
    }
    void start()
    {
        m_maxStallMs = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_maxStallMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxStallMs = 0;
};

// An engine on a thread of its own, driven from the main thread.
class EngineOnThread
{
public:
    EngineOnThread(Database &database, const Clock &clock, Engine::Config config)
    {
        m_thread.setObjectName(u"engine"_s);
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        onEngineThread([&] { m_engine = std::make_unique<Engine>(database, clock, config); });
    }
    ~EngineOnThread()
    {
        onEngineThread([&] { m_engine.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    template<typename F>
    void onEngineThread(F f)
    {
        QMetaObject::invokeMethod(&m_anchor, f, Qt::BlockingQueuedConnection);
    }
    Engine &engine() { return *m_engine; }

private:
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<Engine> m_engine;
};

RunFigures runSync(EngineOnThread &runner, bnetsim::SimulatorThread &simulator,
                   Heartbeat &heartbeat)
{
    const bnetsim::SimAccount account = simulator.server().data().accounts.constFirst();
    simulator.server().resetCounters();
    runner.onEngineThread([&] { runner.engine().http().resetStats(); });

    RunFigures figures;
    QEventLoop loop;
    QObject receiver;
    qint64 sessionId = 0;
    QObject::connect(&runner.engine().sync(), &SyncService::eventOccurred, &receiver,
                     [&](const SyncEvent &event) {
                         if (event.type == SyncEvent::Type::SyncComplete &&
                             event.sessionId == sessionId) {
                             figures.status = event.sessionStatus;
                             figures.characters = event.total;
                             figures.failed = event.failed;
                             loop.quit();
                         }
                     });
    QElapsedTimer wall;
    wall.start();
    runner.onEngineThread([&] {
        sessionId = runner.engine()
                        .sync()
                        .startSync({account.id,
                                    account.battleTag,
                                    account.userToken.toUtf8(),
                                    {Region::US, Region::EU},
                                    allGameVersions()})
                        .value;
    });
    loop.exec();
    figures.wallMs = wall.elapsed();
    runner.onEngineThread([&] {
        const HttpClient::Stats stats = runner.engine().http().stats();
        figures.requests = stats.sent;
        figures.rateLimited = stats.rateLimitedSent;
        figures.tooManyRequests = stats.tooManyRequests;
        figures.notModified = stats.notModified;
        figures.bodyBytes = stats.bodyBytes;
    });
    const auto counters = simulator.server().counters();
    figures.profiles = counters.profiles;
    figures.media = counters.media;
    figures.avatars = counters.avatars;
    figures.tooManyRequests = std::max(figures.tooManyRequests, counters.tooManyRequests);
    Q_UNUSED(heartbeat);
    return figures;
}

Engine::Config configFor(bnetsim::SimulatorThread &simulator, const QString &avatars)
{
    Engine::Config config;
    config.endpoints = ApiEndpoints::singleHost(simulator.baseUrl(), simulator.renderUrl());
    config.clientId = "demo-client";
    config.clientSecret = "demo-secret";
    config.avatarDirectory = avatars;
    config.http.requestsPerSecond = kRatePerSecond;
    return config;
}

void print(const char *name, const RunFigures &f)
{
    std::printf("%-22s %6d chars %8.2f s  %6lld requests (%5lld rate-limited, %3lld 429s, %5lld "
                "304s)  %9lld body bytes  profiles %5lld  media %5lld  avatars %5lld  %s, %d "
                "failed\n",
                name, f.characters, f.wallMs / 1000.0, f.requests, f.rateLimited, f.tooManyRequests,
                f.notModified, f.bodyBytes, f.profiles, f.media, f.avatars, qPrintable(f.status),
                f.failed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    SystemClock clock;
    Heartbeat heartbeat;

    bnetsim::SimulatedBattleNet::Options simulatorOptions;
    simulatorOptions.latencyMs = kLatencyMs;
    simulatorOptions.requestsPerSecond = kRatePerSecond;

    // (a) cold and (b) warm: 1,000 characters.
    bnetsim::SimulatorThread simulator(bnetsim::SimulatorData::generated(1000), simulatorOptions);
    Database database(dir.filePath(u"bench.sqlite"_s));
    if (!simulator.start() || database.open().isError()) {
        std::fprintf(stderr, "cannot start the simulator or open the database\n");
        return 1;
    }
    RunFigures cold;
    RunFigures warm;
    qint64 coldStall = 0;
    qint64 warmStall = 0;
    {
        EngineOnThread runner(database, clock, configFor(simulator, dir.filePath(u"avatars"_s)));
        heartbeat.start();
        cold = runSync(runner, simulator, heartbeat);
        coldStall = heartbeat.stop();
        heartbeat.start();
        warm = runSync(runner, simulator, heartbeat);
        warmStall = heartbeat.stop();
    }

    // (c) baseline: one request at a time, 100 characters.
    bnetsim::SimulatorThread baselineSimulator(bnetsim::SimulatorData::generated(100),
                                               simulatorOptions);
    Database baselineDatabase(dir.filePath(u"baseline.sqlite"_s));
    if (!baselineSimulator.start() || baselineDatabase.open().isError())
        return 1;
    RunFigures baseline;
    {
        Engine::Config config = configFor(baselineSimulator, dir.filePath(u"baseline-avatars"_s));
        config.http.maxConnectionsPerHost = 1;
        config.sync.queue.maxConcurrentJobs = 1;
        EngineOnThread runner(baselineDatabase, clock, config);
        heartbeat.start();
        baseline = runSync(runner, baselineSimulator, heartbeat);
        heartbeat.stop();
    }

    std::printf("Enrichment benchmark: %d ms latency, %d requests/s limit on both sides\n\n",
                kLatencyMs, kRatePerSecond);
    print("(a) cold, 1,000", cold);
    print("(b) warm re-sync", warm);
    print("(c) baseline, 1 at a time", baseline);

    const double idealColdS = double(cold.rateLimited) / kRatePerSecond;
    const double coldRatio = cold.wallMs / 1000.0 / idealColdS;
    const double warmRequestRatio = double(warm.requests) / cold.requests;
    const double warmBytesRatio = double(warm.bodyBytes) / cold.bodyBytes;
    const double warm304Share = warm.profiles > 0 ? double(warm.notModified) / warm.profiles : 0;
    const double coldRate = cold.characters / (cold.wallMs / 1000.0);
    const double baselineRate = baseline.characters / (baseline.wallMs / 1000.0);
    const double speedup = coldRate / baselineRate;
    const double idealSpeedup = kRatePerSecond / (1000.0 / kLatencyMs);
    const qint64 stall = std::max(coldStall, warmStall);

    std::printf("\nRatios\n");
    std::printf("  cold wall time / ideal (%lld rate-limited requests / %d per s = %.2f s): "
                "%.3f  (target <= 1.05, with 0 429s: %lld)\n",
                cold.rateLimited, kRatePerSecond, idealColdS, coldRatio, cold.tooManyRequests);
    std::printf("  warm requests / cold requests: %.3f\n", warmRequestRatio);
    std::printf("  warm bytes / cold bytes: %.4f\n", warmBytesRatio);
    std::printf("  warm profile answers that were 304: %.1f %%  (target >= 90 %%); media fetched "
                "again: %lld, avatars fetched again: %lld (target 0)\n",
                warm304Share * 100, warm.media, warm.avatars);
    std::printf("  speedup over the baseline (characters/s): %.2fx of an ideal %.1fx = %.0f %%  "
                "(target >= 90 %%)\n",
                speedup, idealSpeedup, 100 * speedup / idealSpeedup);
    std::printf("  longest stall of the event-receiving thread: %lld ms (cold %lld, warm %lld; "
                "target <= 16)\n",
                stall, coldStall, warmStall);
    return 0;
}
