#include "Database.h"

#include "Migrations.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThreadStorage>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

std::atomic<quint64> g_nextDatabaseUid{1};
std::atomic<quint64> g_nextConnectionSerial{1};

// This thread's connections, one per Database, removed when the thread ends. QThreadStorage
// rather than thread_local: Qt destroys it inside QThread's own finish, before wait() returns,
// so a joined thread pool has really closed its connections (a thread_local destructor runs
// after that, racing whoever deletes the file next).
struct ThreadConnections
{
    QHash<quint64, QString> names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

QHash<quint64, QString> &threadConnections()
{
    static QThreadStorage<ThreadConnections> storage;
    return storage.localData().names;
}

bool execPragma(QSqlDatabase &db, const QString &pragma, QSqlError *error, QString *firstValue)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        *error = query.lastError();
        return false;
    }
    if (firstValue && query.next())
        *firstValue = query.value(0).toString();
    return true;
}

} // namespace

Database::Database(QString path, Options options)
    : m_path(std::move(path))
    , m_options(options)
    , m_uid(g_nextDatabaseUid++)
{}

Database::~Database()
{
    closeThreadConnection();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"bnetsync.sqlite"_s);
}

StoreError Database::checkFileBeforeOpening() const
{
    const QFileInfo info(m_path);
    if (info.exists()) {
        if (!info.isFile())
            return {StoreError::Kind::CannotOpen,
                    QCoreApplication::translate("Database", "%1 is not a file").arg(m_path)};
        // Honour the read-only bit even for administrators, who could write anyway: a player
        // who marked the file read-only wants it left alone.
        if (!(info.permissions() & QFile::WriteOwner) || !info.isWritable())
            return {StoreError::Kind::ReadOnly,
                    QCoreApplication::translate("Database",
                                                "The database %1 is read-only; make it writable "
                                                "or choose another file with --db")
                        .arg(m_path)};
        return {};
    }
    if (!QDir().mkpath(info.absolutePath()))
        return {StoreError::Kind::CannotOpen,
                QCoreApplication::translate("Database", "Cannot create the folder %1")
                    .arg(info.absolutePath())};
    return {};
}

StoreError Database::open()
{
    if (StoreError error = checkFileBeforeOpening(); error.isError())
        return error;
    const bool existed = QFileInfo::exists(m_path);
    m_open = true; // connection() needs it
    const StoreError error = prepare(existed);
    if (!error.isError()) {
        qCInfo(lcStore) << "Database ready:" << m_path;
        return {};
    }
    closeThreadConnection();
    m_open = false;
    if (!existed)
        QFile::remove(m_path); // leave no empty file behind
    qCWarning(lcStore) << "Cannot use database:" << error.message();
    return error;
}

StoreError Database::prepare(bool existed)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return StoreError::fromSql(db.lastError(), m_path,
                                   QCoreApplication::translate("Database", "Opening"));

    // Reads first: a damaged or locked file must fail here, before anything is written.
    QSqlError sqlError;
    QString value;
    if (!execPragma(db, u"PRAGMA user_version"_s, &sqlError, &value))
        return StoreError::fromSql(sqlError, m_path,
                                   QCoreApplication::translate("Database", "Reading"));
    const int version = value.toInt();
    if (version > latestSchemaVersion())
        return {StoreError::Kind::NewerSchema,
                QCoreApplication::translate("Database",
                                            "The database %1 was written by a newer version of "
                                            "Battle.net Character Sync (schema %2, this version "
                                            "knows %3); update the app")
                    .arg(m_path)
                    .arg(version)
                    .arg(latestSchemaVersion())};
    if (existed) {
        if (!execPragma(db, u"PRAGMA quick_check"_s, &sqlError, &value))
            return StoreError::fromSql(sqlError, m_path,
                                       QCoreApplication::translate("Database", "Checking"));
        if (value != u"ok"_s)
            return {StoreError::Kind::Corrupt,
                    QCoreApplication::translate("Database", "The database %1 is damaged (%2); "
                                                            "it was left untouched")
                        .arg(m_path, value)};
    }
    // Proves we may write without writing: fails on a read-only or locked file.
    if (!execPragma(db, u"BEGIN IMMEDIATE"_s, &sqlError, nullptr))
        return StoreError::fromSql(sqlError, m_path,
                                   QCoreApplication::translate("Database", "Locking"));
    execPragma(db, u"ROLLBACK"_s, &sqlError, nullptr);

    if (!execPragma(db, u"PRAGMA journal_mode=WAL"_s, &sqlError, &value))
        return StoreError::fromSql(sqlError, m_path,
                                   QCoreApplication::translate("Database", "Enabling WAL"));
    const int target =
        m_options.targetSchemaVersion < 0 ? latestSchemaVersion() : m_options.targetSchemaVersion;
    return migrate(db, m_path, target);
}

QSqlDatabase Database::createConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
    if (!db.open())
        return db;
    QSqlError ignored;
    // Per-connection settings; FULL makes every committed sync step survive a power cut.
    execPragma(db, u"PRAGMA foreign_keys=ON"_s, &ignored, nullptr);
    execPragma(db, u"PRAGMA synchronous=FULL"_s, &ignored, nullptr);
    return db;
}

QSqlDatabase Database::connection() const
{
    if (!m_open)
        return {};
    QHash<quint64, QString> &names = threadConnections();
    const auto it = names.constFind(m_uid);
    if (it != names.constEnd())
        return QSqlDatabase::database(*it, false);
    const QString name = u"bnetsync-%1-%2"_s.arg(m_uid).arg(g_nextConnectionSerial++);
    names.insert(m_uid, name);
    return createConnection(name);
}

void Database::closeThreadConnection() const
{
    const QString name = threadConnections().take(m_uid);
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Transaction::Transaction(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
    QSqlQuery query(m_db);
    if (query.exec(u"BEGIN IMMEDIATE"_s))
        m_active = true;
    else
        m_error = StoreError::fromSql(query.lastError(), m_path,
                                      QCoreApplication::translate("Database", "Starting a write"));
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

StoreError Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        m_error = StoreError::fromSql(query.lastError(), m_path,
                                      QCoreApplication::translate("Database", "Saving"));
        return m_error;
    }
    m_active = false;
    return {};
}

} // namespace bnet
