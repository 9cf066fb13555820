#include "ApiEndpoints.h"

#include <QHostAddress>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bnet {

QUrl ApiEndpoints::apiBaseUrl(Region region) const
{
    if (region == Region::CN)
        return chinaApiUrl;
    QString url = apiUrlTemplate;
    url.replace(u"{region}"_s, regionCode(region));
    return QUrl(url);
}

bool ApiEndpoints::isAllowedAssetUrl(const QUrl &url) const
{
    if (!url.isValid() || url.isRelative())
        return false;
    if (url.scheme() == renderUrl.scheme() && url.host() == renderUrl.host())
        return true;
    const QUrl api(QString(apiUrlTemplate).replace(u"{region}"_s, u"us"_s));
    if (url.scheme() == api.scheme() && url.host() == api.host() && !api.host().isEmpty() &&
        QHostAddress(api.host()).isLoopback())
        return true;
    // Older media answers name regional render hosts (render-us.worldofwarcraft.com).
    return url.scheme() == u"https"_s && url.host().endsWith(u".worldofwarcraft.com"_s) &&
           url.host().startsWith(u"render"_s);
}

ApiEndpoints ApiEndpoints::battleNet()
{
    ApiEndpoints endpoints;
    endpoints.locale = defaultLocale();
    return endpoints;
}

QString ApiEndpoints::defaultLocale()
{
    static const QStringList supported = {
        u"en_US"_s, u"es_MX"_s, u"pt_BR"_s, u"en_GB"_s, u"es_ES"_s, u"fr_FR"_s, u"ru_RU"_s,
        u"de_DE"_s, u"pt_PT"_s, u"it_IT"_s, u"ko_KR"_s, u"zh_TW"_s, u"zh_CN"_s};
    const QString system = QLocale::system().name();
    if (supported.contains(system))
        return system;
    for (const QString &candidate : supported) {
        if (candidate.left(2) == system.left(2))
            return candidate;
    }
    return u"en_US"_s;
}

ApiEndpoints ApiEndpoints::singleHost(const QUrl &baseUrl, const QUrl &renderUrl)
{
    ApiEndpoints endpoints;
    endpoints.apiUrlTemplate = baseUrl.toString(QUrl::StripTrailingSlash);
    endpoints.oauthUrl = baseUrl;
    endpoints.chinaApiUrl = baseUrl;
    endpoints.renderUrl = renderUrl.isValid() ? renderUrl : baseUrl;
    return endpoints;
}

} // namespace bnet
