#include "SimulatorData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bnetsim {
namespace {

struct Names
{
    const char16_t *en;
    const char16_t *de;
    const char16_t *fr;
};

QString pick(const Names &names, const QString &locale)
{
    if (locale == u"de_DE"_s)
        return QString::fromUtf16(names.de);
    if (locale == u"fr_FR"_s)
        return QString::fromUtf16(names.fr);
    return QString::fromUtf16(names.en);
}

const Names kClasses[] = {
    {u"Unknown", u"Unbekannt", u"Inconnu"},
    {u"Warrior", u"Krieger", u"Guerrier"},
    {u"Paladin", u"Paladin", u"Paladin"},
    {u"Hunter", u"Jäger", u"Chasseur"},
    {u"Rogue", u"Schurke", u"Voleur"},
    {u"Priest", u"Priester", u"Prêtre"},
    {u"Death Knight", u"Todesritter", u"Chevalier de la mort"},
    {u"Shaman", u"Schamane", u"Chaman"},
    {u"Mage", u"Magier", u"Mage"},
    {u"Warlock", u"Hexenmeister", u"Démoniste"},
    {u"Monk", u"Mönch", u"Moine"},
    {u"Druid", u"Druide", u"Druide"},
    {u"Demon Hunter", u"Dämonenjäger", u"Chasseur de démons"},
    {u"Evoker", u"Rufer", u"Évocateur"},
};

const Names kRaces[] = {
    {u"Unknown", u"Unbekannt", u"Inconnu"},
    {u"Human", u"Mensch", u"Humain"},
    {u"Orc", u"Orc", u"Orc"},
    {u"Dwarf", u"Zwerg", u"Nain"},
    {u"Night Elf", u"Nachtelf", u"Elfe de la nuit"},
    {u"Undead", u"Untoter", u"Mort-vivant"},
    {u"Tauren", u"Tauren", u"Tauren"},
    {u"Gnome", u"Gnom", u"Gnome"},
    {u"Troll", u"Troll", u"Troll"},
    {u"Goblin", u"Goblin", u"Gobelin"},
    {u"Blood Elf", u"Blutelf", u"Elfe de sang"},
    {u"Draenei", u"Draenei", u"Draeneï"},
};

// Alliance races (ids 1, 3, 4, 7, 11) and Horde races (2, 5, 6, 8, 9, 10).
bool isAllianceRace(int raceId)
{
    return raceId == 1 || raceId == 3 || raceId == 4 || raceId == 7 || raceId == 11;
}

QDateTime baseTime()
{
    return QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
}

SimCharacter make(qint64 id, const QString &name, const QString &region, const QString &version,
                  const SimRealm &realm, int classId, int raceId, const QString &gender, int level,
                  double itemLevel, const QString &spec, const QString &guild, qint64 wowAccount)
{
    SimCharacter c;
    c.id = id;
    c.name = name;
    c.region = region;
    c.version = version;
    c.realm = realm;
    c.classId = classId;
    c.raceId = raceId;
    c.gender = gender;
    c.faction = isAllianceRace(raceId) ? u"ALLIANCE"_s : u"HORDE"_s;
    c.level = level;
    c.averageItemLevel = itemLevel;
    c.equippedItemLevel = int(itemLevel) - 2;
    c.activeSpec = spec;
    c.guild = guild;
    c.wowAccountId = wowAccount;
    c.lastLoginMs = baseTime().addDays(-(id % 30)).toMSecsSinceEpoch();
    c.lastModified = baseTime().addSecs(id % 3600);
    c.avatarModified = c.lastModified;
    return c;
}

QJsonObject characterToJson(const SimCharacter &c)
{
    return {
        {u"id"_s, c.id},
        {u"name"_s, c.name},
        {u"region"_s, c.region},
        {u"version"_s, c.version},
        {u"wowAccount"_s, c.wowAccountId},
        {u"realm"_s,
         QJsonObject{{u"id"_s, c.realm.id}, {u"slug"_s, c.realm.slug}, {u"name"_s, c.realm.name}}},
        {u"classId"_s, c.classId},
        {u"raceId"_s, c.raceId},
        {u"gender"_s, c.gender},
        {u"faction"_s, c.faction},
        {u"level"_s, c.level},
        {u"averageItemLevel"_s, c.averageItemLevel},
        {u"equippedItemLevel"_s, c.equippedItemLevel},
        {u"activeSpec"_s, c.activeSpec},
        {u"guild"_s, c.guild},
        {u"lastLogin"_s, c.lastLoginMs},
        {u"selfFound"_s, c.selfFound},
        {u"ghost"_s, c.ghost},
        {u"hasMedia"_s, c.hasMedia},
        {u"lastModified"_s, c.lastModified.toString(Qt::ISODate)},
        {u"avatarModified"_s, c.avatarModified.toString(Qt::ISODate)}};
}

std::optional<SimCharacter> characterFromJson(const QJsonObject &o, QString *error)
{
    SimCharacter c;
    c.id = o.value(u"id"_s).toInteger();
    c.name = o.value(u"name"_s).toString();
    const QJsonObject realm = o.value(u"realm"_s).toObject();
    c.realm = {realm.value(u"id"_s).toInteger(), realm.value(u"slug"_s).toString(),
               realm.value(u"name"_s).toString()};
    if (c.id <= 0 || c.name.isEmpty() || c.realm.slug.isEmpty()) {
        *error = u"every character needs an id, a name and a realm slug"_s;
        return std::nullopt;
    }
    c.region = o.value(u"region"_s).toString(u"us"_s);
    c.version = o.value(u"version"_s).toString(u"retail"_s);
    c.wowAccountId = o.value(u"wowAccount"_s).toInteger(1);
    c.classId = o.value(u"classId"_s).toInt(1);
    c.raceId = o.value(u"raceId"_s).toInt(1);
    c.gender = o.value(u"gender"_s).toString(u"MALE"_s);
    c.faction =
        o.value(u"faction"_s).toString(isAllianceRace(c.raceId) ? u"ALLIANCE"_s : u"HORDE"_s);
    c.level = o.value(u"level"_s).toInt(1);
    c.averageItemLevel = o.value(u"averageItemLevel"_s).toDouble();
    c.equippedItemLevel = o.value(u"equippedItemLevel"_s).toInt();
    c.activeSpec = o.value(u"activeSpec"_s).toString();
    c.guild = o.value(u"guild"_s).toString();
    c.lastLoginMs = o.value(u"lastLogin"_s).toInteger();
    c.selfFound = o.value(u"selfFound"_s).toBool();
    c.ghost = o.value(u"ghost"_s).toBool();
    c.hasMedia = o.value(u"hasMedia"_s).toBool(true);
    c.lastModified = QDateTime::fromString(o.value(u"lastModified"_s).toString(), Qt::ISODate);
    if (!c.lastModified.isValid())
        c.lastModified = baseTime();
    c.avatarModified = QDateTime::fromString(o.value(u"avatarModified"_s).toString(), Qt::ISODate);
    if (!c.avatarModified.isValid())
        c.avatarModified = c.lastModified;
    return c;
}

} // namespace

