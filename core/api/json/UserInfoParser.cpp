#include "UserInfoParser.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet {

ParseResult<UserInfo> parseUserInfo(const QByteArray &body)
{
    ParseResult<UserInfo> result;
    const QString what = QCoreApplication::translate("UserInfoParser", "account information");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = ApiError::malformed(
            what, parseError.error != QJsonParseError::NoError
                      ? parseError.errorString()
                      : QCoreApplication::translate("UserInfoParser", "expected a JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    qint64 id = json::integer(root.value(u"id"_s));
    if (id <= 0)
        id = json::integer(root.value(u"sub"_s));
    if (id <= 0) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("UserInfoParser", "no account id"));
        return result;
    }
    result.value.accountId = id;
    result.value.battleTag = root.value(u"battletag"_s).toString();
    return result;
}

} // namespace bnet
