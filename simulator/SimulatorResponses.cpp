#include "SimulatorResponses.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

using namespace Qt::StringLiterals;

namespace bnetsim::responses {
namespace {

QJsonValue localized(const QString &locale, const std::function<QString(const QString &)> &text)
{
    if (!locale.isEmpty())
        return text(locale);
    QJsonObject all;
    for (const QString &candidate : simulatedLocales())
        all.insert(candidate, text(candidate));
    return all;
}

QJsonObject href(const QUrl &apiBase, const QString &path, const QString &profileNamespace)
{
    QUrl url = apiBase;
    url.setPath(path);
    url.setQuery(u"namespace="_s + profileNamespace);
    return {{u"href"_s, url.toString(QUrl::FullyEncoded)}};
}

QString characterPath(const SimCharacter &c)
{
    return u"/profile/wow/character/"_s + c.realm.slug + u'/' + c.name.toLower();
}

QJsonObject realmJson(const SimCharacter &c, const QString &locale, const QUrl &apiBase)
{
    const QString dynamicNamespace = u"dynamic-"_s + c.region;
    return {{u"key"_s, href(apiBase, u"/data/wow/realm/%1"_s.arg(c.realm.id), dynamicNamespace)},
            {u"name"_s, localized(locale, [&](const QString &) { return c.realm.name; })},
            {u"id"_s, c.realm.id},
            {u"slug"_s, c.realm.slug}};
}

QJsonObject typed(const QString &type, const QString &locale,
                  QString (*name)(const QString &, const QString &))
{
    return {{u"type"_s, type},
            {u"name"_s, localized(locale, [&](const QString &l) { return name(type, l); })}};
}

QJsonObject keyed(const QString &path, qint64 id, const QString &locale, const QUrl &apiBase,
                  const std::function<QString(const QString &)> &name, const QString &region)
{
    return {{u"key"_s, href(apiBase, path.arg(id), u"static-"_s + region)},
            {u"name"_s, localized(locale, name)},
            {u"id"_s, id}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QColor classColour(int classId)
{
    static const QColor colours[] = {
        QColor(0x80, 0x80, 0x80), QColor(0xC6, 0x9B, 0x6D), QColor(0xF4, 0x8C, 0xBA),
        QColor(0xAA, 0xD3, 0x72), QColor(0xFF, 0xF4, 0x68), QColor(0xFF, 0xFF, 0xFF),
        QColor(0xC4, 0x1E, 0x3A), QColor(0x00, 0x70, 0xDD), QColor(0x3F, 0xC7, 0xEB),
        QColor(0x87, 0x88, 0xEE), QColor(0x00, 0xFF, 0x98), QColor(0xFF, 0x7C, 0x0A),
        QColor(0xA3, 0x30, 0xC9), QColor(0x33, 0x93, 0x7F)};
    const int count = int(std::size(colours));
    return colours[classId >= 0 && classId < count ? classId : 0];
}

} // namespace

QByteArray accountSummary(const SimAccount &account, const QList<const SimCharacter *> &characters,
                          const QString &profileNamespace, const QString &locale,
                          const QUrl &apiBase)
{
    QMap<qint64, QJsonArray> byWowAccount;
    for (const SimCharacter *c : characters) {
        const QString staticRegion = c->region;
        QJsonObject entry{
            {u"character"_s, href(apiBase, characterPath(*c), profileNamespace)},
            {u"protected_character"_s,
             href(apiBase,
                  u"/profile/user/wow/protected-character/%1-%2"_s.arg(c->realm.id).arg(c->id),
                  profileNamespace)},
            {u"name"_s, c->name},
            {u"id"_s, c->id},
            {u"realm"_s, realmJson(*c, locale, apiBase)},
            {u"playable_class"_s,
             keyed(
                 u"/data/wow/playable-class/%1"_s, c->classId, locale, apiBase,
                 [c](const QString &l) { return className(c->classId, l); }, staticRegion)},
            {u"playable_race"_s,
             keyed(
                 u"/data/wow/playable-race/%1"_s, c->raceId, locale, apiBase,
                 [c](const QString &l) { return raceName(c->raceId, l); }, staticRegion)},
            {u"gender"_s, typed(c->gender, locale, genderName)},
            {u"faction"_s, typed(c->faction, locale, factionName)},
            {u"level"_s, c->level}};
        byWowAccount[c->wowAccountId].append(entry);
    }
    QJsonArray wowAccounts;
    for (auto it = byWowAccount.cbegin(); it != byWowAccount.cend(); ++it)
        wowAccounts.append(QJsonObject{{u"id"_s, it.key()}, {u"characters"_s, it.value()}});
    const QJsonObject self = href(apiBase, u"/profile/user/wow"_s, profileNamespace);
    return compact(
        {{u"_links"_s,
          QJsonObject{{u"self"_s, self},
                      {u"user"_s,
                       QJsonObject{{u"href"_s, QString(apiBase.toString() + u"/profile/user"_s)}}},
                      {u"profile"_s, self}}},
         {u"id"_s, account.id},
         {u"wow_accounts"_s, wowAccounts},
         {u"collections"_s, href(apiBase, u"/profile/user/wow/collections"_s, profileNamespace)}});
}

QByteArray characterProfile(const SimCharacter &c, const QString &locale, const QUrl &apiBase)
{
    const QString ns = c.profileNamespace();
    const QString path = characterPath(c);
    QJsonObject profile{
        {u"_links"_s, QJsonObject{{u"self"_s, href(apiBase, path, ns)}}},
        {u"id"_s, c.id},
        {u"name"_s, c.name},
        {u"gender"_s, typed(c.gender, locale, genderName)},
        {u"faction"_s, typed(c.faction, locale, factionName)},
        {u"race"_s, keyed(
                        u"/data/wow/playable-race/%1"_s, c.raceId, locale, apiBase,
                        [&c](const QString &l) { return raceName(c.raceId, l); }, c.region)},
        {u"character_class"_s,
         keyed(
             u"/data/wow/playable-class/%1"_s, c.classId, locale, apiBase,
             [&c](const QString &l) { return className(c.classId, l); }, c.region)},
        {u"realm"_s, realmJson(c, locale, apiBase)},
        {u"level"_s, c.level},
        {u"experience"_s, 0},
        {u"achievement_points"_s, c.level * 97},
        {u"last_login_timestamp"_s, c.lastLoginMs},
        {u"average_item_level"_s, c.averageItemLevel},
        {u"equipped_item_level"_s, c.equippedItemLevel},
        {u"media"_s, href(apiBase, path + u"/character-media"_s, ns)},
        {u"equipment"_s, href(apiBase, path + u"/equipment"_s, ns)},
    };
    if (!c.activeSpec.isEmpty())
        profile.insert(
            u"active_spec"_s,
            QJsonObject{
                {u"name"_s, localized(locale, [&c](const QString &) { return c.activeSpec; })},
                {u"id"_s, 60 + c.classId}});
    if (!c.guild.isEmpty())
        profile.insert(u"guild"_s,
                       QJsonObject{{u"name"_s, c.guild},
                                   {u"id"_s, qint64(4000000 + qHash(c.guild) % 100000)},
                                   {u"realm"_s, realmJson(c, locale, apiBase)},
                                   {u"faction"_s, typed(c.faction, locale, factionName)}});
    if (c.version == u"classic-era"_s) {
        profile.insert(u"is_self_found"_s, c.selfFound);
        if (c.ghost)
            profile.insert(u"is_ghost"_s, true);
    }
    return compact(profile);
}

QString avatarPath(const SimCharacter &c)
{
    return u"/%1/character/%2/%3/%4-avatar.jpg"_s.arg(c.region, c.realm.slug)
        .arg(c.id % 256)
        .arg(c.id);
}

QByteArray characterMedia(const SimCharacter &c, bool emptyAssets, const QUrl &apiBase,
                          const QUrl &renderBase)
{
    const QString ns = c.profileNamespace();
    const QString path = characterPath(c);
    QJsonArray assets;
    if (!emptyAssets) {
        const QString avatar = renderBase.toString(QUrl::StripTrailingSlash | QUrl::FullyEncoded) +
                               QString::fromLatin1(QUrl(avatarPath(c)).toEncoded());
        assets.append(QJsonObject{{u"key"_s, u"avatar"_s}, {u"value"_s, avatar}});
        if (c.version == u"retail"_s) {
            QString inset = avatar;
            inset.replace(u"-avatar.jpg"_s, u"-inset.jpg"_s);
            QString mainRaw = avatar;
            mainRaw.replace(u"-avatar.jpg"_s, u"-main-raw.png"_s);
            assets.append(QJsonObject{{u"key"_s, u"inset"_s}, {u"value"_s, inset}});
            assets.append(QJsonObject{{u"key"_s, u"main-raw"_s}, {u"value"_s, mainRaw}});
        }
    }
    return compact(
        {{u"_links"_s, QJsonObject{{u"self"_s, href(apiBase, path + u"/character-media"_s, ns)}}},
         {u"character"_s,
          QJsonObject{{u"key"_s, href(apiBase, path, ns)}, {u"name"_s, c.name}, {u"id"_s, c.id}}},
         {u"assets"_s, assets}});
}

QByteArray userInfo(const SimAccount &account)
{
    return compact({{u"sub"_s, QString::number(account.id)},
                    {u"id"_s, account.id},
                    {u"battletag"_s, account.battleTag}});
}

QByteArray token(const QString &accessToken, int expiresInSeconds, const QString &scope)
{
    QJsonObject body{{u"access_token"_s, accessToken},
                     {u"token_type"_s, u"bearer"_s},
                     {u"expires_in"_s, expiresInSeconds}};
    if (!scope.isEmpty())
        body.insert(u"scope"_s, scope);
    return compact(body);
}

QByteArray error(int status, const QString &detail)
{
    return compact({{u"code"_s, status},
                    {u"type"_s, status == 404 ? u"BLZWEBAPI00000404"_s : u"Error"_s},
                    {u"detail"_s, detail}});
}

QByteArray avatarJpeg(const SimCharacter &c)
{
    QImage image(84, 84, QImage::Format_RGB32);
    const QColor colour = classColour(c.classId);
    // The appearance changes with avatarModified, so a changed avatar looks different.
    const int hueShift = int(c.avatarModified.toSecsSinceEpoch() % 40);
    QRadialGradient background(QPointF(42, 30), 70);
    background.setColorAt(0, colour.lighter(120 + hueShift));
    background.setColorAt(1, colour.darker(300));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(image.rect(), background);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 90));
    painter.drawEllipse(QRectF(22, 14, 40, 44));             // head
    painter.drawRoundedRect(QRectF(10, 58, 64, 40), 18, 18); // shoulders
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(34 + (c.id % 7), 30, 6, 6)); // an eye that moves per character
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace bnetsim::responses
