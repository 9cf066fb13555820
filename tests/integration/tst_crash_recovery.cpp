// Crash recovery for real: bnetsync-cli sync runs against the simulator process and is killed
// with SIGKILL at several points of the enrichment, then started again. Every character must
// end enriched once, no row duplicated, the counters equal to the items, and SQLite intact.
#include "RawConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCharacters = 100;

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_simulator;
    QString m_url;

    QProcessEnvironment environment() const { return isolatedEnvironment(m_home); }

    QStringList syncArguments(const QString &db) const
    {
        return {u"sync"_s,
                u"--json"_s,
                u"--db"_s,
                db,
                u"--api-url"_s,
                m_url,
                u"--token"_s,
                u"bulk-user-token"_s,
                u"--client-id"_s,
                u"demo-client"_s,
                u"--client-secret"_s,
                u"demo-secret"_s,
                u"--region"_s,
                u"us,eu"_s};
    }

    // Starts a sync and kills it with SIGKILL once `completedBeforeKill` characters were
    // reported completed (0: as soon as the list is saved; -1: before that).
    void syncAndKill(const QString &db, int completedBeforeKill)
    {
        QProcess sync;
        sync.setProcessEnvironment(environment());
        sync.start(QStringLiteral(BNETSYNC_CLI_PATH), syncArguments(db));
        QVERIFY(sync.waitForStarted());
        int completed = 0;
        bool killed = false;
        while (!killed && sync.state() == QProcess::Running) {
            if (!sync.canReadLine() && !sync.waitForReadyRead(20'000))
                break;
            while (sync.canReadLine()) {
                const QJsonObject event = QJsonDocument::fromJson(sync.readLine()).object();
                const QString type = event.value(u"event"_s).toString();
                if (type == u"character-status"_s && event.value(u"status"_s) == u"completed"_s)
                    ++completed;
                const bool listSaved = type == u"sync-started"_s;
                if ((completedBeforeKill < 0) || (completedBeforeKill == 0 && listSaved) ||
                    (completedBeforeKill > 0 && completed >= completedBeforeKill)) {
                    ::kill(pid_t(sync.processId()), SIGKILL);
                    killed = true;
                    break;
                }
            }
        }
        sync.waitForFinished();
        if (!killed)
            qWarning("completed %d; exit %d; stderr: %s", completed, sync.exitCode(),
                     sync.readAllStandardError().constData());
        QVERIFY2(killed, "the sync ended before it could be killed");
        QCOMPARE(sync.exitStatus(), QProcess::CrashExit);
    }

    int syncToTheEnd(const QString &db)
    {
        QProcess sync;
        sync.setProcessEnvironment(environment());
        sync.start(QStringLiteral(BNETSYNC_CLI_PATH), syncArguments(db));
        if (!sync.waitForFinished(120'000))
            return -1;
        return sync.exitCode();
    }

    void verifyIntact(const QString &db)
    {
        RawConnection inspect(db);
        QCOMPARE(inspect.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(inspect.scalar(u"SELECT count(*) FROM characters"_s).toInt(), kCharacters);
        QCOMPARE(inspect
                     .scalar(u"SELECT count(DISTINCT region || game_version || realm_slug || "
                             "character_id) FROM characters"_s)
                     .toInt(),
                 kCharacters);
        QCOMPARE(
            inspect.scalar(u"SELECT count(*) FROM characters WHERE enriched_at IS NULL"_s).toInt(),
            0);
        // Each character completed exactly once across every session.
        QCOMPARE(inspect
                     .scalar(u"SELECT count(*) FROM (SELECT character_id FROM "
                             "sync_session_items WHERE status = 'completed' GROUP BY "
                             "character_id HAVING count(*) = 1)"_s)
                     .toInt(),
                 kCharacters);
        QCOMPARE(inspect
                     .scalar(u"SELECT count(*) FROM sync_session_items WHERE status IN "
                             "('queued', 'processing')"_s)
                     .toInt(),
                 0);
        // The counters equal the items, for every session.
        QCOMPARE(inspect
                     .scalar(u"SELECT count(*) FROM sync_sessions s WHERE "
                             "s.total != (SELECT count(*) FROM sync_session_items i WHERE "
                             "i.session_id = s.id) OR s.processed != (SELECT count(*) FROM "
                             "sync_session_items i WHERE i.session_id = s.id AND i.status IN "
                             "('completed', 'failed')) OR s.failed != (SELECT count(*) FROM "
                             "sync_session_items i WHERE i.session_id = s.id AND i.status = "
                             "'failed')"_s)
                     .toInt(),
                 0);
        QCOMPARE(inspect.scalar(u"SELECT count(*) FROM sync_sessions WHERE status = 'running'"_s)
                     .toInt(),
                 0);
        QCOMPARE(inspect.scalar(u"SELECT status FROM sync_sessions ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
                 u"completed"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_simulator.setProcessEnvironment(environment());
        m_simulator.start(QStringLiteral(BNETSYNC_CLI_PATH),
                          {u"simulator"_s, u"--characters"_s, QString::number(kCharacters),
                           u"--latency-ms"_s, u"25"_s, u"--jitter-ms"_s, u"10"_s});
        QVERIFY(m_simulator.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator.canReadLine(), 10'000);
        m_url = QString::fromUtf8(m_simulator.readLine()).trimmed();
        QVERIFY(m_url.startsWith(u"http://"_s));
    }

    void cleanupTestCase()
    {
        m_simulator.terminate();
        m_simulator.waitForFinished();
    }

    void killedRepeatedlyMidEnrichment()
    {
        const QString db = m_home.filePath(u"repeated.sqlite"_s);
        syncAndKill(db, 5);
        syncAndKill(db, 15); // the resumed run, killed again
        syncAndKill(db, 15);
        QCOMPARE(syncToTheEnd(db), 0);
        verifyIntact(db);
        RawConnection inspect(db);
        QCOMPARE(inspect.scalar(u"SELECT count(*) FROM sync_sessions"_s).toInt(), 1);
        // Some characters needed more than one job run: their attempts say so.
        QVERIFY(inspect.scalar(u"SELECT max(attempts) FROM sync_session_items"_s).toInt() >= 1);
    }

    void killedRightAfterTheListWasSaved()
    {
        const QString db = m_home.filePath(u"after-list.sqlite"_s);
        syncAndKill(db, 0);
        QCOMPARE(syncToTheEnd(db), 0);
        verifyIntact(db);
    }

    void killedBeforeTheListWasSaved()
    {
        const QString db = m_home.filePath(u"before-list.sqlite"_s);
        syncAndKill(db, -1);
        QCOMPARE(syncToTheEnd(db), 0);
        verifyIntact(db);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
