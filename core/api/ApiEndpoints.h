#pragma once

#include "domain/Region.h"

#include <QString>
#include <QUrl>

namespace bnet {

// Where Battle.net lives. Every base URL is configurable so the simulator and the tests can
// stand in for the real hosts; this is the app's one HTTP seam.
struct ApiEndpoints
{
    // API host per region; "{region}" is replaced by the region code. A URL without the
    // placeholder serves every region (the simulator tells regions apart by namespace).
    QString apiUrlTemplate = QStringLiteral("https://{region}.api.blizzard.com");
    QUrl oauthUrl = QUrl(QStringLiteral("https://oauth.battle.net"));
    // Images (avatars) are only fetched from the render host (or, for local stand-ins, the
    // API host), never from any URL an answer happens to name.
    QUrl renderUrl = QUrl(QStringLiteral("https://render.worldofwarcraft.com"));
    // China has hosts of its own; kept configurable, but global clients are refused there.
    QUrl chinaApiUrl = QUrl(QStringLiteral("https://gateway.battlenet.com.cn"));
    // The locale asked for ("en_US"); empty asks for every locale at once.
    QString locale;

    QUrl apiBaseUrl(Region region) const;
    bool isAllowedAssetUrl(const QUrl &url) const;

    static ApiEndpoints battleNet();
    // The Battle.net locale closest to the system's ("de_DE", "es_MX"...), en_US otherwise.
    static QString defaultLocale();
    // Everything served by one local base URL, as the simulator does.
    static ApiEndpoints singleHost(const QUrl &baseUrl, const QUrl &renderUrl = {});
};

} // namespace bnet
