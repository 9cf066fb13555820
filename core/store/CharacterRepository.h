#pragma once

#include "AccountRepository.h"
#include "domain/Character.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

namespace bnet {

// Characters by CharacterKey. Callers group writes in a Transaction; this class never starts
// one itself so several steps can share one atomic commit.
class CharacterRepository
{
public:
    CharacterRepository(QSqlDatabase db, QString path);

    struct Filter
    {
        bool includeArchived = false;
        qint64 accountRowId = 0; // 0 = every account
    };

    StoreResult<QList<Character>> list(const Filter &filter);
    // Every character (active and archived) of an account in one region and game version.
    StoreResult<QList<Character>> scope(qint64 accountRowId, Region region, GameVersion version);

    StoreResult<qint64> insert(const Character &character, qint64 accountRowId,
                               const QDateTime &now);
    // Writes the list fields, marks it seen now and active again (a no-op on archived=0 rows).
    StoreError updateSeen(qint64 rowId, const Character &character, qint64 accountRowId,
                          const QDateTime &now);
    StoreError archive(qint64 rowId, const QDateTime &now);

    StoreResult<std::optional<Character>> find(qint64 rowId);
    // Enrichment results: the details with the stamps that produced them.
    StoreError saveDetails(qint64 rowId, const CharacterDetails &details,
                           const QByteArray &profileLastModified,
                           const QByteArray &avatarLastModified);
    // Battle.net said "not modified": the stored details are current as of `now`.
    StoreError markUnchanged(qint64 rowId, const QDateTime &now);
    StoreError recordEnrichmentError(qint64 rowId, const QString &error);

private:
    StoreResult<QList<Character>> readAll(QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace bnet
