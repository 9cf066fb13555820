#include "CharacterRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

const QString kSelectColumns =
    u"SELECT c.id, c.region, c.game_version, c.realm_slug, c.character_id, c.name, "
    "c.realm_name, c.realm_id, c.class_id, c.class_name, c.race_id, c.race_name, c.gender, "
    "c.faction, c.level, a.battlenet_id, c.wow_account_id, c.archived, c.first_seen_at, "
    "c.last_seen_at, c.archived_at FROM characters c JOIN accounts a ON a.id = c.account_id "_s;

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Character characterFrom(const QSqlQuery &q)
{
    Character c;
    c.rowId = q.value(0).toLongLong();
    c.key.region = regionFromCode(q.value(1).toString()).value_or(Region::US);
    c.key.version = gameVersionFromCode(q.value(2).toString()).value_or(GameVersion::Retail);
    c.key.realmSlug = q.value(3).toString();
    c.key.characterId = q.value(4).toLongLong();
    c.name = q.value(5).toString();
    c.realmName = q.value(6).toString();
    c.realmId = q.value(7).toLongLong();
    c.classId = q.value(8).toInt();
    c.className = q.value(9).toString();
    c.raceId = q.value(10).toInt();
    c.raceName = q.value(11).toString();
    c.gender = genderFromCode(q.value(12).toString());
    c.faction = factionFromCode(q.value(13).toString());
    c.level = q.value(14).toInt();
    c.battleNetAccountId = q.value(15).toLongLong();
    c.wowAccountId = q.value(16).toLongLong();
    c.archived = q.value(17).toBool();
    c.firstSeen = timeFrom(q.value(18));
    c.lastSeen = timeFrom(q.value(19));
    c.archivedAt = timeFrom(q.value(20));
    return c;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

void bindListFields(QSqlQuery &q, const Character &c, qint64 accountRowId)
{
    q.bindValue(u":account"_s, accountRowId);
    q.bindValue(u":name"_s, text(c.name));
    q.bindValue(u":realm_name"_s, text(c.realmName));
    q.bindValue(u":realm_id"_s, c.realmId);
    q.bindValue(u":class_id"_s, c.classId);
    q.bindValue(u":class_name"_s, text(c.className));
    q.bindValue(u":race_id"_s, c.raceId);
    q.bindValue(u":race_name"_s, text(c.raceName));
    q.bindValue(u":gender"_s, text(genderCode(c.gender)));
    q.bindValue(u":faction"_s, text(factionCode(c.faction)));
    q.bindValue(u":level"_s, c.level);
    q.bindValue(u":wow_account"_s, c.wowAccountId);
}

} // namespace

StoreResult<QList<Character>> CharacterRepository::readAll(QSqlQuery &query) const
{
    if (!query.exec())
        return {{},
                StoreError::fromSql(
                    query.lastError(), m_path,
                    QCoreApplication::translate("CharacterRepository", "Reading the characters"))};
    QList<Character> characters;
    while (query.next())
        characters.append(characterFrom(query));
    return {characters, {}};
}

CharacterRepository::CharacterRepository(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

StoreResult<QList<Character>> CharacterRepository::list(const Filter &filter)
{
    QString sql = kSelectColumns + u"WHERE 1 = 1 "_s;
    if (!filter.includeArchived)
        sql += u"AND c.archived = 0 "_s;
    if (filter.accountRowId > 0)
        sql += u"AND c.account_id = :account "_s;
    sql += u"ORDER BY c.region, c.game_version, c.realm_slug, c.name, c.character_id"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (filter.accountRowId > 0)
        query.bindValue(u":account"_s, filter.accountRowId);
    return readAll(query);
}

StoreResult<QList<Character>> CharacterRepository::scope(qint64 accountRowId, Region region,
                                                         GameVersion version)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelectColumns + u"WHERE c.account_id = :account AND c.region = :region "
                                   "AND c.game_version = :version"_s);
    query.bindValue(u":account"_s, accountRowId);
    query.bindValue(u":region"_s, regionCode(region));
    query.bindValue(u":version"_s, gameVersionCode(version));
    return readAll(query);
}

StoreResult<qint64> CharacterRepository::insert(const Character &c, qint64 accountRowId,
                                                const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(INSERT INTO characters (account_id, region, game_version, realm_slug,
                          character_id, name, realm_name, realm_id, class_id, class_name,
                          race_id, race_name, gender, faction, level, wow_account_id, archived,
                          first_seen_at, last_seen_at)
                      VALUES (:account, :region, :version, :slug, :character_id, :name,
                          :realm_name, :realm_id, :class_id, :class_name, :race_id, :race_name,
                          :gender, :faction, :level, :wow_account, 0, :now, :now))"_s);
    bindListFields(query, c, accountRowId);
    query.bindValue(u":region"_s, regionCode(c.key.region));
    query.bindValue(u":version"_s, gameVersionCode(c.key.version));
    query.bindValue(u":slug"_s, c.key.realmSlug);
    query.bindValue(u":character_id"_s, c.key.characterId);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    if (!query.exec())
        return {0, StoreError::fromSql(
                       query.lastError(), m_path,
                       QCoreApplication::translate("CharacterRepository", "Saving character %1")
                           .arg(c.name))};
    return {query.lastInsertId().toLongLong(), {}};
}

StoreError CharacterRepository::updateSeen(qint64 rowId, const Character &c, qint64 accountRowId,
                                           const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(UPDATE characters SET account_id = :account, name = :name,
                          realm_name = :realm_name, realm_id = :realm_id, class_id = :class_id,
                          class_name = :class_name, race_id = :race_id, race_name = :race_name,
                          gender = :gender, faction = :faction, level = :level,
                          wow_account_id = :wow_account, archived = 0, archived_at = NULL,
                          last_seen_at = :now
                      WHERE id = :id)"_s);
    bindListFields(query, c, accountRowId);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    query.bindValue(u":id"_s, rowId);
    if (!query.exec())
        return StoreError::fromSql(
            query.lastError(), m_path,
            QCoreApplication::translate("CharacterRepository", "Updating character %1")
                .arg(c.name));
    return {};
}

StoreError CharacterRepository::archive(qint64 rowId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE characters SET archived = 1, archived_at = :now WHERE id = :id AND archived = 0"_s);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    query.bindValue(u":id"_s, rowId);
    if (!query.exec())
        return StoreError::fromSql(
            query.lastError(), m_path,
            QCoreApplication::translate("CharacterRepository", "Archiving a character"));
    return {};
}

} // namespace bnet
