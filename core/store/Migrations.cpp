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
        {2,
         "enrichment fields, conditional-request stamps, sync sessions and their items",
         {
             u"ALTER TABLE characters ADD COLUMN equipped_item_level INTEGER"_s,
             u"ALTER TABLE characters ADD COLUMN average_item_level REAL"_s,
             u"ALTER TABLE characters ADD COLUMN active_spec TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE characters ADD COLUMN guild_name TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE characters ADD COLUMN last_login_at INTEGER"_s,
             u"ALTER TABLE characters ADD COLUMN self_found INTEGER"_s,
             u"ALTER TABLE characters ADD COLUMN ghost INTEGER"_s,
             u"ALTER TABLE characters ADD COLUMN avatar_url TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE characters ADD COLUMN avatar_file TEXT NOT NULL DEFAULT ''"_s,
             // Last-Modified stamps, sent back verbatim as If-Modified-Since.
             u"ALTER TABLE characters ADD COLUMN profile_last_modified TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE characters ADD COLUMN avatar_last_modified TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE characters ADD COLUMN enriched_at INTEGER"_s,
             u"ALTER TABLE characters ADD COLUMN enrich_error TEXT NOT NULL DEFAULT ''"_s,
             uR"(CREATE TABLE sync_sessions (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('batch', 'single')),
                    status TEXT NOT NULL CHECK (status IN ('running', 'completed',
                        'completed_with_errors', 'cancelled', 'failed')),
                    total INTEGER NOT NULL DEFAULT 0,
                    processed INTEGER NOT NULL DEFAULT 0,
                    failed INTEGER NOT NULL DEFAULT 0,
                    current_character_id INTEGER REFERENCES characters(id) ON DELETE SET NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    finished_at INTEGER,
                    error TEXT NOT NULL DEFAULT ''))"_s,
             u"CREATE INDEX sync_sessions_by_status ON sync_sessions(status, account_id)"_s,
             uR"(CREATE TABLE sync_session_items (
                    session_id INTEGER NOT NULL REFERENCES sync_sessions(id) ON DELETE CASCADE,
                    character_id INTEGER NOT NULL REFERENCES characters(id) ON DELETE CASCADE,
                    status TEXT NOT NULL CHECK (status IN ('queued', 'processing', 'completed',
                        'failed', 'cancelled')),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at INTEGER,
                    last_error TEXT NOT NULL DEFAULT '',
                    error_code TEXT NOT NULL DEFAULT '',
                    updated_at INTEGER NOT NULL,
                    PRIMARY KEY (session_id, character_id)) WITHOUT ROWID)"_s,
             u"CREATE INDEX sync_session_items_by_status ON sync_session_items(session_id, status)"_s,
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
