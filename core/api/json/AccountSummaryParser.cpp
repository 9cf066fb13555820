#include "AccountSummaryParser.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

// The realm slug from the character link when the realm object lacks it:
// ".../profile/wow/character/{slug}/{name}?namespace=...".
QString slugFromCharacterHref(const QJsonObject &entry)
{
    const QString href = entry.value(u"character"_s).toObject().value(u"href"_s).toString();
    const QString marker = u"/profile/wow/character/"_s;
    const qsizetype at = href.indexOf(marker);
    if (at < 0)
        return {};
    const QString rest = href.mid(at + marker.size());
    return rest.section(u'/', 0, 0);
}

std::optional<Character> readCharacter(const QJsonObject &entry, Region region, GameVersion version,
                                       const QString &locale, qint64 wowAccountId, QString *whyNot)
{
    Character character;
    character.key.region = region;
    character.key.version = version;
    character.key.characterId = json::integer(entry.value(u"id"_s));
    character.name = json::localizedString(entry.value(u"name"_s), locale).trimmed();

    const QJsonObject realm = entry.value(u"realm"_s).toObject();
    QString slug = realm.value(u"slug"_s).toString();
    if (slug.isEmpty())
        slug = slugFromCharacterHref(entry);
    character.key.realmSlug = slug.trimmed().toLower();
    character.realmName = json::localizedString(realm.value(u"name"_s), locale);
    character.realmId = json::integer(realm.value(u"id"_s));

    if (character.key.characterId <= 0 || character.name.isEmpty() ||
        character.key.realmSlug.isEmpty()) {
        *whyNot = QCoreApplication::translate("AccountSummaryParser", "a character without %1")
                      .arg(character.key.characterId <= 0
                               ? QCoreApplication::translate("AccountSummaryParser", "a valid id")
                           : character.name.isEmpty()
                               ? QCoreApplication::translate("AccountSummaryParser", "a name")
                               : QCoreApplication::translate("AccountSummaryParser", "a realm"));
        return std::nullopt;
    }
    if (character.realmName.isEmpty())
        character.realmName = character.key.realmSlug;

    const QJsonObject playableClass = entry.value(u"playable_class"_s).toObject();
    character.classId = int(json::integer(playableClass.value(u"id"_s)));
    character.className = json::localizedString(playableClass.value(u"name"_s), locale);
    const QJsonObject playableRace = entry.value(u"playable_race"_s).toObject();
    character.raceId = int(json::integer(playableRace.value(u"id"_s)));
    character.raceName = json::localizedString(playableRace.value(u"name"_s), locale);
    character.gender = genderFromCode(json::enumType(entry.value(u"gender"_s)));
    character.faction = factionFromCode(json::enumType(entry.value(u"faction"_s)));
    character.level = int(std::clamp<qint64>(json::integer(entry.value(u"level"_s)), 0, 1000));
    character.wowAccountId = wowAccountId;
    return character;
}

} // namespace

ParseResult<AccountSummary> parseAccountSummary(const QByteArray &body, Region region,
                                                GameVersion version, const QString &locale)
{
    ParseResult<AccountSummary> result;
    const QString what = QCoreApplication::translate("AccountSummaryParser", "account summary");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("AccountSummaryParser", "%1 at byte %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return result;
    }
    if (!document.isObject()) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("AccountSummaryParser", "expected a JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    result.value.battleNetAccountId = json::integer(root.value(u"id"_s));

    const QJsonValue accountsValue = root.value(u"wow_accounts"_s);
    if (accountsValue.isUndefined() || accountsValue.isNull())
        return result; // an account with no WoW licence in this namespace
    if (!accountsValue.isArray()) {
        result.error = ApiError::malformed(
            what,
            QCoreApplication::translate("AccountSummaryParser", "\"wow_accounts\" is not a list"));
        return result;
    }

    QSet<CharacterKey> seen;
    const QJsonArray accounts = accountsValue.toArray();
    for (const QJsonValue &accountValue : accounts) {
        if (!accountValue.isObject()) {
            result.value.skippedEntries << QCoreApplication::translate(
                "AccountSummaryParser", "a WoW account entry that is not an object");
            continue;
        }
        const QJsonObject account = accountValue.toObject();
        const qint64 wowAccountId = json::integer(account.value(u"id"_s));
        const QJsonValue charactersValue = account.value(u"characters"_s);
        if (charactersValue.isUndefined() || charactersValue.isNull())
            continue;
        if (!charactersValue.isArray()) {
            result.value.skippedEntries << QCoreApplication::translate(
                "AccountSummaryParser", "a WoW account whose characters are not a list");
            continue;
        }
        const QJsonArray characters = charactersValue.toArray();
        for (const QJsonValue &entryValue : characters) {
            QString whyNot;
            const auto character = entryValue.isObject()
                                       ? readCharacter(entryValue.toObject(), region, version,
                                                       locale, wowAccountId, &whyNot)
                                       : std::nullopt;
            if (!character) {
                result.value.skippedEntries
                    << (whyNot.isEmpty()
                            ? QCoreApplication::translate("AccountSummaryParser",
                                                          "a character entry that is not an object")
                            : whyNot);
                continue;
            }
            Character withAccount = *character;
            withAccount.battleNetAccountId = result.value.battleNetAccountId;
            if (seen.contains(withAccount.key))
                continue; // listed twice: the first entry stands
            seen.insert(withAccount.key);
            result.value.characters.append(withAccount);
        }
    }
    return result;
}

} // namespace bnet
