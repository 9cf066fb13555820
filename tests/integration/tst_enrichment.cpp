// Enrichment against the simulated Battle.net: every character enriched, the status sequence of
// each, every fault kind ending with exact counts and a reason, conditional requests, manual
// completion, single-character refresh and the client-credentials token.
#include "EngineHarness.h"

#include <QFile>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

const QString kThrallson = u"Thrallson"_s;
const QString kThrallsonPath = u"/profile/wow/character/area-52/thrallson"_s;

} // namespace

class TestEnrichment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFullSyncEnrichesEveryCharacter()
    {
        EngineHarness harness;
        QVERIFY(harness.isReady());
        const SyncEvent complete = harness.syncAll();
        QCOMPARE(complete.sessionStatus, u"completed"_s);
        QCOMPARE(complete.total, 15);
        QCOMPARE(complete.processed, 15);
        QCOMPARE(complete.failed, 0);

        const QList<Character> stored = harness.storedCharacters();
        QCOMPARE(stored.size(), 15);
        for (const Character &c : stored) {
            QVERIFY2(c.details.isEnriched(), qPrintable(c.name));
            QVERIFY2(c.details.equippedItemLevel.has_value(), qPrintable(c.name));
            QVERIFY(c.details.lastLogin.isValid());
            QVERIFY(c.details.lastError.isEmpty());
            if (c.key.version == GameVersion::Retail || c.level >= 20) {
                QVERIFY2(QFile::exists(c.details.avatarFile), qPrintable(c.name));
                QVERIFY(c.details.avatarUrl.startsWith(u"http://127.0.0.1:"_s));
            }
            // Each character: processing, then completed, nothing else.
            QCOMPARE(harness.statusSequence(complete.sessionId, c.name),
                     (QList<ItemStatus>{ItemStatus::Processing, ItemStatus::Completed}));
        }
        const auto thrallson = harness.character(kThrallson);
        QCOMPARE(thrallson->details.guildName, u"Storm Chasers"_s);
        QCOMPARE(thrallson->details.activeSpec, u"Enhancement"_s);
        QCOMPARE(*thrallson->details.averageItemLevel, 626.4);
        // Classic Era Hardcore fields where Battle.net has them, and only there.
        QCOMPARE(harness.character(u"Grimhilde"_s)->details.selfFound, std::optional<bool>(true));
        QCOMPARE(harness.character(u"Zül"_s)->details.ghost, std::optional<bool>(true));
        QVERIFY(!thrallson->details.selfFound.has_value());

        const auto session = harness.sync().session(complete.sessionId).value;
        QVERIFY(session);
        QCOMPARE(session->status, SyncSession::Status::Completed);
        QCOMPARE(session->processed, 15);
        QVERIFY(session->finishedAt.isValid());
        QCOMPARE(harness.itemCounts(complete.sessionId),
                 (QMap<QString, int>{{u"completed"_s, 15}}));
        QCOMPARE(harness.simulator().counters().tooManyRequests, 0);
    }

    void eventsComeInOrder()
    {
        EngineHarness harness;
        QVERIFY(harness.isReady());
        const SyncEvent complete = harness.syncAll();
        const QList<SyncEvent> events = harness.events(complete.sessionId);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.constFirst().type, SyncEvent::Type::SyncStarted);
        QCOMPARE(events.constFirst().total, 15);
        QCOMPARE(events.constFirst().added, 15);
        QCOMPARE(events.constLast().type, SyncEvent::Type::SyncComplete);
        int lastProcessed = 0;
        bool sawProgress = false;
        for (const SyncEvent &event : events) {
            if (event.type != SyncEvent::Type::SyncProgress)
                continue;
            sawProgress = true;
            QVERIFY(event.processed >= lastProcessed); // never goes backwards
            QCOMPARE(event.total, 15);
            lastProcessed = event.processed;
        }
        QVERIFY(sawProgress);
        QCOMPARE(lastProcessed, 15);
    }

    void everyFaultEndsWithExactCountsAndAReason_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("finalStatus"); // of Thrallson
        QTest::addColumn<QString>("errorCode");   // when it failed
        const QString profile = kThrallsonPath + u"?*"_s;
        const QString media = kThrallsonPath + u"/character-media*"_s;
        QTest::newRow("429 with Retry-After")
            << profile + u"=429:1,ok"_s << u"completed"_s << QString();
        QTest::newRow("429 without Retry-After")
            << profile + u"=429,ok"_s << u"completed"_s << QString();
        QTest::newRow("503 then fine") << profile + u"=503,503,ok"_s << u"completed"_s << QString();
        QTest::newRow("500") << profile + u"=500*"_s << u"failed"_s << u"server-error"_s;
        QTest::newRow("502") << profile + u"=502*"_s << u"failed"_s << u"server-error"_s;
        QTest::newRow("503") << profile + u"=503*"_s << u"failed"_s << u"server-error"_s;
        QTest::newRow("504") << profile + u"=504*"_s << u"failed"_s << u"server-error"_s;
        QTest::newRow("timeout") << profile + u"=stall*"_s << u"failed"_s << u"timeout"_s;
        QTest::newRow("connection reset") << profile + u"=drop*"_s << u"failed"_s << u"network"_s;
        QTest::newRow("malformed JSON")
            << profile + u"=malformed*"_s << u"failed"_s << u"malformed"_s;
        QTest::newRow("truncated body") << profile + u"=truncate*"_s << u"failed"_s << u"network"_s;
        QTest::newRow("404 profile") << profile + u"=404*"_s << u"failed"_s << u"not-found"_s;
        QTest::newRow("403") << profile + u"=403*"_s << u"failed"_s << u"forbidden"_s;
        QTest::newRow("media 500") << media + u"=500*"_s << u"failed"_s << u"server-error"_s;
        QTest::newRow("empty media") << media + u"=empty-media*"_s << u"completed"_s << QString();
        QTest::newRow("media 404") << media + u"=404*"_s << u"completed"_s << QString();
        QTest::newRow("avatar gone") << u"*201001-avatar.jpg=500*"_s << u"completed"_s << QString();
        QTest::newRow("401 once") << profile + u"=401,ok"_s << u"completed"_s << QString();
        QTest::newRow("401 always") << profile + u"=401*"_s << u"failed"_s << u"unauthorized"_s;
    }

    void everyFaultEndsWithExactCountsAndAReason()
    {
        QFETCH(QString, fault);
        QFETCH(QString, finalStatus);
        QFETCH(QString, errorCode);
        EngineHarness::Options options;
        options.http.timeoutMs = 300;
        EngineHarness harness(options);
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(fault));
        const SyncEvent complete = harness.syncAll();
        QCOMPARE(complete.type, SyncEvent::Type::SyncComplete); // it always finishes
        const bool failed = finalStatus == u"failed"_s;
        QCOMPARE(complete.total, 15);
        QCOMPARE(complete.processed, 15);
        QCOMPARE(complete.failed, failed ? 1 : 0);
        QCOMPARE(complete.sessionStatus, failed ? u"completed_with_errors"_s : u"completed"_s);
        QCOMPARE(harness.itemCounts(complete.sessionId),
                 (failed ? QMap<QString, int>{{u"completed"_s, 14}, {u"failed"_s, 1}}
                         : QMap<QString, int>{{u"completed"_s, 15}}));

        const QList<ItemStatus> sequence = harness.statusSequence(complete.sessionId, kThrallson);
        QCOMPARE(sequence.constLast(), failed ? ItemStatus::Failed : ItemStatus::Completed);
        QCOMPARE(sequence.count(ItemStatus::Completed) + sequence.count(ItemStatus::Failed), 1);
        if (failed) {
            SyncEvent failure;
            for (const SyncEvent &event : harness.events(complete.sessionId)) {
                if (event.type == SyncEvent::Type::CharacterStatus &&
                    event.status == ItemStatus::Failed)
                    failure = event;
            }
            QCOMPARE(failure.characterName, kThrallson);
            QCOMPARE(failure.errorCode, errorCode);
            QVERIFY2(failure.message.size() > 20, qPrintable(failure.message));
            QVERIFY2(failure.message.contains(kThrallson), qPrintable(failure.message));
            QCOMPARE(harness.character(kThrallson)->details.lastError, failure.message);
            QVERIFY(!harness.character(kThrallson)->details.isEnriched());
        } else {
            QVERIFY(harness.character(kThrallson)->details.isEnriched());
        }
    }

    void aTokenRefusedOnceIsRenewedOnce()
    {
        EngineHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(kThrallsonPath + u"?*=401,ok"_s));
        const SyncEvent complete = harness.syncAll();
        QCOMPARE(complete.failed, 0);
        QCOMPARE(harness.simulator().counters().tokens, 2); // the first, and one renewal
    }

    void aResyncAsksIfModifiedSinceAndGets304s()
    {
        EngineHarness harness;
        QVERIFY(harness.isReady());
        QCOMPARE(harness.syncAll().failed, 0);
        harness.simulator().resetCounters();
        const SyncEvent second = harness.syncAll();
        QCOMPARE(second.sessionStatus, u"completed"_s);
        QCOMPARE(second.processed, 15);
        const auto counters = harness.simulator().counters();
        QCOMPARE(counters.profiles, 15);
        QCOMPARE(counters.notModified, 15);
        QCOMPARE(counters.media, 0);   // no media fetched again for an unchanged character
        QCOMPARE(counters.avatars, 0); // nor its avatar
        for (const Character &c : harness.storedCharacters())
            QVERIFY(c.details.isEnriched());
    }

    void aChangedCharacterIsFetchedAgain()
    {
        EngineHarness harness;
        QVERIFY(harness.isReady());
        QCOMPARE(harness.syncAll().failed, 0);
        harness.simulator().editData([](bnetsim::SimulatorData &data) {
            bnetsim::SimCharacter *c = data.findCharacter(201001);
            c->guild = u"New Horizons"_s;
            c->equippedItemLevel = 640;
            c->lastModified = c->lastModified.addSecs(3600);
        });
        harness.simulator().resetCounters();
        QCOMPARE(harness.syncAll().failed, 0);
        const auto counters = harness.simulator().counters();
        QCOMPARE(counters.notModified, 14 + 1); // 14 profiles, and the unchanged avatar
        QCOMPARE(counters.media, 1);
        QCOMPARE(counters.avatars, 1);
        const auto thrallson = harness.character(kThrallson);
        QCOMPARE(thrallson->details.guildName, u"New Horizons"_s);
        QCOMPARE(*thrallson->details.equippedItemLevel, 640);
        QVERIFY(QFile::exists(thrallson->details.avatarFile));
    }

    void completingByHandStopsTheWorkLeft()
    {
        EngineHarness::Options options;
        options.simulator.latencyMs = 60;
        options.sync.queue.maxConcurrentJobs = 1;
        EngineHarness harness(options);
        QVERIFY(harness.isReady());
        const qint64 id = harness.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(
            harness.statusSequence(id, u"Ælfwyn"_s).contains(ItemStatus::Completed), 20'000);
        QVERIFY(!harness.sync().completeSession(id).isError());
        const SyncEvent complete = harness.waitForCompletion(id);
        QCOMPARE(complete.sessionStatus, u"cancelled"_s);
        QVERIFY(complete.processed >= 1);
        QVERIFY(complete.processed < 15);
        const auto counts = harness.itemCounts(id);
        QCOMPARE(counts.value(u"cancelled"_s), 15 - complete.processed);
        QCOMPARE(counts.value(u"completed"_s), complete.processed);
        const auto session = harness.sync().session(id).value;
        QCOMPARE(session->status, SyncSession::Status::Cancelled);
        QVERIFY(session->error.contains(u"by hand"_s));
        // Nothing more is asked of Battle.net for this session.
        const qint64 requests = harness.simulator().counters().requests;
        const SyncEvent later = harness.syncAll({Region::KR}); // an unrelated, empty sync
        QCOMPARE(later.total, 0);
        QVERIFY(harness.simulator().counters().requests - requests <= 6); // userinfo + 4 summaries
        QVERIFY(harness.sync().completeSession(id).isError());            // not running any more
    }

    void aSingleRefreshRevalidates()
    {
        EngineHarness harness;
        QVERIFY(harness.isReady());
        QCOMPARE(harness.syncAll().failed, 0);
        harness.simulator().resetCounters();
        const auto started = harness.sync().enrichCharacter(harness.character(kThrallson)->rowId);
        QVERIFY(started.isOk());
        const SyncEvent complete = harness.waitForCompletion(started.value);
        QCOMPARE(complete.sessionStatus, u"completed"_s);
        QCOMPARE(complete.total, 1);
        const auto counters = harness.simulator().counters();
        QCOMPARE(counters.profiles, 1);
        QCOMPARE(counters.conditionalRequests, 0); // asked again whatever the stamps said
        QCOMPARE(counters.media, 1);
        QCOMPARE(harness.sync().session(started.value).value->kind, SyncSession::Kind::Single);
    }

    void withoutClientCredentialsTheUserTokenEnriches()
    {
        EngineHarness::Options options;
        options.clientCredentials = false;
        EngineHarness harness(options);
        QVERIFY(harness.isReady());
        QVERIFY(!harness.engine().usesClientCredentials());
        const SyncEvent complete = harness.syncAll();
        QCOMPARE(complete.failed, 0);
        QCOMPARE(harness.simulator().counters().tokens, 0);
    }

    void enrichmentGoesOnAfterTheUserTokenExpired()
    {
        EngineHarness harness;
        QVERIFY(harness.isReady());
        QCOMPARE(harness.syncAll().failed, 0);
        harness.simulator().expireToken(QString::fromUtf8(harness.userToken()));
        // The character list needs the user token: the player is asked to sign in again...
        const SyncEvent listAgain = harness.syncAll();
        QCOMPARE(listAgain.sessionStatus, u"failed"_s);
        bool askedToSignIn = false;
        for (const SyncEvent &event : harness.events(listAgain.sessionId))
            askedToSignIn |= event.type == SyncEvent::Type::SyncError && event.fatal &&
                             event.errorCode == u"unauthorized"_s &&
                             event.message.contains(u"sign in again"_s);
        QVERIFY(askedToSignIn);
        // ...while enrichment, on the client token, goes on.
        const auto started = harness.sync().enrichCharacter(harness.character(kThrallson)->rowId);
        QVERIFY(started.isOk());
        QCOMPARE(harness.waitForCompletion(started.value).sessionStatus, u"completed"_s);
    }

    void startingTwiceReturnsTheRunningSession()
    {
        EngineHarness::Options options;
        options.simulator.latencyMs = 20;
        EngineHarness harness(options);
        QVERIFY(harness.isReady());
        const qint64 first = harness.startSync();
        const qint64 second = harness.startSync();
        QCOMPARE(second, first);
        QCOMPARE(harness.waitForCompletion(first).processed, 15);
        QVERIFY(harness.startSync() != first); // a new one once it finished
    }
};

QTEST_GUILESS_MAIN(TestEnrichment)
#include "tst_enrichment.moc"
