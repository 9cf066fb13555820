// bnetsync-cli as a script would run it: the real executable against the real simulator
// process, exit codes, one-line errors, JSON lines, and a database that two runs leave equal.
#include "RawConnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return {}; // not JSON lines at all
            lines.append(document.object());
        }
        return lines;
    }
    QStringList errorLines() const
    {
        return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
    }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_simulator;
    QString m_url;
    QString m_token;

    QProcessEnvironment environment() const { return isolatedEnvironment(m_home); }

    Run cli(const QStringList &arguments, QProcessEnvironment env = {})
    {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.start(QStringLiteral(BNETSYNC_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QStringList syncArguments(const QString &db)
    {
        return {u"sync"_s,    u"--json"_s, u"--db"_s,     db,        u"--api-url"_s, m_url,
                u"--token"_s, m_token,     u"--region"_s, u"us,eu"_s};
    }

    QString dbPath(const QString &name) const { return m_home.filePath(name + u".sqlite"_s); }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_simulator.setProcessEnvironment(environment());
        m_simulator.start(QStringLiteral(BNETSYNC_CLI_PATH),
                          {u"simulator"_s, u"--latency-ms"_s, u"2"_s});
        QVERIFY(m_simulator.waitForStarted());
        // The first line is the base URL; the following ones name the demo credentials.
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator.canReadLine(), 10'000);
        m_url = QString::fromUtf8(m_simulator.readLine()).trimmed();
        QVERIFY2(m_url.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_url));
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator.bytesAvailable() > 0, 5'000);
        while (m_token.isEmpty()) {
            QTRY_VERIFY(m_simulator.canReadLine());
            const QString line = QString::fromUtf8(m_simulator.readLine()).trimmed();
            if (line.startsWith(u"user-token "_s))
                m_token = line.section(u' ', 1);
        }
    }

    void cleanupTestCase()
    {
        m_simulator.terminate();
        QVERIFY(m_simulator.waitForFinished(10'000));
        QCOMPARE(m_simulator.exitCode(), 0); // SIGTERM ends it cleanly
    }

    void syncJsonFillsTheDatabaseAndASecondRunLeavesTheSameRows()
    {
        const QString db = dbPath(u"twice"_s);
        const Run first = cli(syncArguments(db));
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.isEmpty(), first.err.constData());
        const QList<QJsonObject> events = first.jsonLines();
        QVERIFY2(!events.isEmpty(), first.out.constData());
        QCOMPARE(events.constFirst().value(u"event"_s).toString(), u"sync-started"_s);
        QCOMPARE(events.constFirst().value(u"total"_s).toInt(), 15);
        QCOMPARE(events.constFirst().value(u"added"_s).toInt(), 15);
        QCOMPARE(events.constLast().value(u"event"_s).toString(), u"sync-complete"_s);
        QCOMPARE(events.constLast().value(u"status"_s).toString(), u"completed"_s);

        const QStringList list = {u"characters"_s, u"--json"_s, u"--include-archived"_s, u"--db"_s,
                                  db};
        const Run before = cli(list);
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.jsonLines().size(), 15);

        const Run second = cli(syncArguments(db));
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.jsonLines().constFirst().value(u"added"_s).toInt(), 0);
        const Run after = cli(list);
        QCOMPARE(after.exitCode, 0);
        // The same rows: every column but the two that record when the second run saw and
        // checked each character.
        const auto comparable = [](QList<QJsonObject> rows) {
            for (QJsonObject &row : rows) {
                row.remove(u"lastSeen"_s);
                row.remove(u"enriched"_s);
            }
            return rows;
        };
        QCOMPARE(comparable(after.jsonLines()), comparable(before.jsonLines()));
    }

    void humanOutputIsATable()
    {
        const QString db = dbPath(u"human"_s);
        QStringList arguments = syncArguments(db);
        arguments.removeAll(u"--json"_s);
        const Run sync = cli(arguments);
        QCOMPARE(sync.exitCode, 0);
        QVERIFY(sync.out.contains("Signed in as Demo#1234."));
        const Run table = cli({u"characters"_s, u"--db"_s, db});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(QString::fromUtf8(table.out).contains(u"Владимир"_s));
        QVERIFY(QString::fromUtf8(table.out).contains(u"Гордунни"_s));
    }

    void tokenFromTheEnvironment()
    {
        QStringList arguments = syncArguments(dbPath(u"env"_s));
        const qsizetype at = arguments.indexOf(u"--token"_s);
        arguments.remove(at, 2);
        QProcessEnvironment env = environment();
        env.insert(u"BNETSYNC_TOKEN"_s, m_token);
        QCOMPARE(cli(arguments, env).exitCode, 0);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"fly"_s};
        QTest::newRow("unknown option") << QStringList{u"sync"_s, u"--colour"_s};
        QTest::newRow("unknown region")
            << QStringList{u"sync"_s, u"--region"_s, u"mars"_s, u"--token"_s, u"t"_s};
        QTest::newRow("unknown version")
            << QStringList{u"sync"_s, u"--versions"_s, u"wotlk"_s, u"--token"_s, u"t"_s};
        QTest::newRow("stray argument") << QStringList{u"sync"_s, u"now"_s};
        QTest::newRow("bad port") << QStringList{u"simulator"_s, u"--port"_s, u"eighty"_s};
        QTest::newRow("bad fault") << QStringList{u"simulator"_s, u"--fault"_s, u"nonsense"_s};
        QTest::newRow("missing data file")
            << QStringList{u"simulator"_s, u"--data"_s, u"/nonexistent/data.json"_s};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.errorLines().isEmpty(), run.err.constData());
    }

    void notSignedIn()
    {
        const Run run = cli({u"sync"_s, u"--db"_s, dbPath(u"nosignin"_s), u"--api-url"_s, m_url});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errorLines().size(), 1);
        QVERIFY(run.err.contains("Not signed in"));
    }

    void signInRefused()
    {
        QStringList arguments = syncArguments(dbPath(u"refused"_s));
        arguments[arguments.indexOf(u"--token"_s) + 1] = u"revoked-token"_s;
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errorLines().size(), 1);
        QVERIFY2(run.err.contains("sign in again"), run.err.constData());
        QVERIFY(run.jsonLines().constLast().value(u"fatal"_s).toBool());
    }

    void hostUnreachable()
    {
        const QString url = u"http://127.0.0.1:%1"_s.arg(closedPort());
        const Run run = cli({u"sync"_s, u"--db"_s, dbPath(u"unreachable"_s), u"--api-url"_s, url,
                             u"--token"_s, u"t"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorLines().size(), 1);
        QVERIFY2(run.err.contains("Could not reach 127.0.0.1"), run.err.constData());
    }

    void damagedDatabaseIsReportedAndLeftAlone()
    {
        const QString db = dbPath(u"damaged"_s);
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("definitely not SQLite");
        file.close();
        const Run sync = cli(syncArguments(db));
        QCOMPARE(sync.exitCode, 5);
        QCOMPARE(sync.errorLines().size(), 1);
        QVERIFY(sync.err.contains("damaged"));
        const Run list = cli({u"characters"_s, u"--db"_s, db});
        QCOMPARE(list.exitCode, 5);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("definitely not SQLite"));
    }

    void aFailingRegionIsAPartialFailure()
    {
        QProcess faulty;
        faulty.setProcessEnvironment(environment());
        faulty.start(QStringLiteral(BNETSYNC_CLI_PATH),
                     {u"simulator"_s, u"--fault"_s, u"*namespace=profile-classic-eu=503*"_s});
        QVERIFY(faulty.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(faulty.canReadLine(), 10'000);
        const QString url = QString::fromUtf8(faulty.readLine()).trimmed();
        QStringList arguments = syncArguments(dbPath(u"partial"_s));
        arguments[arguments.indexOf(u"--api-url"_s) + 1] = url;
        const Run run = cli(arguments);
        faulty.terminate();
        faulty.waitForFinished();
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errorLines().size(), 1);
        bool sawScopeError = false;
        for (const QJsonObject &event : run.jsonLines()) {
            if (event.value(u"event"_s).toString() == u"sync-error"_s) {
                QCOMPARE(event.value(u"scope"_s).toString(), u"eu/classic"_s);
                QCOMPARE(event.value(u"fatal"_s).toBool(), false);
                sawScopeError = true;
            }
        }
        QVERIFY(sawScopeError);
        QCOMPARE(run.jsonLines().constLast().value(u"status"_s).toString(),
                 u"completed_with_errors"_s);
    }

    void theTokenIsNeverPrintedOrStored()
    {
        const QString db = dbPath(u"secret"_s);
        const Run run = cli(syncArguments(db));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(m_token.toUtf8()));
        QVERIFY(!run.err.contains(m_token.toUtf8()));
        for (const QString &path : QStringList{db, db + u"-wal"_s}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(m_token.toUtf8()), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
