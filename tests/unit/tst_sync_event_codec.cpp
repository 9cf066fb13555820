// The one JSON form of sync events: every type round-trips, and bad input is refused.
#include "realtime/SyncEventCodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

class TestSyncEventCodec : public QObject
{
    Q_OBJECT

    const QDateTime m_at = QDateTime(QDate(2026, 12, 4), QTime(20, 0, 0, 123), Qt::UTC);

private Q_SLOTS:
    void characterStatusRoundTrips()
    {
        SyncEvent event = SyncEvent::characterStatus(
            7, 42, {Region::EU, GameVersion::ClassicEra, u"гордунни"_s, 9001}, u"Влад"_s,
            ItemStatus::Failed, m_at);
        event.message = u"Battle.net has no data (404)"_s;
        event.errorCode = u"not-found"_s;
        const QByteArray line = SyncEventCodec::toJsonLine(event);
        QVERIFY(line.endsWith('\n'));
        QVERIFY(!line.chopped(1).contains('\n'));
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        QCOMPARE(json.value(u"event"_s).toString(), u"character-status"_s);
        QCOMPARE(json.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(json.value(u"reason"_s).toString(), event.message);
        QCOMPARE(json.value(u"at"_s).toString(), u"2026-12-04T20:00:00.123Z"_s);

        const auto back = SyncEventCodec::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(back->type, SyncEvent::Type::CharacterStatus);
        QCOMPARE(back->sessionId, 7);
        QCOMPARE(back->characterRowId, 42);
        QCOMPARE(back->key, event.key);
        QCOMPARE(back->characterName, u"Влад"_s);
        QCOMPARE(back->status, ItemStatus::Failed);
        QCOMPARE(back->message, event.message);
        QCOMPARE(back->errorCode, u"not-found"_s);
        QCOMPARE(back->at, m_at);
    }

    void progressCarriesPercentAndEta()
    {
        const SyncEvent event = SyncEvent::progress(3, 8, 2, 1, u"Søren"_s, 4500, m_at);
        const QJsonObject json = SyncEventCodec::toJson(event);
        QCOMPARE(json.value(u"percent"_s).toDouble(), 25.0);
        QCOMPARE(json.value(u"etaMs"_s).toInteger(), 4500);
        QCOMPARE(json.value(u"current"_s).toString(), u"Søren"_s);
        const auto back = SyncEventCodec::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->total, 8);
        QCOMPARE(back->processed, 2);
        QCOMPARE(back->failed, 1);
        QCOMPARE(back->characterName, u"Søren"_s);
    }

    void everyTypeRoundTrips()
    {
        SyncEvent started = SyncEvent::started(1, 15, m_at);
        started.added = 3;
        SyncEvent error = SyncEvent::error(1, u"timeout"_s, u"slow"_s, true, m_at);
        error.scope = u"eu/classic"_s;
        const QList<SyncEvent> events = {
            started, SyncEvent::complete(1, u"completed_with_errors"_s, 15, 15, 2, m_at), error};
        for (const SyncEvent &event : events) {
            const auto back = SyncEventCodec::fromJson(SyncEventCodec::toJson(event));
            QVERIFY(back);
            QCOMPARE(back->type, event.type);
            QCOMPARE(SyncEventCodec::toJson(*back), SyncEventCodec::toJson(event));
        }
    }

    void badInputIsRefused()
    {
        QVERIFY(!SyncEventCodec::fromJson({}).has_value());
        QVERIFY(!SyncEventCodec::fromJson({{u"event"_s, u"sync-exploded"_s}}).has_value());
        QVERIFY(!SyncEventCodec::fromJson(
                     {{u"event"_s, u"character-status"_s}, {u"status"_s, u"dancing"_s}})
                     .has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncEventCodec)
#include "tst_sync_event_codec.moc"
