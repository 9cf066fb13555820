#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace bnet {

// The schema's history. Each migration moves the file forward by one version in one
// transaction together with PRAGMA user_version, so a crash mid-migration leaves the previous
// version intact. Migrations are never edited once released; a change is a new migration.
struct Migration
{
    int version; // the user_version this migration produces
    const char *summary;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

// Applies every migration above the file's version, up to `targetVersion`.
StoreError migrate(QSqlDatabase &db, const QString &path, int targetVersion);

} // namespace bnet
