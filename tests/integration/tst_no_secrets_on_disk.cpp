// After a sign-in and a full sync (list and enrichment, avatars included) with every log
// category switched on to debug, the
// user token, the client secret, the authorization code and the HTTP Basic credentials appear
// nowhere: not in the database files, not in the settings file, not in the captured log, not in
// the app's cache (where avatars go), not in any file under the app's data, config, cache and
// state folders. The keychain is the real one inside scripts/with-test-keyring.sh (required
// under CI), otherwise a stand-in. (The keyring's own files live in that script's home, not
// here: they are the keychain.)
#include "CoreHarness.h"
#include "FakeBrowser.h"
#include "FakeSecretBackend.h"
#include "TestKeyring.h"
#include "auth/AuthSession.h"
#include "auth/SignInFlow.h"
#include "engine/Engine.h"
#include "secrets/KeychainBackend.h"
#include "settings/Settings.h"
#include "util/AppIdentity.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += QByteArray(context.category ? context.category : "default") + ": " +
                 message.toUtf8() + '\n';
    }
    if (type >= QtWarningMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestNoSecretsOnDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    const QString m_clientId = u"secret-scan-client"_s;
    const QByteArray m_clientSecret = "Cl13nt-S3cret-Never-On-Disk-7Qx";
    std::unique_ptr<SecretStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // The app's folders in a fresh home, as a player's first run would have them.
        for (const char *variable :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, m_root.filePath(QString::fromLatin1(variable)).toUtf8());
        configureApplicationIdentity();
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(u"*=true"_s); // every level of every category, Qt's too

        if (insideTestKeyring()) {
            m_store = std::make_unique<SecretStore>(std::make_unique<KeychainBackend>(
                u"bnetsync-test-scan-%1"_s.arg(QCoreApplication::applicationPid())));
        } else {
            if (runningInCi())
                QFAIL("CI must run this test inside scripts/with-test-keyring.sh");
            qInfo("no test keyring: the keychain is a stand-in for this run");
            m_store = std::make_unique<SecretStore>(
                std::make_unique<FakeSecretBackend>(std::make_shared<FakeKeychain>()));
        }
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void signInAndSyncLeaveNoSecretBehind()
    {
        bnetsim::SimulatedBattleNet::Options options;
        options.clientId = m_clientId;
        options.clientSecret = QString::fromLatin1(m_clientSecret);
        CoreHarness harness(bnetsim::SimulatorData::demo(), options);
        QVERIFY(harness.isReady());
        SystemClock clock;
        Settings settings; // the player's settings file, in the fresh home
        AuthSession session(settings, *m_store, clock);

        // The player enters the client once, then signs in.
        bool done = false;
        session.setClientCredentials(m_clientId, m_clientSecret,
                                     [&](const AuthSession::Outcome &) { done = true; });
        QTRY_VERIFY(done);
        SignInFlow flow(harness.api(), clock);
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        SignInFlow::Request request;
        request.clientId = session.clientId();
        request.clientSecret = session.clientSecret();
        request.redirectPort = 0;
        QVERIFY(!flow.start(request).isError());
        const BrowserVisit visit = visitInBrowser(flow.authorizeUrl());
        QVERIFY(succeeded.wait(15'000) || !succeeded.isEmpty());
        const UserToken token = succeeded.at(0).at(0).value<UserToken>();
        const QByteArray code =
            QUrlQuery(visit.landedOn).queryItemValue(u"code"_s, QUrl::FullyDecoded).toLatin1();
        QVERIFY(!code.isEmpty());
        done = false;
        session.adopt(token, [&](const AuthSession::Outcome &) { done = true; });
        QTRY_VERIFY(done);

        // A full sync into the player's database and avatar cache: the list with the user
        // token, enrichment with the client credentials, as the app runs it.
        Database database(Database::defaultPath());
        QVERIFY(!database.open().isError());
        const auto userToken = session.userTokenForList();
        QVERIFY(userToken.isOk());
        {
            Engine::Config config;
            config.endpoints = harness.http().endpoints();
            config.clientId = session.clientId().toUtf8();
            config.clientSecret = session.clientSecret();
            config.userToken = userToken.value;
            Engine engine(database, clock, config);
            QVERIFY(engine.usesClientCredentials());
            std::optional<SyncEvent> complete;
            QObject::connect(&engine.sync(), &SyncService::eventOccurred, &engine.sync(),
                             [&](const SyncEvent &event) {
                                 if (event.type == SyncEvent::Type::SyncComplete)
                                     complete = event;
                             });
            const auto started = engine.sync().startSync({424242,
                                                          u"Demo#1234"_s,
                                                          userToken.value,
                                                          {Region::US, Region::EU},
                                                          allGameVersions()});
            QVERIFY(started.isOk());
            QTRY_VERIFY_WITH_TIMEOUT(complete.has_value(), 30'000);
            QCOMPARE(complete->sessionStatus, u"completed"_s);
            QCOMPARE(complete->processed, 15);
        }
        database.closeThreadConnection();

        const QList<QPair<QString, QByteArray>> needles = {
            {u"user token"_s, token.accessToken},
            {u"client secret"_s, m_clientSecret},
            {u"authorization code"_s, code},
            {u"Basic credentials"_s,
             QByteArray(m_clientId.toUtf8() + ':' + m_clientSecret).toBase64()}};

        // The haystacks exist, so the search means something.
        QVERIFY(QFile::exists(Database::defaultPath()));
        QVERIFY(QFile::exists(settings.filePath()));
        QByteArray log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        QVERIFY2(log.contains("sign-in complete"), "the log was not captured");

        // Every file in the fresh config, data, cache (avatars) and state folders.
        QStringList files;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                    .startsWith(m_root.path()));
        QVERIFY(files.contains(settings.filePath()));
        QVERIFY(files.contains(Database::defaultPath()));
        QVERIFY(std::any_of(files.cbegin(), files.cend(), [](const QString &path) {
            return path.contains(u"/avatars/avatar-"_s);
        }));
        QStringList found;
        for (const auto &[what, needle] : needles) {
            QVERIFY(!needle.isEmpty());
            if (log.contains(needle))
                found << what + u" in the log"_s;
            for (const QString &path : std::as_const(files)) {
                QFile file(path);
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                    found << what + u" in "_s + path;
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        done = false;
        session.signOut(true, [&](const AuthSession::Outcome &) { done = true; });
        QTRY_VERIFY(done);
    }
};

QTEST_GUILESS_MAIN(TestNoSecretsOnDisk)
#include "tst_no_secrets_on_disk.moc"
