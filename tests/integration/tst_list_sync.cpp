// The character list sync end to end: simulated Battle.net -> parser -> one SQLite
// transaction. No duplicates, archive and reactivate, failures never archive, all or nothing.
#include "CoreHarness.h"

#include "store/CharacterRepository.h"
#include "sync/CharacterListWriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

// A copy, so it outlives the list it came from.
std::optional<Character> byName(const QList<Character> &characters, const QString &name)
{
    for (const Character &c : characters) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

void editCharacter(bnetsim::SimulatedBattleNet &simulator, qint64 id,
                   const std::function<void(bnetsim::SimCharacter &)> &edit)
{
    simulator.editData([&](bnetsim::SimulatorData &data) {
        if (bnetsim::SimCharacter *c = data.findCharacter(id))
            edit(*c);
    });
}

void removeCharacters(bnetsim::SimulatedBattleNet &simulator,
                      const std::function<bool(const bnetsim::SimCharacter &)> &which)
{
    simulator.editData([&](bnetsim::SimulatorData &data) {
        for (bnetsim::SimAccount &account : data.accounts)
            account.characters.removeIf(which);
    });
}

} // namespace

class TestListSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncStoresEveryCharacter()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        const ListSyncResult result = harness.syncList();
        QVERIFY2(result.isOk(), qPrintable(result.fatalError.message()));
        QCOMPARE(result.account.battleTag, u"Demo#1234"_s);
        QCOMPARE(result.account.battleNetId, 424242);
        QCOMPARE(result.scopes.size(), 8);
        QCOMPARE(result.failedScopes(), 0);
        QCOMPARE(result.counts.added, 15);
        QCOMPARE(result.activeCharacterRowIds.size(), 15);
        const QList<Character> stored = harness.storedCharacters();
        QCOMPARE(stored.size(), 15);
        for (GameVersion version : allGameVersions()) {
            QVERIFY2(
                std::any_of(stored.cbegin(), stored.cend(),
                            [version](const Character &c) { return c.key.version == version; }),
                qPrintable(gameVersionCode(version)));
        }
        const std::optional<Character> zul = byName(stored, u"Zül"_s);
        QVERIFY(zul);
        QCOMPARE(zul->key.version, GameVersion::ClassicEra);
        QCOMPARE(zul->key.region, Region::EU);
        QCOMPARE(zul->battleNetAccountId, 424242);
        QVERIFY(zul->firstSeen.isValid());
        QVERIFY(!zul->archived);
    }

    void repeatedSyncsAddNoDuplicates()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.syncList().isOk());
        const QList<Character> first = harness.storedCharacters();
        for (int run = 0; run < 3; ++run) {
            const ListSyncResult again = harness.syncList();
            QVERIFY(again.isOk());
            QCOMPARE(again.counts, (ListSyncCounts{0, 0, 15, 0, 0}));
        }
        const QList<Character> after = harness.storedCharacters();
        QCOMPARE(after.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(after[i].rowId, first[i].rowId);
            QCOMPARE(after[i].key, first[i].key);
            QVERIFY(!after[i].listFieldsDiffer(first[i]));
            QCOMPARE(after[i].firstSeen, first[i].firstSeen);
        }
    }

    void renameAndLevelUpUpdateTheSameRow()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.syncList().isOk());
        const qint64 rowId = byName(harness.storedCharacters(), u"Brewbelly"_s)->rowId;
        editCharacter(harness.simulator(), 201003, [](bnetsim::SimCharacter &c) {
            c.name = u"Brauwampe"_s;
            c.level = 75;
        });
        const ListSyncResult result = harness.syncList();
        QVERIFY(result.isOk());
        QCOMPARE(result.counts.updated, 1);
        QCOMPARE(result.counts.added, 0);
        const QList<Character> stored = harness.storedCharacters();
        QCOMPARE(stored.size(), 15);
        QVERIFY(!byName(stored, u"Brewbelly"_s));
        const std::optional<Character> renamed = byName(stored, u"Brauwampe"_s);
        QVERIFY(renamed);
        QCOMPARE(renamed->rowId, rowId);
        QCOMPARE(renamed->level, 75);
    }

    void goneCharactersAreArchivedAndComeBack()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.syncList().isOk());
        const bnetsim::SimulatorData original = harness.simulator().data();
        const qint64 rowId = byName(harness.storedCharacters(), u"Gruntak"_s)->rowId;

        removeCharacters(harness.simulator(),
                         [](const bnetsim::SimCharacter &c) { return c.id == 301002; });
        ListSyncResult result = harness.syncList();
        QVERIFY(result.isOk());
        QCOMPARE(result.counts.archived, 1);
        QCOMPARE(result.activeCharacterRowIds.size(), 14);
        QVERIFY(!result.activeCharacterRowIds.contains(rowId));
        const std::optional<Character> archived = byName(harness.storedCharacters(), u"Gruntak"_s);
        QVERIFY(archived);
        QVERIFY(archived->archived);
        QVERIFY(archived->archivedAt.isValid());
        QCOMPARE(harness.storedCharacters(false).size(), 14);

        // Archiving again changes nothing.
        result = harness.syncList();
        QCOMPARE(result.counts.archived, 0);

        harness.simulator().editData([&](bnetsim::SimulatorData &data) { data = original; });
        result = harness.syncList();
        QVERIFY(result.isOk());
        QCOMPARE(result.counts.reactivated, 1);
        const std::optional<Character> back = byName(harness.storedCharacters(), u"Gruntak"_s);
        QCOMPARE(back->rowId, rowId);
        QVERIFY(!back->archived);
        QVERIFY(!back->archivedAt.isValid());
        QCOMPARE(harness.storedCharacters().size(), 15);
    }

    void aFailingRegionArchivesNothing()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.syncList().isOk());
        // Every EU namespace now fails, and an EU character left the account meanwhile.
        QVERIFY(harness.simulator().addFault(u"*namespace=profile-*eu=503*"_s));
        removeCharacters(harness.simulator(),
                         [](const bnetsim::SimCharacter &c) { return c.id == 201005; });
        const ListSyncResult result = harness.syncList();
        QVERIFY(result.isOk());
        QCOMPARE(result.failedScopes(), 4);
        QCOMPARE(result.counts.archived, 0);
        for (const ScopeOutcome &scope : result.scopes) {
            QCOMPARE(scope.answered, scope.region == Region::US);
            if (!scope.answered) {
                QCOMPARE(scope.error.kind(), ApiError::Kind::ServerError);
                QVERIFY(!scope.problem.isEmpty());
            }
        }
        const std::optional<Character> soren = byName(harness.storedCharacters(), u"Søren"_s);
        QVERIFY(soren);
        QVERIFY(!soren->archived);
        QCOMPARE(harness.storedCharacters(false).size(), 15);
    }

    void aNamespaceNotFoundMeansNoCharactersThere()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.syncList().isOk());
        // Both US Classic characters are gone: Battle.net answers 404 for the namespace.
        removeCharacters(harness.simulator(), [](const bnetsim::SimCharacter &c) {
            return c.region == u"us"_s && c.version == u"classic"_s;
        });
        const ListSyncResult result = harness.syncList();
        QVERIFY(result.isOk());
        QCOMPARE(result.failedScopes(), 0);
        QCOMPARE(result.counts.archived, 2);
        QVERIFY(byName(harness.storedCharacters(), u"Frostnova"_s)->archived);
    }

    void anIncompleteAnswerArchivesNothing()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.syncList({Region::US}, {GameVersion::Retail}).isOk());
        // Battle.net answered, but one entry could not be read: silence is not absence.
        ScopeAnswer answer{Region::US, GameVersion::Retail, true, {}, {}};
        answer.summary.skippedEntries << u"a character without a realm"_s;
        const ListSyncResult result =
            CharacterListWriter::apply(harness.database(), {424242, u"Demo#1234"_s}, {answer},
                                       QDateTime::currentDateTimeUtc());
        QVERIFY(result.isOk());
        QVERIFY(!result.scopes.constFirst().complete);
        QCOMPARE(result.counts.archived, 0);
        QCOMPARE(harness.storedCharacters(false).size(), 3);
    }

    void nonAsciiNamesEndToEnd()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.syncList().isOk());
        const std::optional<Character> vladimir = byName(harness.storedCharacters(), u"Владимир"_s);
        QVERIFY(vladimir);
        QCOMPARE(vladimir->key.realmSlug, u"гордунни"_s);
        QCOMPARE(vladimir->realmName, u"Гордунни"_s);
        QVERIFY(byName(harness.storedCharacters(), u"Ñandú"_s));
        QVERIFY(byName(harness.storedCharacters(), u"Ælfwyn"_s));

        // The path Battle.net wants: lower-case and percent-encoded...
        const QString path = BattleNetApi::characterPath(vladimir->key.realmSlug, vladimir->name);
        QCOMPARE(path, u"/profile/wow/character/%D0%B3%D0%BE%D1%80%D0%B4%D1%83%D0%BD%D0%BD%D0%B8/"
                       "%D0%B2%D0%BB%D0%B0%D0%B4%D0%B8%D0%BC%D0%B8%D1%80"_s);
        QCOMPARE(BattleNetApi::characterPath(u"area-52"_s, u"Thrallson"_s),
                 u"/profile/wow/character/area-52/thrallson"_s);
        // ...and the server finds the character by it.
        ApiRequest request;
        request.region = Region::EU;
        request.path = path;
        request.query.addQueryItem(u"namespace"_s, u"profile-eu"_s);
        request.bearerToken = harness.userToken();
        std::optional<ApiResponse> response;
        QObject context;
        harness.http().send(request, &context, [&](const ApiResponse &r) { response = r; });
        QTRY_VERIFY(response.has_value());
        QVERIFY2(response->isOk(), qPrintable(response->error.message()));
        QVERIFY(QString::fromUtf8(response->body).contains(u"Владимир"_s));
    }

    void aRefusedSignInWritesNothing()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QSignalSpy finished(&harness.listSync(), &CharacterListSync::finished);
        QVERIFY(harness.listSync().start({"expired-or-bogus", {Region::US}, allGameVersions()}));
        QVERIFY(finished.wait());
        const auto result = finished.takeFirst().at(0).value<ListSyncResult>();
        QCOMPARE(result.fatalError.kind(), ApiError::Kind::Unauthorized);
        QVERIFY(harness.storedCharacters().isEmpty());
        QCOMPARE(harness.simulator().counters().summaries, 0);
    }

    void aLockedDatabaseCommitsNothing()
    {
        CoreHarness harness(bnetsim::SimulatorData::demo(), {}, CoreHarness::fastRetries(), 200);
        QVERIFY(harness.isReady());
        QVERIFY(harness.syncList().isOk());
        removeCharacters(harness.simulator(),
                         [](const bnetsim::SimCharacter &c) { return c.id == 201001; });
        editCharacter(harness.simulator(), 201002, [](bnetsim::SimCharacter &c) { c.level = 81; });
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(harness.databasePath());
            QVERIFY(other.open());
            QSqlQuery(other).exec(u"BEGIN IMMEDIATE"_s);
            const ListSyncResult result = harness.syncList();
            QCOMPARE(result.storeError.kind(), StoreError::Kind::Locked);
            QCOMPARE(result.counts, ListSyncCounts{});
            QSqlQuery(other).exec(u"ROLLBACK"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QList<Character> stored = harness.storedCharacters();
        QCOMPARE(harness.storedCharacters(false).size(), 15);
        QCOMPARE(byName(stored, u"Léonie"_s)->level, 80);
        // Once the lock is gone, the same sync goes through.
        const ListSyncResult retried = harness.syncList();
        QVERIFY(retried.isOk());
        QCOMPARE(retried.counts.archived, 1);
        QCOMPARE(retried.counts.updated, 1);
    }
};

QTEST_GUILESS_MAIN(TestListSync)
#include "tst_list_sync.moc"
