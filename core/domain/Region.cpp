#include "Region.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bnet {

QString regionCode(Region region)
{
    switch (region) {
    case Region::US:
        return u"us"_s;
    case Region::EU:
        return u"eu"_s;
    case Region::KR:
        return u"kr"_s;
    case Region::TW:
        return u"tw"_s;
    case Region::CN:
        return u"cn"_s;
    }
    return {};
}

std::optional<Region> regionFromCode(QStringView code)
{
    for (Region region : allRegions()) {
        if (code.compare(regionCode(region), Qt::CaseInsensitive) == 0)
            return region;
    }
    return std::nullopt;
}

bool isRegionSupported(Region region)
{
    return region != Region::CN;
}

QList<Region> allRegions()
{
    return {Region::US, Region::EU, Region::KR, Region::TW, Region::CN};
}

QList<Region> supportedRegions()
{
    return {Region::US, Region::EU, Region::KR, Region::TW};
}

QString regionDisplayName(Region region)
{
    switch (region) {
    case Region::US:
        return QCoreApplication::translate("Region", "Americas & Oceania");
    case Region::EU:
        return QCoreApplication::translate("Region", "Europe");
    case Region::KR:
        return QCoreApplication::translate("Region", "Korea");
    case Region::TW:
        return QCoreApplication::translate("Region", "Taiwan");
    case Region::CN:
        return QCoreApplication::translate("Region", "China (unsupported)");
    }
    return {};
}

} // namespace bnet
