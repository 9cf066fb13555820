#include "domain/Character.h"
#include "domain/CharacterKey.h"
#include "domain/GameVersion.h"
#include "domain/Region.h"

#include <QSet>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionCodesRoundTrip()
    {
        for (Region region : allRegions())
            QCOMPARE(regionFromCode(regionCode(region)), region);
        QCOMPARE(regionFromCode(u"EU"), Region::EU);
        QVERIFY(!regionFromCode(u"xx").has_value());
        QVERIFY(!regionFromCode(u"").has_value());
    }

    void chinaIsKnownButUnsupported()
    {
        QVERIFY(allRegions().contains(Region::CN));
        QVERIFY(!isRegionSupported(Region::CN));
        QVERIFY(!supportedRegions().contains(Region::CN));
        QVERIFY(isRegionSupported(Region::TW));
    }

    void namespaces_data()
    {
        QTest::addColumn<GameVersion>("version");
        QTest::addColumn<Region>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("retail us") << GameVersion::Retail << Region::US << u"profile-us"_s;
        QTest::newRow("classic eu")
            << GameVersion::Classic << Region::EU << u"profile-classic-eu"_s;
        QTest::newRow("era kr") << GameVersion::ClassicEra << Region::KR
                                << u"profile-classic1x-kr"_s;
        QTest::newRow("anniversary tw")
            << GameVersion::Anniversary << Region::TW << u"profile-classicann-tw"_s;
    }

    void namespaces()
    {
        QFETCH(GameVersion, version);
        QFETCH(Region, region);
        QFETCH(QString, expected);
        QCOMPARE(profileNamespace(version, region), expected);
        const auto scope = parseProfileNamespace(expected);
        QVERIFY(scope.has_value());
        QCOMPARE(scope->version, version);
        QCOMPARE(scope->region, region);
    }

    void unknownNamespaceIsRejected()
    {
        QVERIFY(!parseProfileNamespace(u"dynamic-us").has_value());
        QVERIFY(!parseProfileNamespace(u"profile-classic2x-us").has_value());
    }

    void gameVersionCodesRoundTrip()
    {
        for (GameVersion version : allGameVersions()) {
            QCOMPARE(gameVersionFromCode(gameVersionCode(version)), version);
            QVERIFY(!gameVersionDisplayName(version).isEmpty());
        }
        QVERIFY(!gameVersionFromCode(u"classic1x").has_value());
    }

    void characterKeyIdentity()
    {
        const CharacterKey a{Region::EU, GameVersion::Retail, u"silvermoon"_s, 42};
        CharacterKey b = a;
        QCOMPARE(a, b);
        QCOMPARE(qHash(a), qHash(b));
        b.version = GameVersion::Classic;
        QVERIFY(a != b);
        QSet<CharacterKey> keys{a, b, a};
        QCOMPARE(keys.size(), 2);
        QCOMPARE(a.toString(), u"eu/retail/silvermoon/42"_s);
        QVERIFY(a.isValid());
        QVERIFY(!CharacterKey{}.isValid());
    }

    void listFieldsDifferIgnoresTimes()
    {
        Character a;
        a.name = u"Thrall"_s;
        a.level = 10;
        Character b = a;
        b.lastSeen = QDateTime::currentDateTimeUtc();
        b.rowId = 7;
        QVERIFY(!a.listFieldsDiffer(b));
        b.level = 11;
        QVERIFY(a.listFieldsDiffer(b));
    }

    void enumCodes()
    {
        QCOMPARE(factionFromCode(u"HORDE"), Faction::Horde);
        QCOMPARE(factionFromCode(u"alliance"), Faction::Alliance);
        QCOMPARE(factionFromCode(u"PURPLE"), Faction::Unknown);
        QCOMPARE(genderFromCode(genderCode(Gender::Female)), Gender::Female);
        QCOMPARE(genderCode(Gender::Unknown), QString());
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
