#include "CharacterRepository.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace bnet::sql;

namespace bnet {
namespace {

const QString kSelectColumns =
    u"SELECT c.id, c.region, c.game_version, c.realm_slug, c.character_id, c.name, "
    "c.realm_name, c.realm_id, c.class_id, c.class_name, c.race_id, c.race_name, c.gender, "
    "c.faction, c.level, a.battlenet_id, c.wow_account_id, c.archived, c.first_seen_at, "
    "c.last_seen_at, c.archived_at, c.equipped_item_level, c.average_item_level, "
    "c.active_spec, c.guild_name, c.last_login_at, c.self_found, c.ghost, c.avatar_url, "
    "c.avatar_file, c.enriched_at, c.enrich_error "
    "FROM characters c JOIN accounts a ON a.id = c.account_id "_s;

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
    CharacterDetails &d = c.details;
    if (!q.value(21).isNull())
        d.equippedItemLevel = q.value(21).toInt();
    if (!q.value(22).isNull())
        d.averageItemLevel = q.value(22).toDouble();
    d.activeSpec = q.value(23).toString();
    d.guildName = q.value(24).toString();
    d.lastLogin = timeFrom(q.value(25));
    if (!q.value(26).isNull())
        d.selfFound = q.value(26).toBool();
    if (!q.value(27).isNull())
        d.ghost = q.value(27).toBool();
    d.avatarUrl = q.value(28).toString();
    d.avatarFile = q.value(29).toString();
    d.enrichedAt = timeFrom(q.value(30));
    d.lastError = q.value(31).toString();
    return c;
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

StoreResult<std::optional<Character>> CharacterRepository::find(qint64 rowId)
{
    QSqlQuery query(m_db);
    query.prepare(kSelectColumns + u"WHERE c.id = :id"_s);
    query.bindValue(u":id"_s, rowId);
    auto found = readAll(query);
    if (!found.isOk())
        return {std::nullopt, found.error};
    if (found.value.isEmpty())
        return {std::nullopt, {}};
    return {found.value.constFirst(), {}};
}

StoreError CharacterRepository::saveDetails(qint64 rowId, const CharacterDetails &d,
                                            const QByteArray &profileLastModified,
                                            const QByteArray &avatarLastModified)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(UPDATE characters SET equipped_item_level = :eq, average_item_level = :avg,
                          active_spec = :spec, guild_name = :guild, last_login_at = :login,
                          self_found = :self_found, ghost = :ghost, avatar_url = :avatar_url,
                          avatar_file = :avatar_file, profile_last_modified = :profile_stamp,
                          avatar_last_modified = :avatar_stamp, enriched_at = :enriched,
                          enrich_error = ''
                      WHERE id = :id)"_s);
    query.bindValue(u":eq"_s, optionalValue(d.equippedItemLevel));
    query.bindValue(u":avg"_s, optionalValue(d.averageItemLevel));
    query.bindValue(u":spec"_s, text(d.activeSpec));
    query.bindValue(u":guild"_s, text(d.guildName));
    query.bindValue(u":login"_s, timeValue(d.lastLogin));
    query.bindValue(u":self_found"_s, optionalValue(d.selfFound));
    query.bindValue(u":ghost"_s, optionalValue(d.ghost));
    query.bindValue(u":avatar_url"_s, text(d.avatarUrl));
    query.bindValue(u":avatar_file"_s, text(d.avatarFile));
    query.bindValue(u":profile_stamp"_s, text(QString::fromLatin1(profileLastModified)));
    query.bindValue(u":avatar_stamp"_s, text(QString::fromLatin1(avatarLastModified)));
    query.bindValue(u":enriched"_s, timeValue(d.enrichedAt));
    query.bindValue(u":id"_s, rowId);
    if (!query.exec())
        return StoreError::fromSql(
            query.lastError(), m_path,
            QCoreApplication::translate("CharacterRepository", "Saving a character's profile"));
    return {};
}

StoreError CharacterRepository::markUnchanged(qint64 rowId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE characters SET enriched_at = :now, enrich_error = '' WHERE id = :id"_s);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    query.bindValue(u":id"_s, rowId);
    if (!query.exec())
        return StoreError::fromSql(
            query.lastError(), m_path,
            QCoreApplication::translate("CharacterRepository", "Saving a character's profile"));
    return {};
}

StoreError CharacterRepository::recordEnrichmentError(qint64 rowId, const QString &error)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE characters SET enrich_error = :error WHERE id = :id"_s);
    query.bindValue(u":error"_s, text(error));
    query.bindValue(u":id"_s, rowId);
    if (!query.exec())
        return StoreError::fromSql(
            query.lastError(), m_path,
            QCoreApplication::translate("CharacterRepository", "Saving a character's error"));
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
