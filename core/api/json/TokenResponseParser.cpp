#include "TokenResponseParser.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

// Error codes and descriptions are short words from Battle.net, never secrets; capped anyway.
QString shortText(const QJsonValue &value)
{
    QString text = value.toString().simplified();
    if (text.size() > 160)
        text = text.left(157) + u"..."_s;
    return text;
}

ApiError errorAnswer(int status, const QJsonObject &object)
{
    const QString code = shortText(object.value(u"error"_s));
    const QString description = shortText(object.value(u"error_description"_s));
    const QString detail = description.isEmpty() ? code : code + u": "_s + description;
    if (code == u"invalid_client"_s || (code.isEmpty() && status == 401))
        return {ApiError::Kind::Unauthorized,
                QCoreApplication::translate(
                    "TokenResponse",
                    "Battle.net refused the API client id or secret (%1). Check both on "
                    "https://develop.battle.net/access/clients and enter them again")
                    .arg(detail.isEmpty() ? QString::number(status) : detail),
                status};
    if (code == u"invalid_grant"_s)
        return {ApiError::Kind::Unauthorized,
                QCoreApplication::translate("TokenResponse",
                                            "Battle.net refused the sign-in code (%1); it may "
                                            "have expired or been used already. Sign in again")
                    .arg(detail),
                status};
    if (status >= 500)
        return {ApiError::Kind::ServerError,
                QCoreApplication::translate("TokenResponse",
                                            "Battle.net's sign-in service had a server error "
                                            "(%1); try again in a few minutes")
                    .arg(status),
                status};
    return {ApiError::Kind::HttpError,
            QCoreApplication::translate("TokenResponse",
                                        "Battle.net's sign-in service answered %1 (%2)")
                .arg(status)
                .arg(detail.isEmpty() ? QCoreApplication::translate("TokenResponse", "no reason "
                                                                                     "given")
                                      : detail),
            status};
}

} // namespace

ParseResult<TokenResponse> parseTokenResponse(int httpStatus, const QByteArray &body)
{
    ParseResult<TokenResponse> result;
    const QString what = QCoreApplication::translate("TokenResponse", "token answer");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    if (httpStatus < 200 || httpStatus > 299) {
        result.error = errorAnswer(httpStatus, object);
        return result;
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("TokenResponse", "it is not a JSON object"));
        return result;
    }
    if (object.contains(u"error"_s)) {
        result.error = errorAnswer(httpStatus, object);
        return result;
    }
    const QString accessToken = object.value(u"access_token"_s).toString();
    if (accessToken.isEmpty() || accessToken.size() > 4096) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("TokenResponse", "it holds no access token"));
        return result;
    }
    const QString type = object.value(u"token_type"_s).toString();
    if (!type.isEmpty() && type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0) {
        result.error = ApiError::malformed(
            what, QCoreApplication::translate("TokenResponse", "the token type is \"%1\", not "
                                                               "bearer")
                      .arg(shortText(type)));
        return result;
    }
    result.value.accessToken = accessToken.toLatin1();
    // Battle.net's user tokens live 24 hours; without expires_in, assume that.
    const qint64 expiresIn = json::integer(object.value(u"expires_in"_s), 86'399);
    result.value.expiresInSeconds = int(std::clamp<qint64>(expiresIn, 1, 86'400 * 31));
    result.value.scopeGiven = object.contains(u"scope"_s);
    result.value.scopes =
        object.value(u"scope"_s).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return result;
}

} // namespace bnet
