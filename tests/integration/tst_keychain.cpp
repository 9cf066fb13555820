// The real OS keychain: GNOME Keyring over the Secret Service, started by
// scripts/with-test-keyring.sh in a D-Bus session of its own. Round trips through QtKeychain,
// a sign-in kept across "runs", and a keychain that gets locked: the new secret stays in
// memory, the player is told, and the previous entry is still there once it is unlocked.
#include "SecretWaits.h"
#include "TestKeyring.h"
#include "auth/AuthSession.h"
#include "secrets/KeychainBackend.h"
#include "settings/Settings.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<SecretStore> keychainStore(const QString &service)
{
    return std::make_unique<SecretStore>(std::make_unique<KeychainBackend>(service));
}

QDBusMessage secretService(const QString &method, const QVariantList &arguments,
                           const QString &interface = u"org.freedesktop.Secret.Service"_s)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s, interface, method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 10'000);
}

// The Secret Service's "secret" structure (oayays): session, parameters, value, content type.
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const DBusSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, DBusSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(DBusSecret)

namespace {

// Unlocks a collection without a prompt, with the test keyring's password, the way GNOME
// Keyring's own tests do: a plain-text session, then its unlock-with-password call.
QString unlockWithTestPassword(const QDBusObjectPath &collection)
{
    qDBusRegisterMetaType<DBusSecret>();
    const QDBusMessage session =
        secretService(u"OpenSession"_s, {u"plain"_s, QVariant::fromValue(QDBusVariant(u""_s))});
    if (session.type() != QDBusMessage::ReplyMessage)
        return session.errorMessage();
    // scripts/with-test-keyring.sh pipes `echo ""` into the daemon: the password is "\n".
    const DBusSecret password{
        session.arguments().value(1).value<QDBusObjectPath>(), {}, "\n", u"text/plain"_s};
    const QDBusMessage unlock =
        secretService(u"UnlockWithMasterPassword"_s,
                      {QVariant::fromValue(collection), QVariant::fromValue(password)},
                      u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s);
    return unlock.type() == QDBusMessage::ReplyMessage ? QString() : unlock.errorMessage();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    const QString m_service =
        u"bnetsync-test-keychain-%1"_s.arg(QCoreApplication::applicationPid());
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        BNETSYNC_REQUIRE_TEST_KEYRING();
        QVERIFY(m_dir.isValid());
        auto store = keychainStore(m_service);
        const Written probe = writeAndWait(*store, u"probe"_s, "probe");
        QVERIFY2(probe.where == SecretStore::Where::Keychain,
                 qPrintable(u"the test keyring does not store: "_s + probe.error.message()));
        QVERIFY(!removeAndWait(*store, u"probe"_s).isError());
    }

    void roundTrip()
    {
        auto store = keychainStore(m_service);
        static const char raw[] = "s3cr\0t with \xc3\xa9 and a NUL";
        const QByteArray secret(raw, sizeof(raw) - 1);
        const Written written = writeAndWait(*store, u"round-trip"_s, secret);
        QCOMPARE(written.where, SecretStore::Where::Keychain);
        QVERIFY(!written.error.isError());
        QVERIFY(!store->hasMemoryOnlySecrets());

        // A fresh store has no memory of this run: the answer comes from the keychain.
        auto fresh = keychainStore(m_service);
        auto [data, error] = readAndWait(*fresh, u"round-trip"_s);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(data, secret);

        QCOMPARE(writeAndWait(*store, u"round-trip"_s, "second").where,
                 SecretStore::Where::Keychain);
        std::tie(data, error) = readAndWait(*fresh, u"round-trip"_s);
        QCOMPARE(data, QByteArray("second"));

        QVERIFY(!removeAndWait(*store, u"round-trip"_s).isError());
        std::tie(data, error) = readAndWait(*fresh, u"round-trip"_s);
        QCOMPARE(error.kind(), SecretError::Kind::NotFound);
        QVERIFY(data.isEmpty());
        QVERIFY(!removeAndWait(*store, u"round-trip"_s).isError()); // gone already: fine
    }

    void entriesAreKeptApartPerApp()
    {
        auto ours = keychainStore(m_service);
        auto other = keychainStore(m_service + u"-other-app"_s);
        QCOMPARE(writeAndWait(*ours, u"same-key"_s, "ours").where, SecretStore::Where::Keychain);
        QCOMPARE(writeAndWait(*other, u"same-key"_s, "theirs").where, SecretStore::Where::Keychain);
        QCOMPARE(readAndWait(*keychainStore(m_service), u"same-key"_s).first, QByteArray("ours"));
        QVERIFY(!removeAndWait(*ours, u"same-key"_s).isError());
        QCOMPARE(readAndWait(*keychainStore(m_service + u"-other-app"_s), u"same-key"_s).first,
                 QByteArray("theirs"));
        QVERIFY(!removeAndWait(*other, u"same-key"_s).isError());
    }

