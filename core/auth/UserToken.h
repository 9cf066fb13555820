#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace bnet {

// A Battle.net user token and what goes with it: when it expires (24 hours after sign-in; there
// is no refresh token), the scopes the player granted, and whose account it is. It travels
// between the sign-in, the session and the keychain; it is never logged (there is deliberately
// no QDebug operator) and never written anywhere but the keychain.
struct UserToken
{
    QByteArray accessToken;
    QDateTime expiresAt; // UTC
    QStringList scopes;
    qint64 accountId = 0;
    QString battleTag;

    bool isValid() const { return !accessToken.isEmpty() && accountId > 0; }
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    // Expired at `now`, or within `marginSeconds` of it.
    bool isExpiredAt(const QDateTime &now, int marginSeconds = 0) const;

    // The keychain entry: a small JSON object (token, expiry, scopes, account).
    QByteArray toKeychainData() const;
    static std::optional<UserToken> fromKeychainData(const QByteArray &data);
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::UserToken)
