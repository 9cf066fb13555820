#include "Character.h"

using namespace Qt::StringLiterals;

namespace bnet {

QString factionCode(Faction faction)
{
    switch (faction) {
    case Faction::Alliance:
        return u"ALLIANCE"_s;
    case Faction::Horde:
        return u"HORDE"_s;
    case Faction::Neutral:
        return u"NEUTRAL"_s;
    case Faction::Unknown:
        break;
    }
    return {};
}

Faction factionFromCode(QStringView code)
{
    for (Faction faction : {Faction::Alliance, Faction::Horde, Faction::Neutral}) {
        if (code.compare(factionCode(faction), Qt::CaseInsensitive) == 0)
            return faction;
    }
    return Faction::Unknown;
}

QString genderCode(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return u"MALE"_s;
    case Gender::Female:
        return u"FEMALE"_s;
    case Gender::Unknown:
        break;
    }
    return {};
}

Gender genderFromCode(QStringView code)
{
    for (Gender gender : {Gender::Male, Gender::Female}) {
        if (code.compare(genderCode(gender), Qt::CaseInsensitive) == 0)
            return gender;
    }
    return Gender::Unknown;
}

bool Character::listFieldsDiffer(const Character &other) const
{
    return name != other.name || realmName != other.realmName || realmId != other.realmId ||
           classId != other.classId || className != other.className || raceId != other.raceId ||
           raceName != other.raceName || gender != other.gender || faction != other.faction ||
           level != other.level || battleNetAccountId != other.battleNetAccountId ||
           wowAccountId != other.wowAccountId;
}

} // namespace bnet
