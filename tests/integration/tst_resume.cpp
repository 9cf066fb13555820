// Resume in-process: an engine torn down mid-sync (its unsaved progress lost, as in a crash)
// and built again on the same database goes on where the database says it stopped.
#include "EngineHarness.h"

#include "store/SessionRepository.h"

#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

int completedEvents(const EngineHarness &harness, qint64 sessionId)
{
    int completed = 0;
    for (const SyncEvent &event : harness.events(sessionId))
        completed +=
            event.type == SyncEvent::Type::CharacterStatus && event.status == ItemStatus::Completed;
    return completed;
}

EngineHarness::Options slowOptions()
{
    EngineHarness::Options options;
    options.simulator.latencyMs = 40;
    options.sync.queue.maxConcurrentJobs = 2;
    return options;
}

} // namespace

class TestResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anInterruptedSessionResumesWithExactCounters()
    {
        EngineHarness harness(slowOptions());
        QVERIFY(harness.isReady());
        const qint64 id = harness.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(completedEvents(harness, id) >= 4, 20'000);
        harness.restartEngine(); // what was not saved yet is gone

        const auto interrupted = harness.sync().session(id).value;
        QVERIFY(interrupted && interrupted->isRunning());
        QVERIFY(interrupted->processed >= 4);
        QVERIFY(interrupted->processed < 15);
        QCOMPARE(interrupted->total, 15);

        const auto resumed = harness.sync().resumeInterrupted();
        QVERIFY(resumed.isOk());
        QCOMPARE(resumed.value, 1);
        const SyncEvent complete = harness.waitForCompletion(id);
        QCOMPARE(complete.sessionStatus, u"completed"_s);
        QCOMPARE(complete.total, 15);
        QCOMPARE(complete.processed, 15);
        QCOMPARE(complete.failed, 0);
        QCOMPARE(harness.itemCounts(id), (QMap<QString, int>{{u"completed"_s, 15}}));
        QCOMPARE(harness.storedCharacters().size(), 15);
        for (const Character &c : harness.storedCharacters())
            QVERIFY2(c.details.isEnriched(), qPrintable(c.name));
    }

    void startingASyncJoinsTheInterruptedOne()
    {
        EngineHarness harness(slowOptions());
        QVERIFY(harness.isReady());
        const qint64 id = harness.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(completedEvents(harness, id) >= 2, 20'000);
        harness.restartEngine();
        QCOMPARE(harness.startSync(), id); // the same session, resumed
        QCOMPARE(harness.waitForCompletion(id).processed, 15);
        QCOMPARE(harness.sync().sessions(false).value.size(), 1);
    }

    void aSessionInterruptedBeforeItsListFails()
    {
        EngineHarness harness;
        QVERIFY(harness.isReady());
        QCOMPARE(harness.syncAll().processed, 15);
        // A session row without items: the process died during the list pass.
        SessionRepository sessions(harness.database().connection(), harness.database().path());
        const qint64 orphan =
            sessions.create(1, SyncSession::Kind::Batch, QDateTime::currentDateTimeUtc()).value;
        QVERIFY(orphan > 0);
        QCOMPARE(harness.sync().resumeInterrupted().value, 0);
        const auto session = harness.sync().session(orphan).value;
        QCOMPARE(session->status, SyncSession::Status::Failed);
        QVERIFY(session->error.contains(u"sync again"_s));
    }

    void completingAnInterruptedSessionByHand()
    {
        EngineHarness harness(slowOptions());
        QVERIFY(harness.isReady());
        const qint64 id = harness.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(completedEvents(harness, id) >= 2, 20'000);
        harness.restartEngine();
        QVERIFY(!harness.sync().completeSession(id).isError());
        const SyncEvent complete = harness.waitForCompletion(id);
        QCOMPARE(complete.sessionStatus, u"cancelled"_s);
        const auto counts = harness.itemCounts(id);
        QCOMPARE(counts.value(u"completed"_s) + counts.value(u"cancelled"_s), 15);
        QCOMPARE(counts.value(u"processing"_s) + counts.value(u"queued"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