QString SimCharacter::profileNamespace() const
{
    if (version == u"classic"_s)
        return u"profile-classic-"_s + region;
    if (version == u"classic-era"_s)
        return u"profile-classic1x-"_s + region;
    if (version == u"anniversary"_s)
        return u"profile-classicann-"_s + region;
    return u"profile-"_s + region;
}

SimulatorData SimulatorData::demo()
{
    const SimRealm area52{3676, u"area-52"_s, u"Area 52"_s};
    const SimRealm stormrage{60, u"stormrage"_s, u"Stormrage"_s};
    const SimRealm silvermoon{3391, u"silvermoon"_s, u"Silvermoon"_s};
    const SimRealm gordunni{1602, u"гордунни"_s, u"Гордунни"_s};
    const SimRealm faerlina{4408, u"faerlina"_s, u"Faerlina"_s};
    const SimRealm whitemane{4395, u"whitemane"_s, u"Whitemane"_s};
    const SimRealm defiasPillager{6359, u"defias-pillager"_s, u"Defias Pillager"_s};
    const SimRealm crusaderStrike{6100, u"crusader-strike"_s, u"Crusader Strike"_s};
    const SimRealm nekrosh{6361, u"nekrosh"_s, u"Nek'Rosh"_s};
    const SimRealm dreamscythe{6672, u"dreamscythe"_s, u"Dreamscythe"_s};
    const SimRealm thunderstrike{6673, u"thunderstrike"_s, u"Thunderstrike"_s};

    SimAccount account;
    account.id = 424242;
    account.battleTag = u"Demo#1234"_s;
    account.userToken = u"demo-user-token"_s;
    account.characters = {
        make(201001, u"Thrallson"_s, u"us"_s, u"retail"_s, area52, 7, 2, u"MALE"_s, 80, 626.4,
             u"Enhancement"_s, u"Storm Chasers"_s, 1),
        make(201002, u"Léonie"_s, u"us"_s, u"retail"_s, stormrage, 5, 1, u"FEMALE"_s, 80, 619.0,
             u"Holy"_s, u"Light's Vanguard"_s, 1),
        make(201003, u"Brewbelly"_s, u"us"_s, u"retail"_s, area52, 10, 6, u"MALE"_s, 74, 571.2,
             u"Brewmaster"_s, {}, 1),
        make(201004, u"Ælfwyn"_s, u"eu"_s, u"retail"_s, silvermoon, 13, 11, u"FEMALE"_s, 80, 631.8,
             u"Preservation"_s, u"Dragonflight Dawn"_s, 2),
        make(201005, u"Søren"_s, u"eu"_s, u"retail"_s, silvermoon, 1, 3, u"MALE"_s, 80, 612.5,
             u"Protection"_s, u"Dragonflight Dawn"_s, 2),
        make(201006, u"Владимир"_s, u"eu"_s, u"retail"_s, gordunni, 9, 10, u"MALE"_s, 70, 540.0,
             u"Destruction"_s, u"Красный Октябрь"_s, 2),
        make(301001, u"Frostnova"_s, u"us"_s, u"classic"_s, faerlina, 8, 7, u"FEMALE"_s, 85, 353.0,
             u"Frost"_s, u"Cataclysmic"_s, 1),
        make(301002, u"Gruntak"_s, u"us"_s, u"classic"_s, faerlina, 1, 2, u"MALE"_s, 85, 346.0,
             u"Arms"_s, u"Cataclysmic"_s, 1),
        make(401001, u"Ñandú"_s, u"us"_s, u"classic-era"_s, whitemane, 3, 4, u"FEMALE"_s, 60, 62.0,
             {}, u"Old Guard"_s, 1),
        make(401002, u"Grimhilde"_s, u"us"_s, u"classic-era"_s, defiasPillager, 2, 3, u"FEMALE"_s,
             42, 38.0, {}, {}, 1),
        make(401003, u"Seedling"_s, u"us"_s, u"classic-era"_s, crusaderStrike, 11, 4, u"MALE"_s, 60,
             58.0, {}, u"Discovery Co"_s, 1),
        make(401004, u"Zül"_s, u"eu"_s, u"classic-era"_s, nekrosh, 9, 5, u"MALE"_s, 27, 21.0, {},
             {}, 2),
        make(501001, u"Ironfoot"_s, u"us"_s, u"anniversary"_s, dreamscythe, 1, 3, u"MALE"_s, 60,
             64.0, {}, u"Fresh Start"_s, 1),
        make(501002, u"Wildbloom"_s, u"eu"_s, u"anniversary"_s, thunderstrike, 11, 6, u"FEMALE"_s,
             48, 40.0, {}, {}, 2),
        make(501003, u"Kräuterhex"_s, u"eu"_s, u"anniversary"_s, thunderstrike, 5, 8, u"FEMALE"_s,
             12, 9.0, {}, {}, 2),
    };
    // Hardcore realms: self-found runs, and one that did not make it.
    for (SimCharacter &c : account.characters) {
        if (c.realm.slug == u"defias-pillager"_s || c.realm.slug == u"nekrosh"_s)
            c.selfFound = true;
        if (c.name == u"Zül"_s)
            c.ghost = true;
        if (c.version != u"retail"_s && c.level < 20)
            c.hasMedia = false; // Classic often has no render for low characters
    }
    SimulatorData data;
    data.accounts = {account};
    return data;
}

