#include "CharactersCommand.h"

#include "CliSupport.h"
#include "store/CharacterRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet::cli {
namespace {

QJsonObject toJson(const Character &c)
{
    return {{u"id"_s, c.rowId},
            {u"name"_s, c.name},
            {u"region"_s, regionCode(c.key.region)},
            {u"version"_s, gameVersionCode(c.key.version)},
            {u"realm"_s, c.realmName},
            {u"realmSlug"_s, c.key.realmSlug},
            {u"characterId"_s, c.key.characterId},
            {u"level"_s, c.level},
            {u"class"_s, c.className},
            {u"classId"_s, c.classId},
            {u"race"_s, c.raceName},
            {u"gender"_s, genderCode(c.gender)},
            {u"faction"_s, factionCode(c.faction)},
            {u"account"_s, c.battleNetAccountId},
            {u"archived"_s, c.archived},
            {u"firstSeen"_s, c.firstSeen.toString(Qt::ISODate)},
            {u"lastSeen"_s, c.lastSeen.toString(Qt::ISODate)},
            {u"itemLevel"_s,
             c.details.equippedItemLevel ? QJsonValue(*c.details.equippedItemLevel) : QJsonValue()},
            {u"averageItemLevel"_s,
             c.details.averageItemLevel ? QJsonValue(*c.details.averageItemLevel) : QJsonValue()},
            {u"spec"_s, c.details.activeSpec},
            {u"guild"_s, c.details.guildName},
            {u"lastLogin"_s, c.details.lastLogin.toString(Qt::ISODate)},
            {u"selfFound"_s, c.details.selfFound ? QJsonValue(*c.details.selfFound) : QJsonValue()},
            {u"ghost"_s, c.details.ghost ? QJsonValue(*c.details.ghost) : QJsonValue()},
            {u"avatar"_s, c.details.avatarFile},
            {u"enriched"_s, c.details.enrichedAt.toString(Qt::ISODate)},
            {u"enrichError"_s, c.details.lastError}};
}

void printTable(const QList<Character> &characters, Output &output)
{
    const QStringList headers = {
        QCoreApplication::translate("cli", "Name"),   QCoreApplication::translate("cli", "Realm"),
        QCoreApplication::translate("cli", "Region"), QCoreApplication::translate("cli", "Version"),
        QCoreApplication::translate("cli", "Level"),  QCoreApplication::translate("cli", "Class"),
        QCoreApplication::translate("cli", "Race"),   QCoreApplication::translate("cli", "iLvl"),
        QCoreApplication::translate("cli", "Guild"),  QCoreApplication::translate("cli", "Status"),
    };
    QList<QStringList> rows;
    for (const Character &c : characters) {
        rows.append(
            {c.name, c.realmName, regionCode(c.key.region).toUpper(),
             gameVersionDisplayName(c.key.version), QString::number(c.level), c.className,
             c.raceName,
             c.details.equippedItemLevel ? QString::number(*c.details.equippedItemLevel) : u"-"_s,
             c.details.guildName.isEmpty() ? u"-"_s : c.details.guildName,
             c.archived ? QCoreApplication::translate("cli", "archived")
                        : QCoreApplication::translate("cli", "active")});
    }
    QList<qsizetype> widths(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        widths[i] = headers[i].size();
        for (const QStringList &row : std::as_const(rows))
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto format = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += cells[i].leftJustified(widths[i] + 2);
        return line.trimmed();
    };
    output.line(format(headers));
    for (const QStringList &row : std::as_const(rows))
        output.line(format(row));
    output.line(
        QCoreApplication::translate("cli", "%n character(s)", nullptr, int(characters.size())));
}

} // namespace

int runCharacters(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Print the characters stored in the database."));
    addDatabaseOption(parser);
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "One JSON object per line.")});
    parser.addOption({u"include-archived"_s,
                      QCoreApplication::translate("cli", "Also list characters that left the "
                                                         "account.")});
    Output usage(false);
    if (const auto exit = parseOrFail(parser, arguments, usage))
        return *exit;
    Output output(parser.isSet(u"json"_s));

    Database database(databasePath(parser));
    if (const StoreError error = database.open(); error.isError()) {
        output.error(error.message());
        return DatabaseError;
    }
    CharacterRepository repository(database.connection(), database.path());
    const auto characters = repository.list({parser.isSet(u"include-archived"_s), 0});
    if (!characters.isOk()) {
        output.error(characters.error.message());
        return DatabaseError;
    }
    if (output.json()) {
        for (const Character &c : characters.value)
            output.jsonObject(toJson(c));
    } else {
        printTable(characters.value, output);
    }
    output.flush();
    return Success;
}

} // namespace bnet::cli
