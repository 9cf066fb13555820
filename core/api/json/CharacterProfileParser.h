#pragma once

#include "ParseResult.h"
#include "domain/CharacterDetails.h"

#include <QByteArray>

namespace bnet {

// /profile/wow/character/{realm}/{name}: what enrichment keeps of it. Level and realm name come
// along so a level-up between two list syncs still shows.
struct CharacterProfile
{
    qint64 id = 0;
    QString name;
    int level = 0;
    QString realmName;
    CharacterDetails details; // item levels, spec, guild, last login, Hardcore fields
};

ParseResult<CharacterProfile> parseCharacterProfile(const QByteArray &body, const QString &locale);

} // namespace bnet
