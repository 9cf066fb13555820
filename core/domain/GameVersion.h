#pragma once

#include "Region.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bnet {

// A World of Warcraft game version as Battle.net separates them: one profile namespace each.
// Classic Era's namespace also carries its Hardcore and Season of Discovery realms; the realm
// and the character's own fields tell those apart, not the namespace.
enum class GameVersion {
    Retail,
    Classic,
    ClassicEra,
    Anniversary
};

// Stable machine code used in the database, the CLI and JSON: "retail", "classic",
// "classic-era", "anniversary".
QString gameVersionCode(GameVersion version);
std::optional<GameVersion> gameVersionFromCode(QStringView code);
QList<GameVersion> allGameVersions();
QString gameVersionDisplayName(GameVersion version);

// The profile namespace of a version in a region, e.g. "profile-classic1x-eu".
QString profileNamespace(GameVersion version, Region region);

// The inverse: which version and region a profile namespace names.
struct NamespaceScope
{
    GameVersion version;
    Region region;
};
std::optional<NamespaceScope> parseProfileNamespace(QStringView profileNamespace);

} // namespace bnet
