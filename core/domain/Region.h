#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bnet {

// A Battle.net API region. China runs its own hosts and rejects global client ids, so it is
// known (configurable, shown) but reported as unsupported rather than silently tried.
enum class Region {
    US,
    EU,
    KR,
    TW,
    CN
};

QString regionCode(Region region);
std::optional<Region> regionFromCode(QStringView code);
bool isRegionSupported(Region region);
QList<Region> allRegions();
QList<Region> supportedRegions();
QString regionDisplayName(Region region);

} // namespace bnet
