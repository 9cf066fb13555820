// The settings facade on a temporary file: typed keys with defaults, checks, the changed
// signal, persistence, and migration of renamed keys.
#include "settings/Settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name + u".ini"_s); }

    static void writeRaw(const QString &file, const QList<QPair<QString, QVariant>> &values)
    {
        QSettings raw(file, QSettings::IniFormat);
        for (const auto &[key, value] : values)
            raw.setValue(key, value);
    }

private Q_SLOTS:
    void defaults()
    {
        Settings settings(path(u"defaults"_s));
        QCOMPARE(settings.regions(), supportedRegions());
        QCOMPARE(settings.gameVersions(), allGameVersions());
        QCOMPARE(settings.apiLocale(), QString());
        QCOMPARE(settings.syncIntervalMinutes(), 360);
        QCOMPARE(settings.companionEnabled(), false);
        QCOMPARE(settings.companionPort(), Settings::defaultCompanionPort);
        QCOMPARE(settings.companionAllowLan(), false);
        QCOMPARE(settings.startMinimized(), false);
        QCOMPARE(settings.startAtLogin(), false);
        QCOMPARE(settings.clientId(), QString());
        QCOMPARE(settings.redirectPort(), Settings::defaultRedirectPort);
        QCOMPARE(settings.signInRegion(), Region::US);
        QCOMPARE(settings.accountId(), 0);
        QCOMPARE(settings.battleTag(), QString());
        for (Settings::Key key : Settings::allKeys())
            QCOMPARE(settings.value(key), Settings::defaultValue(key));
    }

    void valuesPersistAcrossInstances()
    {
        const QString file = path(u"persist"_s);
        {
            Settings settings(file);
            QVERIFY(settings.setRegions({Region::EU, Region::KR, Region::CN}));
            QVERIFY(settings.setGameVersions({GameVersion::ClassicEra}));
            QVERIFY(settings.setValue(Settings::Key::ApiLocale, u"de_DE"_s));
            QVERIFY(settings.setValue(Settings::Key::SyncIntervalMinutes, 60));
            QVERIFY(settings.setValue(Settings::Key::CompanionEnabled, true));
            QVERIFY(settings.setValue(Settings::Key::CompanionPort, 9000));
            QVERIFY(settings.setValue(Settings::Key::CompanionAllowLan, true));
            QVERIFY(settings.setValue(Settings::Key::StartMinimized, true));
            QVERIFY(settings.setValue(Settings::Key::StartAtLogin, true));
            QVERIFY(settings.setValue(Settings::Key::ClientId, u"abc123"_s));
            QVERIFY(settings.setValue(Settings::Key::RedirectPort, 50000));
            QVERIFY(settings.setValue(Settings::Key::SignInRegion, u"EU"_s));
            QVERIFY(settings.setValue(Settings::Key::AccountId, qint64(424242)));
            QVERIFY(settings.setValue(Settings::Key::BattleTag, u"Søren#2841"_s));
            QVERIFY(settings.lastError().isEmpty());
        }
        Settings again(file);
        QCOMPARE(again.regions(), (QList<Region>{Region::EU, Region::KR, Region::CN}));
        QCOMPARE(again.gameVersions(), QList<GameVersion>{GameVersion::ClassicEra});
        QCOMPARE(again.apiLocale(), u"de_DE"_s);
        QCOMPARE(again.syncIntervalMinutes(), 60);
        QVERIFY(again.companionEnabled());
        QCOMPARE(again.companionPort(), 9000);
        QVERIFY(again.companionAllowLan());
        QVERIFY(again.startMinimized());
        QVERIFY(again.startAtLogin());
        QCOMPARE(again.clientId(), u"abc123"_s);
        QCOMPARE(again.redirectPort(), 50000);
        QCOMPARE(again.signInRegion(), Region::EU);
        QCOMPARE(again.accountId(), 424242);
        QCOMPARE(again.battleTag(), u"Søren#2841"_s); // '#' and non-ASCII survive the INI file
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<Settings::Key>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown region") << Settings::Key::Regions << QVariant(u"us,mars"_s);
        QTest::newRow("no region") << Settings::Key::Regions << QVariant(QStringList{});
        QTest::newRow("unknown version") << Settings::Key::GameVersions << QVariant(u"wotlk"_s);
        QTest::newRow("bad locale") << Settings::Key::ApiLocale << QVariant(u"german"_s);
        QTest::newRow("interval too short") << Settings::Key::SyncIntervalMinutes << QVariant(5);
        QTest::newRow("interval not a number")
            << Settings::Key::SyncIntervalMinutes << QVariant(u"often"_s);
        QTest::newRow("port too low") << Settings::Key::CompanionPort << QVariant(80);
        QTest::newRow("port too high") << Settings::Key::RedirectPort << QVariant(70000);
        QTest::newRow("flag") << Settings::Key::StartMinimized << QVariant(u"maybe"_s);
        QTest::newRow("client id with space") << Settings::Key::ClientId << QVariant(u"a b"_s);
        QTest::newRow("negative account") << Settings::Key::AccountId << QVariant(-4);
    }

    void invalidValuesAreRefused()
    {
        QFETCH(Settings::Key, key);
        QFETCH(QVariant, value);
        Settings settings(path(u"invalid"_s));
        QSignalSpy changed(&settings, &Settings::changed);
        QVERIFY(!settings.setValue(key, value));
        QVERIFY(!settings.lastError().isEmpty());
        QCOMPARE(settings.value(key), Settings::defaultValue(key));
        QCOMPARE(changed.size(), 0);
    }

    void mistypedFileValuesReadAsDefaults()
    {
        const QString file = path(u"mistyped"_s);
        writeRaw(file, {{u"sync/regions"_s, u"us, atlantis"_s},
                        {u"sync/intervalMinutes"_s, u"soon"_s},
                        {u"companion/port"_s, u"-1"_s},
                        {u"app/startMinimized"_s, u"yes please"_s},
                        {u"sync/gameVersions"_s, u"classic"_s}});
        Settings settings(file);
        QCOMPARE(settings.regions(), supportedRegions());
        QCOMPARE(settings.syncIntervalMinutes(), 360);
        QCOMPARE(settings.companionPort(), Settings::defaultCompanionPort);
        QCOMPARE(settings.startMinimized(), false);
        QCOMPARE(settings.gameVersions(), QList<GameVersion>{GameVersion::Classic}); // one entry
    }

    void changedFiresOnlyForRealChanges()
    {
        Settings settings(path(u"changed"_s));
        QSignalSpy changed(&settings, &Settings::changed);
        QVERIFY(settings.setValue(Settings::Key::StartAtLogin, true));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::StartAtLogin);
        QVERIFY(settings.setValue(Settings::Key::StartAtLogin, true)); // same again
        QVERIFY(settings.setValue(Settings::Key::StartAtLogin, u"true"_s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(settings.setValue(Settings::Key::StartMinimized, false)); // equals the default
        QCOMPARE(changed.size(), 1);
        settings.reset(Settings::Key::StartAtLogin);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).value<Settings::Key>(), Settings::Key::StartAtLogin);
        QCOMPARE(settings.startAtLogin(), false);
        settings.reset(Settings::Key::StartAtLogin); // nothing left to reset
        QCOMPARE(changed.size(), 2);
    }

    void renamedKeysAreMigratedOnce()
    {
        const QString file = path(u"migrate"_s);
        writeRaw(file, {{u"regions"_s, u"eu"_s},
                        {u"minimized"_s, true},
                        {u"oldPort"_s, 9100},
                        {u"companion/port"_s, 9200}});
        const QList<Settings::Rename> renames = {{2, u"regions"_s, u"sync/regions"_s},
                                                 {2, u"minimized"_s, u"app/startMinimized"_s},
                                                 {3, u"oldPort"_s, u"companion/port"_s}};
        {
            Settings settings(file, renames);
            QCOMPARE(settings.fileVersion(), 3);
            QCOMPARE(settings.regions(), QList<Region>{Region::EU});
            QVERIFY(settings.startMinimized());
            QCOMPARE(settings.companionPort(), 9200); // the new key, already set, wins
        }
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY(!raw.contains(u"regions"_s));
        QVERIFY(!raw.contains(u"minimized"_s));
        QVERIFY(!raw.contains(u"oldPort"_s));
        QCOMPARE(raw.value(u"meta/version"_s).toInt(), 3);

        // A key of the old name written later (by an old build) is not migrated twice.
        raw.setValue(u"regions"_s, u"kr"_s);
        raw.sync();
        Settings again(file, renames);
        QCOMPARE(again.regions(), QList<Region>{Region::EU});
    }

    void aNewerFileIsLeftAsItIs()
    {
        const QString file = path(u"newer"_s);
        writeRaw(file, {{u"meta/version"_s, 99}, {u"regions"_s, u"eu"_s}});
        Settings settings(file, {{2, u"regions"_s, u"sync/regions"_s}});
        QCOMPARE(settings.fileVersion(), 99);
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY(raw.contains(u"regions"_s));
    }

    void noSecretKeys()
    {
        // The facade has no key for a secret; the file holds only what the keys name.
        for (Settings::Key key : Settings::allKeys()) {
            const QString name = Settings::keyName(key).toLower();
            QVERIFY2(!name.contains(u"secret"_s) && !name.contains(u"token"_s), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
