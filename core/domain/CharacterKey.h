#pragma once

#include "GameVersion.h"
#include "Region.h"

#include <QHashFunctions>
#include <QString>

namespace bnet {

// What identifies a character for good: a rename or a level-up keeps the key, so a sync
// updates the same row instead of adding a second one. The realm slug is part of it because
// character ids are only unique within a realm's region and game version.
struct CharacterKey
{
    Region region = Region::US;
    GameVersion version = GameVersion::Retail;
    QString realmSlug;
    qint64 characterId = 0;

    bool isValid() const { return !realmSlug.isEmpty() && characterId > 0; }
    // "us/retail/area-52/123", for logs and messages (never contains secrets).
    QString toString() const;

    friend bool operator==(const CharacterKey &, const CharacterKey &) = default;
};

size_t qHash(const CharacterKey &key, size_t seed = 0) noexcept;

} // namespace bnet
