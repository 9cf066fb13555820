#pragma once

#include "CharacterDetails.h"
#include "CharacterKey.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace bnet {

enum class Faction {
    Unknown,
    Alliance,
    Horde,
    Neutral
};
enum class Gender {
    Unknown,
    Male,
    Female
};

// Codes as Battle.net spells them ("ALLIANCE", "FEMALE"); also what the database stores.
QString factionCode(Faction faction);
Faction factionFromCode(QStringView code);
QString genderCode(Gender gender);
Gender genderFromCode(QStringView code);

// One character as the account list knows it, plus what enrichment added (item level, guild,
// avatar...) in `details`, which the light list pass never has to invent.
struct Character
{
    qint64 rowId = 0; // the database row, 0 until stored
    CharacterKey key;
    QString name;
    QString realmName;
    qint64 realmId = 0;
    int classId = 0;
    QString className;
    int raceId = 0;
    QString raceName;
    Gender gender = Gender::Unknown;
    Faction faction = Faction::Unknown;
    int level = 0;
    qint64 battleNetAccountId = 0;
    qint64 wowAccountId = 0;

    bool archived = false;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime archivedAt;

    CharacterDetails details;

    // True when what the account list says about the character differs (name, level, realm
    // name, class, race, gender, faction, owning account); times and row ids are ignored.
    bool listFieldsDiffer(const Character &other) const;
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::Character)
