// The SQLite store on real files: migrations from empty and from every earlier schema, WAL and
// foreign keys, one connection per thread, and damaged, locked, read-only or newer files that
// are reported clearly and left exactly as they were.
#include "RawConnection.h"
#include "store/CharacterRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Character sampleCharacter(qint64 id, const QString &name)
{
    Character c;
    c.key = {Region::EU, GameVersion::Retail, u"silvermoon"_s, id};
    c.name = name;
    c.realmName = u"Silvermoon"_s;
    c.level = 70;
    return c;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(u"db-%1.sqlite"_s.arg(++m_counter)); }

    // Writes a schema-1 database with one account and one character, for upgrade tests.
    void seed(Database &database)
    {
        QSqlDatabase db = database.connection();
        AccountRepository accounts(db, database.path());
        const auto account = accounts.upsert(77, u"Seed#1"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(account.isOk());
        CharacterRepository characters(db, database.path());
        QVERIFY(characters
                    .insert(sampleCharacter(5, u"Ælfwyn"_s), account.value.rowId,
                            QDateTime::currentDateTimeUtc())
                    .isOk());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshFileGetsTheLatestSchema()
    {
        Database database(freshPath());
        const StoreError error = database.open();
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), latestSchemaVersion());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"SELECT count(*) FROM characters"_s) && query.next());
    }

    void foreignKeysAreEnforced()
    {
        Database database(freshPath());
        QVERIFY(!database.open().isError());
        CharacterRepository characters(database.connection(), database.path());
        const auto inserted = characters.insert(sampleCharacter(1, u"Orphan"_s), 999,
                                                QDateTime::currentDateTimeUtc());
        QVERIFY(!inserted.isOk());
    }

    void upgradesFromEveryEarlierSchema_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < latestSchemaVersion(); ++version)
            QTest::addRow("from schema %d", version) << version;
    }

    void upgradesFromEveryEarlierSchema()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        {
            Database old(path, {5000, from});
            QVERIFY(!old.open().isError());
            if (from >= 1)
                seed(old);
            RawConnection raw(path);
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), from);
        }
        Database database(path);
        const StoreError error = database.open();
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        RawConnection raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), latestSchemaVersion());
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        if (from >= 1) {
            CharacterRepository characters(database.connection(), database.path());
            const auto all = characters.list({true, 0});
            QVERIFY(all.isOk());
            QCOMPARE(all.value.size(), 1);
            QCOMPARE(all.value.constFirst().name, u"Ælfwyn"_s);
            QCOMPARE(all.value.constFirst().battleNetAccountId, 77);
        }
    }

    void migrationsAreNumberedInOrder()
    {
        int expected = 1;
        for (const Migration &migration : migrations())
            QCOMPARE(migration.version, expected++);
    }

    void notADatabaseIsLeftUntouched()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x').prepend("These are my notes, not a database.\n"));
        file.close();
        const QByteArray before = fingerprint(path);

        Database database(path);
        const StoreError error = database.open();
        QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        QVERIFY(error.message().contains(u"untouched"_s));
        QCOMPARE(fingerprint(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!database.connection().isValid());
    }

    void damagedPagesAreLeftUntouched()
    {
        const QString path = freshPath();
        {
            Database database(path);
            QVERIFY(!database.open().isError());
            seed(database);
        }
        {
            RawConnection raw(path);
            QCOMPARE(raw.scalar(u"PRAGMA journal_mode=DELETE"_s).toString(), u"delete"_s);
        }
        // Overwrite the second page (a table's b-tree) with garbage; the header stays valid.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() >= 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\xA5'));
        file.close();
        const QByteArray before = fingerprint(path);

        Database database(path);
        const StoreError error = database.open();
        QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
        QCOMPARE(fingerprint(path), before);
    }

    void lockedDatabaseIsReportedAndLeftAsItWas()
    {
        const QString path = freshPath();
        {
            Database database(path);
            QVERIFY(!database.open().isError());
            seed(database);
        }
        RawConnection other(path);
        other.exec(u"BEGIN EXCLUSIVE"_s);
        other.exec(
            u"INSERT INTO accounts (battlenet_id, created_at, updated_at) VALUES (1, 0, 0)"_s);
        const QByteArray before = fingerprint(path);

        Database database(path, {150, -1});
        const StoreError error = database.open();
        QCOMPARE(error.kind(), StoreError::Kind::Locked);
        QVERIFY2(error.message().contains(u"locked"_s), qPrintable(error.message()));
        QCOMPARE(fingerprint(path), before);

        other.exec(u"ROLLBACK"_s);
        Database again(path);
        QVERIFY(!again.open().isError());
    }

    void readOnlyFileIsReportedAndLeftAsItWas()
    {
        const QString path = freshPath();
        {
            Database database(path);
            QVERIFY(!database.open().isError());
            seed(database);
            RawConnection raw(path);
            raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup);
        const QByteArray before = fingerprint(path);
        const QDateTime modified = QFileInfo(path).lastModified();

        Database database(path);
        const StoreError error = database.open();
        QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        QVERIFY2(error.message().contains(u"read-only"_s), qPrintable(error.message()));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void newerSchemaIsRefused()
    {
        const QString path = freshPath();
        {
            Database database(path);
            QVERIFY(!database.open().isError());
        }
        {
            RawConnection raw(path);
            raw.exec(u"PRAGMA user_version = %1"_s.arg(latestSchemaVersion() + 5));
        }
        const QByteArray before = fingerprint(path);
        Database database(path);
        const StoreError error = database.open();
        QCOMPARE(error.kind(), StoreError::Kind::NewerSchema);
        QVERIFY(error.message().contains(u"newer"_s));
        QCOMPARE(fingerprint(path), before);
    }

    void aFolderIsNotADatabase()
    {
        Database database(m_dir.path());
        QCOMPARE(database.open().kind(), StoreError::Kind::CannotOpen);
    }

    void eachThreadHasItsOwnConnection()
    {
        Database database(freshPath());
        QVERIFY(!database.open().isError());
        const QString mine = database.connection().connectionName();
        QThreadPool pool;
        const QString theirs =
            QtConcurrent::run(&pool, [&database] {
                Database &db = database;
                QSqlDatabase connection = db.connection();
                AccountRepository accounts(connection, db.path());
                accounts.upsert(1, u"FromThread#1"_s, QDateTime::currentDateTimeUtc());
                return connection.connectionName();
            }).result();
        QVERIFY(!theirs.isEmpty());
        QVERIFY(mine != theirs);
        QCOMPARE(database.connection().connectionName(), mine); // stable within a thread
        AccountRepository accounts(database.connection(), database.path());
        const auto found = accounts.findByBattleNetId(1);
        QVERIFY(found.isOk() && found.value.has_value());
        QCOMPARE(found.value->battleTag, u"FromThread#1"_s);
        pool.waitForDone();
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database database(freshPath());
        QVERIFY(!database.open().isError());
        QSqlDatabase db = database.connection();
        {
            Transaction transaction(db, database.path());
            QVERIFY(transaction.isActive());
            AccountRepository(db, database.path()).upsert(9, {}, QDateTime::currentDateTimeUtc());
        }
        QVERIFY(!AccountRepository(db, database.path()).findByBattleNetId(9).value.has_value());
        {
            Transaction transaction(db, database.path());
            AccountRepository(db, database.path()).upsert(9, {}, QDateTime::currentDateTimeUtc());
            QVERIFY(!transaction.commit().isError());
        }
        QVERIFY(AccountRepository(db, database.path()).findByBattleNetId(9).value.has_value());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
