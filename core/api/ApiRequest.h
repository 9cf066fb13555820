#pragma once

#include "domain/Region.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace bnet {

// One request to Battle.net, described before it is sent so the client can queue, rate-limit
// and retry it. Secrets (bearer token, basic credentials) travel here but are never logged.
struct ApiRequest
{
    enum class Host {
        Api,
        OAuth,
        Absolute
    };
    enum class Method {
        Get,
        Post
    };

    Host host = Host::Api;
    Method method = Method::Get;
    Region region = Region::US; // picks the API host
    QString path;               // already percent-encoded, e.g. "/profile/user/wow"
    QUrlQuery query;            // namespace and the like; the locale is added by the client
    QUrl absoluteUrl;           // for Host::Absolute (render host images)

    QByteArray bearerToken; // Authorization: Bearer ...
    QByteArray basicUser;   // HTTP Basic for the token endpoint
    QByteArray basicPassword;
    QByteArray formBody;        // POST body, application/x-www-form-urlencoded
    QByteArray ifModifiedSince; // the Last-Modified stamp we stored, sent back verbatim

    bool addLocale = true;      // API calls ask for the configured locale
    bool rateLimited = true;    // counts against the Battle.net request quota
    bool retryTransient = true; // retry network errors, timeouts, 5xx and 429 with backoff

    // The path as it may appear in logs and messages (no query, so no secrets).
    QString displayPath() const { return host == Host::Absolute ? absoluteUrl.path() : path; }
};

} // namespace bnet
