#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace bnet {

// The SQLite file and one connection per thread (SQLite connections must not cross threads).
// open() validates the file without writing to it (so a damaged, locked or read-only file is
// reported and left exactly as it was), then turns on WAL and brings the schema up to date.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        // Stop migrating at this schema version (tests build every earlier version); -1 = latest.
        int targetSchemaVersion = -1;
    };

    explicit Database(QString path, Options options);
    explicit Database(QString path)
        : Database(std::move(path), Options{})
    {}
    ~Database();

    // AppDataLocation/bnetsync.sqlite; the directory is created on open().
    static QString defaultPath();

    StoreError open();
    bool isOpen() const { return m_open.load(); }
    const QString &path() const { return m_path; }

    // This thread's connection, opened and configured on first use. Invalid before open().
    QSqlDatabase connection() const;
    // Closes this thread's connection (others close when their threads end).
    void closeThreadConnection() const;

private:
    QSqlDatabase createConnection(const QString &name) const;
    StoreError prepare(bool existed);
    StoreError checkFileBeforeOpening() const;

    QString m_path;
    Options m_options;
    quint64 m_uid;
    std::atomic_bool m_open{false};
};

// A write transaction: BEGIN IMMEDIATE takes the write lock up front, so two writers never
// deadlock upgrading read locks. Rolls back unless commit() succeeded.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    Transaction(QSqlDatabase db, QString path);
    ~Transaction();

    const StoreError &error() const { return m_error; }
    bool isActive() const { return m_active; }
    StoreError commit();

private:
    QSqlDatabase m_db;
    QString m_path;
    StoreError m_error;
    bool m_active = false;
};

} // namespace bnet
