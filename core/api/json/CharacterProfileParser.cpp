#include "CharacterProfileParser.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

std::optional<bool> optionalBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

} // namespace

ParseResult<CharacterProfile> parseCharacterProfile(const QByteArray &body, const QString &locale)
{
    ParseResult<CharacterProfile> result;
    const QString what = QCoreApplication::translate("CharacterProfileParser", "character profile");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("CharacterProfileParser", "%1 at byte %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return result;
    }
    if (!document.isObject()) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("CharacterProfileParser", "expected a JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    CharacterProfile &profile = result.value;
    profile.id = json::integer(root.value(u"id"_s));
    profile.name = json::localizedString(root.value(u"name"_s), locale);
    if (profile.id <= 0 || profile.name.isEmpty()) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("CharacterProfileParser", "no character id or name"));
        return result;
    }
    profile.level = int(std::clamp<qint64>(json::integer(root.value(u"level"_s)), 0, 1000));
    profile.realmName =
        json::localizedString(root.value(u"realm"_s).toObject().value(u"name"_s), locale);

    CharacterDetails &d = profile.details;
    const QJsonValue equipped = root.value(u"equipped_item_level"_s);
    if (equipped.isDouble())
        d.equippedItemLevel = int(json::integer(equipped, 0));
    const QJsonValue average = root.value(u"average_item_level"_s);
    if (average.isDouble() && average.toDouble() >= 0 && average.toDouble() < 100000)
        d.averageItemLevel = average.toDouble();
    d.activeSpec =
        json::localizedString(root.value(u"active_spec"_s).toObject().value(u"name"_s), locale);
    d.guildName = json::localizedString(root.value(u"guild"_s).toObject().value(u"name"_s), locale);
    const qint64 lastLogin = json::integer(root.value(u"last_login_timestamp"_s));
    if (lastLogin > 0)
        d.lastLogin = QDateTime::fromMSecsSinceEpoch(lastLogin, Qt::UTC);
    d.selfFound = optionalBool(root.value(u"is_self_found"_s));
    d.ghost = optionalBool(root.value(u"is_ghost"_s));
    return result;
}

} // namespace bnet
