#pragma once

#include "ParseResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace bnet {

// An OAuth access token. The value is a secret: it is never logged, and QDebug prints it
// redacted.
struct AccessToken
{
    QByteArray value;
    QDateTime expiresAt; // invalid when the server did not say
    QStringList scopes;

    bool isValid() const { return !value.isEmpty(); }
    bool isExpiredAt(const QDateTime &now, qint64 marginSeconds = 0) const
    {
        return expiresAt.isValid() && now.addSecs(marginSeconds) >= expiresAt;
    }
};

// {"access_token", "token_type": "bearer", "expires_in", "scope"}; `now` dates the expiry.
ParseResult<AccessToken> parseTokenResponse(const QByteArray &body, const QDateTime &now);

} // namespace bnet
