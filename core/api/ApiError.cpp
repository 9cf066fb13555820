#include "ApiError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bnet {

ApiError::Category ApiError::category() const
{
    switch (m_kind) {
    case Kind::None:
        return Category::None;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ServerError:
    case Kind::RateLimited:
        return Category::Transient;
    case Kind::Unauthorized:
        return Category::Auth;
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::HttpError:
    case Kind::BodyTooLarge:
    case Kind::MalformedBody:
    case Kind::Cancelled:
    case Kind::Unsupported:
        return Category::Permanent;
    }
    return Category::Permanent;
}

QString ApiError::code() const
{
    switch (m_kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::ServerError:
        return u"server-error"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::HttpError:
        return u"http-error"_s;
    case Kind::BodyTooLarge:
        return u"body-too-large"_s;
    case Kind::MalformedBody:
        return u"malformed"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Unsupported:
        return u"unsupported"_s;
    }
    return u"unknown"_s;
}

ApiError ApiError::withContext(const QString &what) const
{
    ApiError copy = *this;
    copy.m_message = QCoreApplication::translate("ApiError", "%1: %2").arg(what, m_message);
    return copy;
}

ApiError ApiError::fromHttpStatus(int status, const QString &path)
{
    if (status == 401)
        return {Kind::Unauthorized,
                QCoreApplication::translate(
                    "ApiError", "Battle.net refused the sign-in (401) for %1; sign in again")
                    .arg(path),
                status};
    if (status == 403)
        return {Kind::Forbidden,
                QCoreApplication::translate(
                    "ApiError",
                    "Battle.net denied access (403) to %1; the data is private or the account "
                    "inactive")
                    .arg(path),
                status};
    if (status == 404)
        return {
            Kind::NotFound,
            QCoreApplication::translate("ApiError", "Battle.net has no data (404) at %1").arg(path),
            status};
    if (status == 429)
        return {
            Kind::RateLimited,
            QCoreApplication::translate("ApiError", "Battle.net asked us to slow down (429) at %1")
                .arg(path),
            status};
    if (status >= 500 && status <= 599)
        return {Kind::ServerError,
                QCoreApplication::translate("ApiError", "Battle.net had a server error (%1) at %2")
                    .arg(status)
                    .arg(path),
                status};
    return {Kind::HttpError,
            QCoreApplication::translate("ApiError",
                                        "Battle.net answered with unexpected status %1 at %2")
                .arg(status)
                .arg(path),
            status};
}

ApiError ApiError::malformed(const QString &what, const QString &detail)
{
    return {Kind::MalformedBody,
            QCoreApplication::translate("ApiError", "Battle.net sent a malformed %1: %2")
                .arg(what, detail)};
}

} // namespace bnet
