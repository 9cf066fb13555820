// Token life and where secrets go, on a keychain stand-in that can be told to fail: loading,
// expiry on a driven clock, "sign in again", the in-memory fallback, sign-out, and that a
// keychain that fails never changes the previous sign-in.
#include "FakeSecretBackend.h"
#include "auth/AuthSession.h"
#include "settings/Settings.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

UserToken tokenFor(qint64 accountId, const QString &battleTag, const QDateTime &expiresAt,
                   const QByteArray &accessToken = "access-1")
{
    UserToken token;
    token.accessToken = accessToken;
    token.expiresAt = expiresAt;
    token.scopes = {u"wow.profile"_s, u"openid"_s};
    token.accountId = accountId;
    token.battleTag = battleTag;
    return token;
}

// Everything one app run has: settings, a store over the shared fake keychain, a session.
struct Run
{
    explicit Run(const QString &settingsFile, std::shared_ptr<FakeKeychain> keychain,
                 const Clock &clock)
        : settings(settingsFile)
        , store(std::make_unique<FakeSecretBackend>(std::move(keychain)))
        , session(settings, store, clock)
    {}
    bool load()
    {
        QSignalSpy loaded(&session, &AuthSession::loaded);
        session.load();
        return loaded.wait(5000);
    }
    AuthSession::Outcome adopt(const UserToken &token)
    {
        AuthSession::Outcome result;
        bool done = false;
        session.adopt(token, [&](const AuthSession::Outcome &outcome) {
            result = outcome;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return result;
    }
    AuthSession::Outcome signOut(bool forgetClient)
    {
        AuthSession::Outcome result;
        bool done = false;
        session.signOut(forgetClient, [&](const AuthSession::Outcome &outcome) {
            result = outcome;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return result;
    }
    Settings settings;
    SecretStore store;
    AuthSession session;
};

} // namespace

class TestAuthSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    QString freshSettingsFile() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_file)); }

