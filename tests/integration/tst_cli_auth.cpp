// bnetsync-cli login, whoami, logout and sync with the stored sign-in, as a player would run
// them: the real executable, the simulator in its own process, the real keychain (inside
// scripts/with-test-keyring.sh), and a network client in the test standing in for the browser.
// Every failed login must leave the previous sign-in as it was.
#include "FakeBrowser.h"
#include "TestKeyring.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    BrowserVisit visit;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QStringList errorLines() const
    {
        return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
    }
};

} // namespace

class TestCliAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QList<QProcess *> m_simulators;
    QString m_url;

    QProcessEnvironment environment(const QString &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        env.insert(u"BNETSYNC_KEYCHAIN_SERVICE"_s,
                   u"bnetsync-test-cli-%1"_s.arg(QCoreApplication::applicationPid()));
        env.remove(u"BNETSYNC_TOKEN"_s);
        env.remove(u"BNETSYNC_CLIENT_ID"_s);
        env.remove(u"BNETSYNC_CLIENT_SECRET"_s);
        return env;
    }
    QProcessEnvironment environment() const { return environment(m_home.path()); }
    QProcessEnvironment withSecret(const QByteArray &secret = "demo-secret") const
    {
        QProcessEnvironment env = environment();
        env.insert(u"BNETSYNC_CLIENT_SECRET"_s, QString::fromLatin1(secret));
        return env;
    }

    static Run finish(QProcess &process, Run run = {})
    {
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        return run;
    }

    Run cli(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BNETSYNC_CLI_PATH), arguments);
        return finish(process);
    }
    Run cli(const QStringList &arguments) { return cli(arguments, environment()); }

    enum class Then {
        Browse,   // open the printed address as a browser would
        Terminate // Ctrl+C-like SIGTERM once the address is printed
    };

    // `login --no-browser` against `url`; the printed address is then handled as `then` says.
    Run login(const QString &url, const QStringList &extra, const QProcessEnvironment &env,
              Then then = Then::Browse)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BNETSYNC_CLI_PATH),
                      QStringList{u"login"_s, u"--no-browser"_s, u"--api-url"_s, url,
                                  u"--redirect-port"_s, u"0"_s} +
                          extra);
        Run run;
        if (!process.waitForStarted())
            return run;
        static const QRegularExpression address(u"(http://\\S+/authorize\\?\\S+)"_s);
        QString authorize;
        const bool printed = QTest::qWaitFor(
            [&] {
                run.out += process.readAllStandardOutput();
                authorize = address.match(QString::fromUtf8(run.out)).captured(1);
                return !authorize.isEmpty() || process.state() == QProcess::NotRunning;
            },
            20'000);
        if (printed && !authorize.isEmpty()) {
            if (then == Then::Browse)
                run.visit = visitInBrowser(QUrl(authorize));
            else
                process.terminate();
        }
        return finish(process, run);
    }

    // Another simulator process, e.g. one whose consent page answers differently.
    QString startSimulator(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        m_simulators.append(process);
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(BNETSYNC_CLI_PATH), QStringList{u"simulator"_s} + arguments);
        if (!process->waitForStarted() ||
            !QTest::qWaitFor([process] { return process->canReadLine(); }, 10'000))
            return {};
        return QString::fromUtf8(process->readLine()).trimmed();
    }

    // The sign-in as whoami reports it: a failed login must not change a byte of it.
    QJsonObject whoami()
    {
        const Run run = cli({u"whoami"_s, u"--json"_s});
        return run.json();
    }

    static void verifyNoSecretIn(const Run &run)
    {
        QVERIFY(!run.out.contains("demo-secret") && !run.err.contains("demo-secret"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_url = startSimulator({});
        QVERIFY2(m_url.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_url));
    }

    void cleanupTestCase()
    {
        if (insideTestKeyring())
            cli({u"logout"_s, u"--forget-client"_s});
        for (QProcess *simulator : std::as_const(m_simulators)) {
            simulator->terminate();
            simulator->waitForFinished(10'000);
        }
    }

    void withoutAClientTheHowToIsShown()
    {
        const Run run = login(m_url, {}, environment(), Then::Terminate);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorLines().size(), 1);
        QVERIFY(run.err.contains("No Battle.net API client"));
        QVERIFY(run.out.contains("https://develop.battle.net/access/clients"));
        QVERIFY(run.out.contains("BNETSYNC_CLIENT_SECRET"));
    }

    void chinaIsShownAsUnsupported()
    {
        const Run run = login(m_url, {u"--client-id"_s, u"demo-client"_s, u"--region"_s, u"cn"_s},
                              withSecret(), Then::Terminate);
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("China region is not supported"), run.err.constData());
    }

    void withoutAKeychainTheSignInLastsThisRunOnly()
    {
        QTemporaryDir home;
        QProcessEnvironment env = environment(home.path());
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bnetsync-test-bus"_s);
        env.insert(u"BNETSYNC_CLIENT_SECRET"_s, u"demo-secret"_s);
        const Run run = login(m_url, {u"--client-id"_s, u"demo-client"_s}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("Signed in as Demo#1234"));
        QVERIFY2(run.err.contains("this run only") && run.err.contains("No system keychain"),
                 run.err.constData());
        verifyNoSecretIn(run);
        env.remove(u"BNETSYNC_CLIENT_SECRET"_s);
        const Run who = cli({u"whoami"_s}, env);
        QCOMPARE(who.exitCode, 6);
        QVERIFY2(who.err.contains("could not be read"), who.err.constData());
        // Nothing in plain text anywhere in that home.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("demo-secret"), qPrintable(file.fileName()));
        }
    }

    void loginKeepsTheSignInForWhoamiAndSync()
    {
        BNETSYNC_REQUIRE_TEST_KEYRING();
        QCOMPARE(cli({u"whoami"_s}).exitCode, 3);
        const Run run = login(m_url, {u"--client-id"_s, u"demo-client"_s}, withSecret());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.contains("Open this address in your browser"));
        QVERIFY(run.out.contains("Signed in as Demo#1234 (account 424242)"));
        QVERIFY(run.visit.page.contains("You can close this tab"));
        verifyNoSecretIn(run);

        const Run who = cli({u"whoami"_s});
        QCOMPARE(who.exitCode, 0);
        QVERIFY(who.out.contains("Demo#1234 (account 424242), signed in until"));
        const QJsonObject json = whoami();
        QCOMPARE(json.value(u"state"_s).toString(), u"signed-in"_s);
        QCOMPARE(json.value(u"clientId"_s).toString(), u"demo-client"_s);
        QVERIFY(json.value(u"clientSecretStored"_s).toBool());
        QVERIFY(!json.value(u"expiresAt"_s).toString().isEmpty());
        QVERIFY(!who.out.contains("demo-secret"));

        const Run sync = cli({u"sync"_s, u"--json"_s, u"--api-url"_s, m_url, u"--db"_s,
                              m_home.filePath(u"stored.sqlite"_s), u"--region"_s, u"us,eu"_s});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY(sync.out.contains("\"total\":15"));
    }

    void failedLoginsLeaveThePreviousSignIn_data()
    {
        QTest::addColumn<QStringList>("simulator"); // empty: the shared one
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("takePort");
        QTest::addColumn<bool>("terminate");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("consent denied")
            << QStringList{u"--authorize"_s, u"deny"_s} << QByteArray("demo-secret") << false
            << false << 3 << QByteArray("You declined");
        QTest::newRow("wrong state")
            << QStringList{u"--authorize"_s, u"wrong-state"_s} << QByteArray("demo-secret") << false
            << false << 3 << QByteArray("refused");
        QTest::newRow("wow.profile unticked")
            << QStringList{u"--authorize"_s, u"no-wow-profile"_s} << QByteArray("demo-secret")
            << false << false << 3 << QByteArray("World of Warcraft was unticked");
        QTest::newRow("token endpoint error")
            << QStringList{u"--fault"_s, u"/token=500*"_s} << QByteArray("demo-secret") << false
            << false << 4 << QByteArray("server error");
        QTest::newRow("malformed token answer")
            << QStringList{u"--fault"_s, u"/token=malformed"_s} << QByteArray("demo-secret")
            << false << false << 3 << QByteArray("malformed");
        QTest::newRow("wrong client secret") << QStringList{} << QByteArray("wrong-secret") << false
                                             << false << 3 << QByteArray("client id or secret");
        QTest::newRow("port taken") << QStringList{} << QByteArray("demo-secret") << true << false
                                    << 6 << QByteArray("another program");
        QTest::newRow("cancelled") << QStringList{} << QByteArray("demo-secret") << false << true
                                   << 3 << QByteArray("cancelled");
    }

    void failedLoginsLeaveThePreviousSignIn()
    {
        BNETSYNC_REQUIRE_TEST_KEYRING();
        QFETCH(QStringList, simulator);
        QFETCH(QByteArray, secret);
        QFETCH(bool, takePort);
        QFETCH(bool, terminate);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const QJsonObject before = whoami();
        QCOMPARE(before.value(u"state"_s).toString(), u"signed-in"_s);

        const QString url = simulator.isEmpty() ? m_url : startSimulator(simulator);
        QVERIFY(!url.isEmpty());
        QStringList extra{u"--client-id"_s, u"demo-client"_s};
        QTcpServer squatter;
        if (takePort) {
            QVERIFY(squatter.listen(QHostAddress::LocalHost));
            extra << u"--redirect-port"_s << QString::number(squatter.serverPort());
        }
        const Run run =
            login(url, extra, withSecret(secret), terminate ? Then::Terminate : Then::Browse);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.errorLines().size(), 1);
        QVERIFY2(run.err.contains(says), run.err.constData());
        QVERIFY(!run.out.contains("Signed in as"));
        QVERIFY(!run.err.contains(secret));

        QCOMPARE(whoami(), before); // same account, same expiry, same client
    }

    void aSecondLoginUsesTheStoredClient()
    {
        BNETSYNC_REQUIRE_TEST_KEYRING();
        const Run run = login(m_url, {}, environment()); // no id, no secret given
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Signed in as Demo#1234"));
    }

    void logoutForgetsTheSignIn()
    {
        BNETSYNC_REQUIRE_TEST_KEYRING();
        const Run out = cli({u"logout"_s});
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.out.contains("Signed out of Demo#1234."));
        QCOMPARE(cli({u"whoami"_s}).exitCode, 3);
        const Run sync = cli({u"sync"_s, u"--api-url"_s, m_url, u"--db"_s,
                              m_home.filePath(u"after-logout.sqlite"_s)});
        QCOMPARE(sync.exitCode, 3);
        QVERIFY(sync.err.contains("Not signed in"));
        QCOMPARE(whoami().value(u"clientId"_s).toString(), u"demo-client"_s);
        QCOMPARE(cli({u"logout"_s, u"--forget-client"_s}).exitCode, 0);
        QCOMPARE(whoami().value(u"clientId"_s).toString(), QString());
        QVERIFY(!whoami().value(u"clientSecretStored"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cli_auth.moc"
