// The real QtKeychain with no keychain to talk to: CTest runs this with a D-Bus session address
// that leads nowhere. A write fails (QtKeychain says OtherError here, not NoBackendAvailable),
// the secret lives in memory for this run, the player is told, and nothing is written in
// plain text: not in the settings, not in any file under a fresh home.
#include "SecretWaits.h"
#include "auth/AuthSession.h"
#include "secrets/KeychainBackend.h"
#include "settings/Settings.h"
#include "util/Clock.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    const QByteArray m_secret = "unavailable-keychain-secret-5f1c";
    const QByteArray m_token = "unavailable-keychain-token-9a2e";

    static std::unique_ptr<SecretStore> keychainStore()
    {
        return std::make_unique<SecretStore>(
            std::make_unique<KeychainBackend>(u"bnetsync-test-unavailable"_s));
    }

    QStringList filesHolding(const QByteArray &needle) const
    {
        QStringList found;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << file.fileName();
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
                 "CTest gives this test a D-Bus address that leads nowhere");
        // Everything QSettings or QtKeychain could write lands in this fresh home.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toUtf8());
    }

    void aWriteFallsBackToMemoryAndSaysSo()
    {
        auto store = keychainStore();
        QSignalSpy told(store.get(), &SecretStore::keptInMemoryOnly);
        const Written written = writeAndWait(*store, u"client-secret/x"_s, m_secret);
        QCOMPARE(written.where, SecretStore::Where::MemoryOnly);
        QCOMPARE(written.error.kind(), SecretError::Kind::Unavailable);
        QVERIFY2(written.error.message().contains(u"No system keychain"_s),
                 qPrintable(written.error.message()));
        QCOMPARE(told.size(), 1);
        QVERIFY(told.at(0).at(0).toString().contains(u"this run only"_s));
        QVERIFY(store->hasMemoryOnlySecrets());
        QCOMPARE(readAndWait(*store, u"client-secret/x"_s).first, m_secret);

        // The next run has nothing: the keychain cannot be read, and no copy was kept on disk.
        auto nextRun = keychainStore();
        const auto [data, error] = readAndWait(*nextRun, u"client-secret/x"_s);
        QVERIFY(data.isEmpty());
        QCOMPARE(error.kind(), SecretError::Kind::Unavailable);
    }

    void aSignInWithoutAKeychainLastsThisRunAndTellsThePlayer()
    {
        ManualClock clock;
        const QString settingsFile = m_home.filePath(u"config/bnetsync/settings.ini"_s);
        {
            Settings settings(settingsFile);
            auto store = keychainStore();
            AuthSession session(settings, *store, clock);
            QSignalSpy memoryOnly(&session, &AuthSession::secretsInMemoryOnly);
            UserToken token;
            token.accessToken = m_token;
            token.expiresAt = clock.nowUtc().addSecs(86'399);
            token.scopes = {u"wow.profile"_s};
            token.accountId = 31337;
            token.battleTag = u"NoKeyring#31337"_s;
            bool done = false;
            AuthSession::Outcome outcome;
            session.adopt(token, [&](const AuthSession::Outcome &result) {
                outcome = result;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
            QCOMPARE(outcome.where, SecretStore::Where::MemoryOnly);
            QCOMPARE(memoryOnly.size(), 1);
            QCOMPARE(session.userTokenForList().value, m_token); // usable for this run
        }
        Settings settings(settingsFile);
        auto store = keychainStore();
        AuthSession nextRun(settings, *store, clock);
        QSignalSpy loaded(&nextRun, &AuthSession::loaded);
        nextRun.load();
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(nextRun.state(), AuthSession::State::Unreadable);
        QVERIFY2(nextRun.stateMessage().contains(u"No system keychain"_s),
                 qPrintable(nextRun.stateMessage()));
        QVERIFY(!nextRun.userTokenForList().isOk());
    }

    void nothingWasWrittenInPlainText()
    {
        QVERIFY(QFile::exists(m_home.filePath(u"config/bnetsync/settings.ini"_s)));
        QVERIFY2(filesHolding(m_secret).isEmpty(), qPrintable(filesHolding(m_secret).join(u' ')));
        QVERIFY2(filesHolding(m_token).isEmpty(), qPrintable(filesHolding(m_token).join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