private Q_SLOTS:
    void nobodySignedIn()
    {
        ManualClock clock;
        Run run(freshSettingsFile(), std::make_shared<FakeKeychain>(), clock);
        QVERIFY(run.load());
        QCOMPARE(run.session.state(), AuthSession::State::SignedOut);
        const auto token = run.session.userTokenForList();
        QVERIFY(!token.isOk());
        QCOMPARE(token.error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY2(token.error.message().contains(u"sign in"_s), qPrintable(token.error.message()));
    }

    void adoptStoresInTheKeychainAndTheNextRunReadsIt()
    {
        ManualClock clock;
        auto keychain = std::make_shared<FakeKeychain>();
        const QString file = freshSettingsFile();
        const UserToken token = tokenFor(424242, u"Demo#1234"_s, clock.nowUtc().addSecs(86'399));
        {
            Run first(file, keychain, clock);
            QVERIFY(first.load());
            QSignalSpy memoryOnly(&first.session, &AuthSession::secretsInMemoryOnly);
            const AuthSession::Outcome outcome = first.adopt(token);
            QVERIFY(outcome.isOk());
            QCOMPARE(outcome.where, SecretStore::Where::Keychain);
            QCOMPARE(memoryOnly.size(), 0);
            QCOMPARE(first.session.state(), AuthSession::State::SignedIn);
            QCOMPARE(first.session.userTokenForList().value, QByteArray("access-1"));
        }
        QVERIFY(keychain->entries.contains(u"user-token/424242"_s));
        Run second(file, keychain, clock);
        QVERIFY(second.load());
        QCOMPARE(second.session.state(), AuthSession::State::SignedIn);
        QCOMPARE(second.session.battleTag(), u"Demo#1234"_s);
        QCOMPARE(second.session.accountId(), 424242);
        QCOMPARE(second.session.expiresAt(), token.expiresAt);
        QCOMPARE(second.session.userTokenForList().value, QByteArray("access-1"));
        QVERIFY(second.session.stateMessage().contains(u"Demo#1234"_s));
    }

    void anExpiredTokenAsksForASignInOnce()
    {
        ManualClock clock;
        Run run(freshSettingsFile(), std::make_shared<FakeKeychain>(), clock);
        QVERIFY(run.load());
        QVERIFY(run.adopt(tokenFor(1, u"A#1"_s, clock.nowUtc().addSecs(86'399))).isOk());
        QSignalSpy required(&run.session, &AuthSession::signInRequired);
        clock.advance(23 * 3600 * 1000LL);
        QVERIFY(run.session.userTokenForList().isOk());
        clock.advance(3600 * 1000LL); // 24 hours: Battle.net's lifetime is over
        const auto token = run.session.userTokenForList();
        QVERIFY(!token.isOk());
        QCOMPARE(token.error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY2(token.error.message().contains(u"Sign in again"_s),
                 qPrintable(token.error.message()));
        QCOMPARE(run.session.state(), AuthSession::State::Expired);
        QCOMPARE(required.size(), 1);
        QVERIFY(run.session.userTokenForList().error.isError());
        QCOMPARE(required.size(), 1); // asked once, not on every look
    }

    void aTokenExpiredWhileTheAppWasClosedLoadsAsExpired()
    {
        ManualClock clock;
        auto keychain = std::make_shared<FakeKeychain>();
        const QString file = freshSettingsFile();
        {
            Run first(file, keychain, clock);
            QVERIFY(first.load());
            QVERIFY(first.adopt(tokenFor(7, u"B#7"_s, clock.nowUtc().addSecs(600))).isOk());
        }
        clock.advance(3600 * 1000LL);
        Run second(file, keychain, clock);
        QSignalSpy required(&second.session, &AuthSession::signInRequired);
        QVERIFY(second.load());
        QCOMPARE(second.session.state(), AuthSession::State::Expired);
        QCOMPARE(required.size(), 1);
    }

    void aRefusedTokenAsksForASignIn()
    {
        ManualClock clock;
        Run run(freshSettingsFile(), std::make_shared<FakeKeychain>(), clock);
        QVERIFY(run.load());
        QVERIFY(run.adopt(tokenFor(1, u"A#1"_s, clock.nowUtc().addSecs(86'399))).isOk());
        QSignalSpy required(&run.session, &AuthSession::signInRequired);
        run.session.userTokenRejected();
        QCOMPARE(run.session.state(), AuthSession::State::Expired);
        QCOMPARE(required.size(), 1);
        QVERIFY(required.at(0).at(0).toString().contains(u"no longer accepts"_s));
        QVERIFY(!run.session.userTokenForList().isOk());
    }

    void aKeychainThatCannotStoreKeepsTheNewSignInInMemoryAndTheOldOneStored()
    {
        ManualClock clock;
        auto keychain = std::make_shared<FakeKeychain>();
        const QString file = freshSettingsFile();
        const UserToken old = tokenFor(5, u"Old#5"_s, clock.nowUtc().addSecs(86'399), "old");
        {
            Run first(file, keychain, clock);
            QVERIFY(first.load());
            QVERIFY(first.adopt(old).isOk());
        }
        const auto before = keychain->entries;
        keychain->writeError = SecretError::locked(u"Cannot create an item in a locked "
                                                   "collection"_s);
        Run second(file, keychain, clock);
        QVERIFY(second.load());
        QSignalSpy memoryOnly(&second.session, &AuthSession::secretsInMemoryOnly);
        const AuthSession::Outcome outcome =
            second.adopt(tokenFor(5, u"Old#5"_s, clock.nowUtc().addSecs(86'399), "new"));
        QCOMPARE(outcome.where, SecretStore::Where::MemoryOnly);
        QCOMPARE(outcome.error.kind(), SecretError::Kind::Locked);
        QCOMPARE(memoryOnly.size(), 1);
        const QString told = memoryOnly.at(0).at(0).toString();
        QVERIFY2(told.contains(u"locked"_s) && told.contains(u"this run only"_s), qPrintable(told));
        // This run works with the new token; the keychain still holds the previous sign-in.
        QCOMPARE(second.session.userTokenForList().value, QByteArray("new"));
        QCOMPARE(keychain->entries, before);
        QVERIFY(second.store.hasMemoryOnlySecrets());
    }

    void anUnreadableKeychainChangesNothing()
    {
        ManualClock clock;
        auto keychain = std::make_shared<FakeKeychain>();
        const QString file = freshSettingsFile();
        {
            Run first(file, keychain, clock);
            QVERIFY(first.load());
            QVERIFY(first.adopt(tokenFor(9, u"C#9"_s, clock.nowUtc().addSecs(86'399))).isOk());
        }
        const auto before = keychain->entries;
        keychain->readError = SecretError::unavailable(u"Could not connect"_s);
        Run second(file, keychain, clock);
        QVERIFY(second.load());
        QCOMPARE(second.session.state(), AuthSession::State::Unreadable);
        QVERIFY2(second.session.stateMessage().contains(u"No system keychain"_s),
                 qPrintable(second.session.stateMessage()));
        QCOMPARE(second.settings.accountId(), 9);
        QCOMPARE(keychain->entries, before);
        QVERIFY(!second.session.userTokenForList().isOk());

        // Once the keychain answers again, the same sign-in is there.
        keychain->readError = {};
        QVERIFY(second.load());
        QCOMPARE(second.session.state(), AuthSession::State::SignedIn);
    }

    void aMissingEntrySaysSoAndKeepsTheAccount()
    {
        ManualClock clock;
        auto keychain = std::make_shared<FakeKeychain>();
        const QString file = freshSettingsFile();
        {
            Run first(file, keychain, clock);
            QVERIFY(first.load());
            QVERIFY(first.adopt(tokenFor(9, u"C#9"_s, clock.nowUtc().addSecs(86'399))).isOk());
        }
        keychain->entries.clear(); // what a locked GNOME Keyring answers to a read
        Run second(file, keychain, clock);
        QVERIFY(second.load());
        QCOMPARE(second.session.state(), AuthSession::State::SignedOut);
        QVERIFY(second.session.stateMessage().contains(u"may be locked"_s));
        QCOMPARE(second.settings.accountId(), 9);
    }

    void signOutRemovesTheTokenAndOptionallyTheClient()
    {
        ManualClock clock;
        auto keychain = std::make_shared<FakeKeychain>();
        Run run(freshSettingsFile(), keychain, clock);
        QVERIFY(run.load());
        bool done = false;
        run.session.setClientCredentials(u"client-1"_s, "secret-1",
                                         [&](const AuthSession::Outcome &) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(run.session.hasClientCredentials());
        QCOMPARE(keychain->entries.value(u"client-secret/client-1"_s), QByteArray("secret-1"));
        QVERIFY(run.adopt(tokenFor(3, u"D#3"_s, clock.nowUtc().addSecs(86'399))).isOk());

        QVERIFY(run.signOut(false).isOk());
        QCOMPARE(run.session.state(), AuthSession::State::SignedOut);
        QVERIFY(!keychain->entries.contains(u"user-token/3"_s));
        QCOMPARE(run.settings.accountId(), 0);
        QCOMPARE(run.settings.battleTag(), QString());
        QVERIFY(keychain->entries.contains(u"client-secret/client-1"_s));

        QVERIFY(run.signOut(true).isOk());
        QVERIFY(keychain->entries.isEmpty());
        QCOMPARE(run.settings.clientId(), QString());
        QVERIFY(!run.session.hasClientCredentials());
    }

    void signOutThatTheKeychainRefusesChangesNothing()
    {
        ManualClock clock;
        auto keychain = std::make_shared<FakeKeychain>();
        Run run(freshSettingsFile(), keychain, clock);
        QVERIFY(run.load());
        QVERIFY(run.adopt(tokenFor(3, u"D#3"_s, clock.nowUtc().addSecs(86'399))).isOk());
        keychain->removeError = SecretError::locked(u"locked"_s);
        const AuthSession::Outcome outcome = run.signOut(false);
        QCOMPARE(outcome.error.kind(), SecretError::Kind::Locked);
        QCOMPARE(run.session.state(), AuthSession::State::SignedIn);
        QCOMPARE(run.settings.accountId(), 3);
        QVERIFY(keychain->entries.contains(u"user-token/3"_s));
    }

    void anotherAccountReplacesThePreviousOne()
    {
        ManualClock clock;
        auto keychain = std::make_shared<FakeKeychain>();
        Run run(freshSettingsFile(), keychain, clock);
        QVERIFY(run.load());
        QVERIFY(run.adopt(tokenFor(1, u"A#1"_s, clock.nowUtc().addSecs(86'399))).isOk());
        QVERIFY(run.adopt(tokenFor(2, u"B#2"_s, clock.nowUtc().addSecs(86'399))).isOk());
        QTRY_VERIFY(!keychain->entries.contains(u"user-token/1"_s));
        QVERIFY(keychain->entries.contains(u"user-token/2"_s));
        QCOMPARE(run.settings.battleTag(), u"B#2"_s);
    }

    void keychainDataRoundTrip()
    {
        const UserToken token = tokenFor(42, u"Zül#42"_s, QDateTime::currentDateTimeUtc(), "t0k");
        const std::optional<UserToken> back = UserToken::fromKeychainData(token.toKeychainData());
        QVERIFY(back);
        QCOMPARE(back->accessToken, token.accessToken);
        QCOMPARE(back->expiresAt, token.expiresAt);
        QCOMPARE(back->scopes, token.scopes);
        QCOMPARE(back->accountId, 42);
        QCOMPARE(back->battleTag, token.battleTag);
        QVERIFY(!UserToken::fromKeychainData("not json"));
        QVERIFY(!UserToken::fromKeychainData(R"({"v":1,"accessToken":""})"));
    }
};

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_auth_session.moc"
