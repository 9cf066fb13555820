#pragma once

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

// A SQLite connection of the test's own, as another program would open the file: to inspect
// it, lock it, or change it behind the app's back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlQuery exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql))
            qWarning("raw: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query = exec(sql);
        return query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
};

// The environment for a child process that must not touch the real home: data, cache and
// settings go under `home`, and no credentials leak in from the developer's shell.
inline QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("BNETSYNC_TOKEN"));
    env.remove(QStringLiteral("BNETSYNC_CLIENT_ID"));
    env.remove(QStringLiteral("BNETSYNC_CLIENT_SECRET"));
    return env;
}
