#include "UserToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet {

bool UserToken::isExpiredAt(const QDateTime &now, int marginSeconds) const
{
    return !expiresAt.isValid() || now.addSecs(marginSeconds) >= expiresAt;
}

QByteArray UserToken::toKeychainData() const
{
    const QJsonObject object{{u"v"_s, 1},
                             {u"accessToken"_s, QString::fromLatin1(accessToken)},
                             {u"expiresAt"_s, expiresAt.toUTC().toString(Qt::ISODateWithMs)},
                             {u"scopes"_s, QJsonArray::fromStringList(scopes)},
                             {u"accountId"_s, QString::number(accountId)},
                             {u"battleTag"_s, battleTag}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<UserToken> UserToken::fromKeychainData(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(u"v"_s).toInt() != 1)
        return std::nullopt;
    UserToken token;
    token.accessToken = object.value(u"accessToken"_s).toString().toLatin1();
    token.expiresAt =
        QDateTime::fromString(object.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &scope : object.value(u"scopes"_s).toArray())
        token.scopes.append(scope.toString());
    token.accountId = object.value(u"accountId"_s).toString().toLongLong();
    token.battleTag = object.value(u"battleTag"_s).toString();
    if (!token.isValid() || !token.expiresAt.isValid())
        return std::nullopt;
    return token;
}

} // namespace bnet