SimulatorData SimulatorData::generated(int characters, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList regions = {u"us"_s, u"eu"_s};
    const QStringList versions = {u"retail"_s, u"classic"_s, u"classic-era"_s, u"anniversary"_s};
    const QStringList syllables = {u"ka"_s, u"ri"_s,  u"thor"_s, u"va"_s, u"len"_s,
                                   u"mo"_s, u"dra"_s, u"sil"_s,  u"ün"_s, u"é"_s};
    SimAccount account;
    account.id = 777000;
    account.battleTag = u"Bulk#7777"_s;
    account.userToken = u"bulk-user-token"_s;
    for (int i = 0; i < characters; ++i) {
        QString name;
        for (int s = 0; s < 3; ++s)
            name += syllables[int(random.bounded(syllables.size()))];
        name[0] = name[0].toUpper();
        name += QString::number(i); // unique per realm
        const int realmIndex = i % 24;
        const SimRealm realm{5000 + realmIndex, u"realm-%1"_s.arg(realmIndex),
                             u"Realm %1"_s.arg(realmIndex)};
        const int classId = 1 + int(random.bounded(13));
        const int raceId = 1 + int(random.bounded(11));
        account.characters.append(make(900000 + i, name, regions[i % regions.size()],
                                       versions[(i / regions.size()) % versions.size()], realm,
                                       classId, raceId, (i % 2) ? u"FEMALE"_s : u"MALE"_s,
                                       10 + int(random.bounded(71)), 100 + random.bounded(500.0),
                                       {}, {}, 1 + i % 3));
    }
    SimulatorData data;
    data.accounts = {account};
    return data;
}

