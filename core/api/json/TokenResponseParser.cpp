#include "TokenResponseParser.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet {

ParseResult<AccessToken> parseTokenResponse(const QByteArray &body, const QDateTime &now)
{
    ParseResult<AccessToken> result;
    const QString what = QCoreApplication::translate("TokenResponseParser", "token answer");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("TokenResponseParser", "not a JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    const QString type = root.value(u"token_type"_s).toString();
    result.value.value = root.value(u"access_token"_s).toString().toUtf8();
    if (result.value.value.isEmpty() || type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0) {
        // Never quote the body: it may hold a secret.
        result.value = {};
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("TokenResponseParser", "no bearer access token"));
        return result;
    }
    const qint64 expiresIn = json::integer(root.value(u"expires_in"_s), -1);
    if (expiresIn > 0)
        result.value.expiresAt = now.addSecs(expiresIn);
    result.value.scopes = root.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    return result;
}

} // namespace bnet
