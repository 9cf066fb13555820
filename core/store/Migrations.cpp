#include "Migrations.h"

#include "Database.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bnet {

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         "accounts and characters",
         {
             uR"(CREATE TABLE accounts (
                    id INTEGER PRIMARY KEY,
                    battlenet_id INTEGER NOT NULL UNIQUE,
                    battle_tag TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
             uR"(CREATE TABLE characters (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    region TEXT NOT NULL,
                    game_version TEXT NOT NULL,
                    realm_slug TEXT NOT NULL,
                    character_id INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    realm_name TEXT NOT NULL DEFAULT '',
                    realm_id INTEGER NOT NULL DEFAULT 0,
                    class_id INTEGER NOT NULL DEFAULT 0,
                    class_name TEXT NOT NULL DEFAULT '',
                    race_id INTEGER NOT NULL DEFAULT 0,
                    race_name TEXT NOT NULL DEFAULT '',
                    gender TEXT NOT NULL DEFAULT '',
                    faction TEXT NOT NULL DEFAULT '',
                    level INTEGER NOT NULL DEFAULT 0,
                    wow_account_id INTEGER NOT NULL DEFAULT 0,
                    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
                    first_seen_at INTEGER NOT NULL,
                    last_seen_at INTEGER NOT NULL,
                    archived_at INTEGER,
                    UNIQUE (region, game_version, realm_slug, character_id)))"_s,
             u"CREATE INDEX characters_by_scope ON characters(account_id, region, game_version)"_s,
         }},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

StoreError migrate(QSqlDatabase &db, const QString &path, int targetVersion)
{
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(u"PRAGMA user_version"_s) || !versionQuery.next())
        return StoreError::fromSql(versionQuery.lastError(), path,
                                   QCoreApplication::translate("Migrations", "Reading the schema"));
    const int current = versionQuery.value(0).toInt();
    versionQuery.finish();

    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        Transaction transaction(db, path);
        if (!transaction.isActive())
            return transaction.error();
        QSqlQuery query(db);
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement))
                return StoreError::fromSql(
                    query.lastError(), path,
                    QCoreApplication::translate("Migrations", "Upgrading to schema %1")
                        .arg(migration.version));
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
            return StoreError::fromSql(
                query.lastError(), path,
                QCoreApplication::translate("Migrations", "Recording schema %1")
                    .arg(migration.version));
        if (StoreError error = transaction.commit(); error.isError())
            return error;
        qCInfo(lcStore) << "Migrated" << path << "to schema" << migration.version << "-"
                        << migration.summary;
    }
    return {};
}

} // namespace bnet