std::optional<SimulatorData> SimulatorData::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonArray accounts = document.object().value(u"accounts"_s).toArray();
    if (accounts.isEmpty()) {
        *error = u"the data set has no \"accounts\""_s;
        return std::nullopt;
    }
    SimulatorData data;
    for (const QJsonValue &accountValue : accounts) {
        const QJsonObject o = accountValue.toObject();
        SimAccount account;
        account.id = o.value(u"id"_s).toInteger();
        account.battleTag = o.value(u"battleTag"_s).toString();
        account.userToken = o.value(u"userToken"_s).toString();
        if (account.id <= 0) {
            *error = u"every account needs a positive id"_s;
            return std::nullopt;
        }
        for (const QJsonValue &characterValue : o.value(u"characters"_s).toArray()) {
            auto character = characterFromJson(characterValue.toObject(), error);
            if (!character)
                return std::nullopt;
            account.characters.append(*character);
        }
        data.accounts.append(account);
    }
    return data;
}

QByteArray SimulatorData::toJson() const
{
    QJsonArray accountsJson;
    for (const SimAccount &account : accounts) {
        QJsonArray characters;
        for (const SimCharacter &c : account.characters)
            characters.append(characterToJson(c));
        accountsJson.append(QJsonObject{{u"id"_s, account.id},
                                        {u"battleTag"_s, account.battleTag},
                                        {u"userToken"_s, account.userToken},
                                        {u"characters"_s, characters}});
    }
    return QJsonDocument(QJsonObject{{u"accounts"_s, accountsJson}}).toJson();
}

SimCharacter *SimulatorData::findCharacter(qint64 id)
{
    for (SimAccount &account : accounts) {
        for (SimCharacter &c : account.characters) {
            if (c.id == id)
                return &c;
        }
    }
    return nullptr;
}

QString className(int classId, const QString &locale)
{
    const int count = int(std::size(kClasses));
    return pick(kClasses[classId >= 0 && classId < count ? classId : 0], locale);
}

QString raceName(int raceId, const QString &locale)
{
    const int count = int(std::size(kRaces));
    return pick(kRaces[raceId >= 0 && raceId < count ? raceId : 0], locale);
}

QString genderName(const QString &type, const QString &locale)
{
    static const Names male{u"Male", u"Männlich", u"Homme"};
    static const Names female{u"Female", u"Weiblich", u"Femme"};
    return pick(type == u"FEMALE"_s ? female : male, locale);
}

QString factionName(const QString &type, const QString &locale)
{
    static const Names alliance{u"Alliance", u"Allianz", u"Alliance"};
    static const Names horde{u"Horde", u"Horde", u"Horde"};
    return pick(type == u"HORDE"_s ? horde : alliance, locale);
}

QStringList simulatedLocales()
{
    return {u"en_US"_s, u"de_DE"_s, u"fr_FR"_s};
}

} // namespace bnetsim
