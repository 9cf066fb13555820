// The account profile summary parser against real Battle.net captures and hand-written bodies
// that follow the documented shapes for every game version, plus every kind of bad input.
#include "TestData.h"
#include "api/json/AccountSummaryParser.h"
#include "api/json/UserInfoParser.h"

#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

const Character *findByName(const QList<Character> &characters, const QString &name)
{
    for (const Character &c : characters) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestAccountSummaryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realRetailCapture()
    {
        const auto result = parseAccountSummary(
            readTestData(u"battlenet/account-profile-summary.retail.apwc.json"_s), Region::US,
            GameVersion::Retail, u"en_US"_s);
        QVERIFY2(result.isOk(), qPrintable(result.error.message()));
        QCOMPARE(result.value.battleNetAccountId, 1142637);
        QVERIFY(result.value.isComplete());
        QCOMPARE(result.value.characters.size(), 2);
        const Character &bregal = result.value.characters.at(0);
        QCOMPARE(bregal.name, u"Bregal932B58"_s);
        QCOMPARE(bregal.key.characterId, 93530968);
        QCOMPARE(bregal.key.realmSlug, u"darrowmere"_s);
        QCOMPARE(bregal.key.region, Region::US);
        QCOMPARE(bregal.key.version, GameVersion::Retail);
        QCOMPARE(bregal.realmName, u"Darrowmere"_s);
        QCOMPARE(bregal.realmId, 1351);
        QCOMPARE(bregal.classId, 3);
        QCOMPARE(bregal.className, u"Hunter"_s);
        QCOMPARE(bregal.raceName, u"Tauren"_s);
        QCOMPARE(bregal.gender, Gender::Male);
        QCOMPARE(bregal.faction, Faction::Horde);
        QCOMPARE(bregal.level, 0);
        QCOMPARE(bregal.wowAccountId, 19995845);
        QCOMPARE(bregal.battleNetAccountId, 1142637);
        QCOMPARE(result.value.characters.at(1).key.realmSlug, u"steamwheedle-cartel"_s);
    }

    void localeObjectsPickTheAskedLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("realmName");
        QTest::newRow("none asked: en_US") << QString() << u"Warlock"_s << u"Nek'Rosh"_s;
        QTest::newRow("de_DE") << u"de_DE"_s << u"Hexenmeister"_s << u"Nek'Rosh"_s;
        QTest::newRow("fr_FR") << u"fr_FR"_s << u"Démoniste"_s << u"Nek'Rosh"_s;
        QTest::newRow("missing locale falls back") << u"ko_KR"_s << u"Warlock"_s << u"Nek'Rosh"_s;
    }

    void localeObjectsPickTheAskedLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, className);
        QFETCH(QString, realmName);
        const auto result = parseAccountSummary(
            readTestData(u"battlenet/account-summary.classic1x-eu.no-locale.json"_s), Region::EU,
            GameVersion::ClassicEra, locale);
        QVERIFY2(result.isOk(), qPrintable(result.error.message()));
        const Character *zul = findByName(result.value.characters, u"Zül"_s);
        QVERIFY(zul);
        QCOMPARE(zul->className, className);
        QCOMPARE(zul->realmName, realmName);
    }

    void severalWowAccountsAndNonAsciiNames()
    {
        const auto result = parseAccountSummary(
            readTestData(u"battlenet/account-summary.classic1x-eu.no-locale.json"_s), Region::EU,
            GameVersion::ClassicEra, {});
        QVERIFY2(result.isOk(), qPrintable(result.error.message()));
        QVERIFY(result.value.isComplete());
        QCOMPARE(result.value.characters.size(), 3);

        const Character *vlad = findByName(result.value.characters, u"Влад"_s);
        QVERIFY(vlad);
        QCOMPARE(vlad->key.realmSlug, u"гордунни"_s);
        QCOMPARE(vlad->realmName, u"Gordunni"_s);  // no en_US: en_GB is next in line
        QCOMPARE(vlad->className, u"Magier"_s);    // the only translation there is
        QCOMPARE(vlad->faction, Faction::Unknown); // missing fields become unknown, not errors
        QCOMPARE(vlad->gender, Gender::Unknown);
        QCOMPARE(vlad->raceId, 0);
        QCOMPARE(vlad->wowAccountId, 11);

        const Character *wildbloom = findByName(result.value.characters, u"Wildbloom"_s);
        QVERIFY(wildbloom);
        QCOMPARE(wildbloom->wowAccountId, 12);
        QCOMPARE(wildbloom->level, 48);                         // a numeric string is accepted
        QCOMPARE(wildbloom->key.realmSlug, u"thunderstrike"_s); // slug from the character link
        QCOMPARE(wildbloom->key.version, GameVersion::ClassicEra);
        QCOMPARE(wildbloom->key.region, Region::EU);
    }

    void everyGameVersion_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<GameVersion>("version");
        QTest::addColumn<Region>("region");
        QTest::addColumn<QString>("name");
        QTest::newRow("retail") << u"account-profile-summary.retail.apwc.json"_s
                                << GameVersion::Retail << Region::US << u"Rilian"_s;
        QTest::newRow("classic") << u"account-summary.classic-us.en_US.json"_s
                                 << GameVersion::Classic << Region::US << u"Frostnova"_s;
        QTest::newRow("classic era") << u"account-summary.classic1x-eu.no-locale.json"_s
                                     << GameVersion::ClassicEra << Region::EU << u"Zül"_s;
        QTest::newRow("anniversary") << u"account-summary.classicann-eu.en_GB.json"_s
                                     << GameVersion::Anniversary << Region::EU << u"Kräuterhex"_s;
    }

    void everyGameVersion()
    {
        QFETCH(QString, file);
        QFETCH(GameVersion, version);
        QFETCH(Region, region);
        QFETCH(QString, name);
        const auto result =
            parseAccountSummary(readTestData(u"battlenet/"_s + file), region, version, {});
        QVERIFY2(result.isOk(), qPrintable(result.error.message()));
        const Character *character = findByName(result.value.characters, name);
        QVERIFY(character);
        QCOMPARE(character->key.version, version);
        QCOMPARE(character->key.region, region);
        QVERIFY(character->key.isValid());
    }

    void unreadableEntriesAreReportedNotGuessed()
    {
        const auto result =
            parseAccountSummary(readTestData(u"battlenet/account-summary.partly-unreadable.json"_s),
                                Region::US, GameVersion::Retail, {});
        QVERIFY2(result.isOk(), qPrintable(result.error.message()));
        QCOMPARE(result.value.characters.size(), 1); // "Keeper", once though listed twice
        QCOMPARE(result.value.characters.constFirst().name, u"Keeper"_s);
        QVERIFY(!result.value.isComplete());
        // no id, no realm, no name, not an object, a fractional id, characters not a list, an
        // account entry that is a number
        QCOMPARE(result.value.skippedEntries.size(), 7);
        QVERIFY(result.value.skippedEntries.join(u'|').contains(u"realm"_s));
    }

    void noWowAccountsIsAnEmptyCompleteSummary()
    {
        const auto result =
            parseAccountSummary(R"({"id": 5, "_links": {}})", Region::KR, GameVersion::Retail, {});
        QVERIFY(result.isOk());
        QVERIFY(result.value.characters.isEmpty());
        QVERIFY(result.value.isComplete());
        QCOMPARE(result.value.battleNetAccountId, 5);
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        const QByteArray real =
            readTestData(u"battlenet/account-profile-summary.retail.apwc.json"_s);
        QTest::newRow("empty") << QByteArray() << u"malformed"_s;
        QTest::newRow("truncated") << real.left(real.size() / 2) << u"at byte"_s;
        QTest::newRow("html") << QByteArray("<html><body>Service Unavailable</body></html>")
                              << u"at byte"_s;
        QTest::newRow("array root") << QByteArray("[1, 2, 3]") << u"JSON object"_s;
        QTest::newRow("string root") << QByteArray("\"hello\"") << u"malformed"_s;
        QTest::newRow("wow_accounts not a list")
            << QByteArray(R"({"id": 1, "wow_accounts": "many"})") << u"wow_accounts"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << u"malformed"_s;
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto result = parseAccountSummary(body, Region::US, GameVersion::Retail, {});
        QVERIFY(!result.isOk());
        QCOMPARE(result.error.kind(), ApiError::Kind::MalformedBody);
        QVERIFY2(result.error.message().contains(mentions), qPrintable(result.error.message()));
        QVERIFY(result.value.characters.isEmpty());
    }

    void userInfo()
    {
        // (No raw strings here: moc mistakes the '#' in one for a directive.)
        const auto ok =
            parseUserInfo("{\"sub\":\"424242\",\"id\":424242,\"battletag\":\"Demo#1234\"}");
        QVERIFY(ok.isOk());
        QCOMPARE(ok.value.accountId, 424242);
        QCOMPARE(ok.value.battleTag, u"Demo#1234"_s);
        const auto subOnly = parseUserInfo(R"({"sub":"99"})");
        QVERIFY(subOnly.isOk());
        QCOMPARE(subOnly.value.accountId, 99);
        QVERIFY(!parseUserInfo("{\"battletag\":\"NoId#1\"}").isOk());
        QVERIFY(!parseUserInfo("nonsense").isOk());
    }
};

QTEST_GUILESS_MAIN(TestAccountSummaryParser)
#include "tst_account_summary_parser.moc"
