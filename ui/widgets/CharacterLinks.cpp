#include "CharacterLinks.h"

using namespace Qt::StringLiterals;

namespace bnet::ui {
namespace {

// The language folders the Armory serves.
QString armoryLanguage(const QLocale &locale)
{
    static const QStringList known = {u"en-us"_s, u"en-gb"_s, u"de-de"_s, u"fr-fr"_s,
                                      u"es-es"_s, u"es-mx"_s, u"it-it"_s, u"pt-br"_s,
                                      u"ru-ru"_s, u"ko-kr"_s, u"zh-tw"_s};
    const QString wanted = locale.name().toLower().replace(u'_', u'-');
    if (known.contains(wanted))
        return wanted;
    for (const QString &candidate : known) {
        if (candidate.startsWith(wanted.left(2)))
            return candidate;
    }
    return u"en-us"_s;
}

} // namespace

std::optional<QUrl> armoryUrl(const Character &character, const QLocale &locale)
{
    if (character.key.version != GameVersion::Retail || !isRegionSupported(character.key.region) ||
        character.key.realmSlug.isEmpty() || character.name.isEmpty())
        return std::nullopt;
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"worldofwarcraft.blizzard.com"_s);
    // setPath() with DecodedMode percent-encodes what needs it (non-ASCII names).
    url.setPath(u"/%1/character/%2/%3/%4"_s.arg(armoryLanguage(locale),
                                                regionCode(character.key.region),
                                                character.key.realmSlug, character.name.toLower()),
                QUrl::DecodedMode);
    return url;
}

QString nameRealm(const Character &character)
{
    QString realm = character.realmName;
    realm.remove(u' ');
    return realm.isEmpty() ? character.name : character.name + u'-' + realm;
}

} // namespace bnet::ui
