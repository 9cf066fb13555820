#include "CharacterMediaParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bnet {

ParseResult<CharacterMedia> parseCharacterMedia(const QByteArray &body)
{
    ParseResult<CharacterMedia> result;
    const QString what = QCoreApplication::translate("CharacterMediaParser", "character media");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error =
            ApiError::malformed(what, parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : QCoreApplication::translate("CharacterMediaParser",
                                                                        "expected a JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    const auto urlFrom = [](const QJsonValue &value) {
        const QUrl url(value.toString(), QUrl::StrictMode);
        return url.isValid() && !url.isRelative() ? url : QUrl();
    };
    const QJsonValue assets = root.value(u"assets"_s);
    if (assets.isArray()) {
        for (const QJsonValue &asset : assets.toArray()) {
            const QJsonObject entry = asset.toObject();
            const QString key = entry.value(u"key"_s).toString();
            const QUrl url = urlFrom(entry.value(u"value"_s));
            if (key == u"avatar"_s)
                result.value.avatar = url;
            else if (key == u"inset"_s)
                result.value.inset = url;
            else if (key == u"main-raw"_s || (key == u"main"_s && result.value.mainRaw.isEmpty()))
                result.value.mainRaw = url;
        }
        return result;
    }
    // The pre-2020 shape.
    result.value.avatar = urlFrom(root.value(u"avatar_url"_s));
    result.value.inset = urlFrom(root.value(u"bust_url"_s));
    result.value.mainRaw = urlFrom(root.value(u"render_url"_s));
    return result;
}

} // namespace bnet