    void aSignInSurvivesARestart()
    {
        ManualClock clock;
        const QString settingsFile = m_dir.filePath(u"session.ini"_s);
        UserToken token;
        token.accessToken = "token-kept-in-the-keyring";
        token.expiresAt = clock.nowUtc().addSecs(86'399);
        token.scopes = {u"wow.profile"_s};
        token.accountId = 777;
        token.battleTag = u"Keyring#777"_s;
        {
            Settings settings(settingsFile);
            auto store = keychainStore(m_service);
            AuthSession session(settings, *store, clock);
            bool done = false;
            AuthSession::Outcome outcome;
            session.setClientCredentials(u"client-777"_s, "client-secret-777",
                                         [&](const AuthSession::Outcome &result) {
                                             outcome = result;
                                             done = true;
                                         });
            QTRY_VERIFY(done);
            QCOMPARE(outcome.where, SecretStore::Where::Keychain);
            done = false;
            session.adopt(token, [&](const AuthSession::Outcome &result) {
                outcome = result;
                done = true;
            });
            QTRY_VERIFY(done);
            QCOMPARE(outcome.where, SecretStore::Where::Keychain);
        }
        {
            Settings settings(settingsFile);
            auto store = keychainStore(m_service);
            AuthSession session(settings, *store, clock);
            QSignalSpy loaded(&session, &AuthSession::loaded);
            session.load();
            QVERIFY(loaded.wait(20'000));
            QCOMPARE(session.state(), AuthSession::State::SignedIn);
            QCOMPARE(session.userTokenForList().value, token.accessToken);
            QCOMPARE(session.clientSecret(), QByteArray("client-secret-777"));
            bool done = false;
            session.signOut(true, [&](const AuthSession::Outcome &) { done = true; });
            QTRY_VERIFY(done);
        }
        auto store = keychainStore(m_service);
        QCOMPARE(readAndWait(*store, AuthSession::userTokenKey(777)).second.kind(),
                 SecretError::Kind::NotFound);
        QCOMPARE(readAndWait(*store, AuthSession::clientSecretKey(u"client-777"_s)).second.kind(),
                 SecretError::Kind::NotFound);
    }

    // Last: it locks the keyring for a moment.
    void aLockedKeychainKeepsTheNewSecretInMemoryAndTheOldOneStored()
    {
        auto store = keychainStore(m_service);
        QCOMPARE(writeAndWait(*store, u"locked"_s, "previous").where, SecretStore::Where::Keychain);

        const QDBusMessage alias = secretService(u"ReadAlias"_s, {u"default"_s});
        QVERIFY2(alias.type() == QDBusMessage::ReplyMessage, qPrintable(alias.errorMessage()));
        const QDBusObjectPath collection = alias.arguments().value(0).value<QDBusObjectPath>();
        QVERIFY(!collection.path().isEmpty() && collection.path() != u"/"_s);
        const QDBusMessage lock =
            secretService(u"Lock"_s, {QVariant::fromValue(QList<QDBusObjectPath>{collection})});
        QVERIFY2(lock.type() == QDBusMessage::ReplyMessage, qPrintable(lock.errorMessage()));
        // Whatever happens below, the keyring is unlocked again for the tests that follow.
        auto unlockAtTheEnd = qScopeGuard([&collection] { unlockWithTestPassword(collection); });

        QSignalSpy told(store.get(), &SecretStore::keptInMemoryOnly);
        const Written written = writeAndWait(*store, u"locked"_s, "newer");
        QCOMPARE(written.where, SecretStore::Where::MemoryOnly);
        QCOMPARE(written.error.kind(), SecretError::Kind::Locked);
        QCOMPARE(told.size(), 1);
        const QString message = told.at(0).at(0).toString();
        QVERIFY2(message.contains(u"locked"_s) && message.contains(u"this run only"_s),
                 qPrintable(message));
        QCOMPARE(readAndWait(*store, u"locked"_s).first, QByteArray("newer")); // this run

        // A locked GNOME Keyring answers reads with "not found": nothing is changed on that.
        QCOMPARE(readAndWait(*keychainStore(m_service), u"locked"_s).second.kind(),
                 SecretError::Kind::NotFound);

        // Unlocked again, the keychain still holds the previous secret.
        unlockAtTheEnd.dismiss();
        const QString unlockError = unlockWithTestPassword(collection);
        QVERIFY2(unlockError.isEmpty(), qPrintable(unlockError));
        QCOMPARE(readAndWait(*keychainStore(m_service), u"locked"_s).first, QByteArray("previous"));
        QVERIFY(!removeAndWait(*store, u"locked"_s).isError());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
