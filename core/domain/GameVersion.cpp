#include "GameVersion.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

// The part of the namespace between "profile" and the region.
QString namespaceInfix(GameVersion version)
{
    switch (version) {
    case GameVersion::Retail:
        return {};
    case GameVersion::Classic:
        return u"classic"_s;
    case GameVersion::ClassicEra:
        return u"classic1x"_s;
    case GameVersion::Anniversary:
        return u"classicann"_s;
    }
    return {};
}

} // namespace

QString gameVersionCode(GameVersion version)
{
    switch (version) {
    case GameVersion::Retail:
        return u"retail"_s;
    case GameVersion::Classic:
        return u"classic"_s;
    case GameVersion::ClassicEra:
        return u"classic-era"_s;
    case GameVersion::Anniversary:
        return u"anniversary"_s;
    }
    return {};
}

std::optional<GameVersion> gameVersionFromCode(QStringView code)
{
    for (GameVersion version : allGameVersions()) {
        if (code.compare(gameVersionCode(version), Qt::CaseInsensitive) == 0)
            return version;
    }
    return std::nullopt;
}

QList<GameVersion> allGameVersions()
{
    return {GameVersion::Retail, GameVersion::Classic, GameVersion::ClassicEra,
            GameVersion::Anniversary};
}

QString gameVersionDisplayName(GameVersion version)
{
    switch (version) {
    case GameVersion::Retail:
        return QCoreApplication::translate("GameVersion", "Retail");
    case GameVersion::Classic:
        return QCoreApplication::translate("GameVersion", "Classic");
    case GameVersion::ClassicEra:
        return QCoreApplication::translate("GameVersion", "Classic Era");
    case GameVersion::Anniversary:
        return QCoreApplication::translate("GameVersion", "Anniversary");
    }
    return {};
}

QString profileNamespace(GameVersion version, Region region)
{
    const QString infix = namespaceInfix(version);
    if (infix.isEmpty())
        return u"profile-"_s + regionCode(region);
    return u"profile-"_s + infix + u'-' + regionCode(region);
}

std::optional<NamespaceScope> parseProfileNamespace(QStringView profileNamespace)
{
    for (GameVersion version : allGameVersions()) {
        for (Region region : allRegions()) {
            if (profileNamespace.compare(bnet::profileNamespace(version, region),
                                         Qt::CaseInsensitive) == 0)
                return NamespaceScope{version, region};
        }
    }
    return std::nullopt;
}

} // namespace bnet
