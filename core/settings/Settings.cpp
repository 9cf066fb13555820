#include "Settings.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <limits>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

const QString versionKey = u"meta/version"_s;
constexpr int firstVersion = 1;

// The file may hold a list as "us, eu" (QStringList) or, with one entry, as a plain string.
QStringList toList(const QVariant &value)
{
    QStringList items = value.typeId() == QMetaType::QStringList
                            ? value.toStringList()
                            : value.toString().split(u',', Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed().toLower();
    items.removeAll(QString());
    items.removeDuplicates();
    return items;
}

std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true"_s || text == u"1"_s)
        return true;
    if (text == u"false"_s || text == u"0"_s)
        return false;
    return std::nullopt;
}

std::optional<qint64> toInteger(const QVariant &value, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return std::nullopt;
    return number;
}

template<typename T>
std::optional<QVariant> codeList(const QVariant &value, std::optional<T> (*parse)(QStringView))
{
    const QStringList codes = toList(value);
    if (codes.isEmpty())
        return std::nullopt;
    for (const QString &code : codes) {
        if (!parse(code))
            return std::nullopt;
    }
    return QVariant(codes);
}

// The canonical form of a value for a key, or nothing when the value is not acceptable.
std::optional<QVariant> normalized(Settings::Key key, const QVariant &value)
{
    using Key = Settings::Key;
    switch (key) {
    case Key::Regions:
        return codeList<Region>(value, regionFromCode);
    case Key::GameVersions:
        return codeList<GameVersion>(value, gameVersionFromCode);
    case Key::ApiLocale: {
        static const QRegularExpression locale(u"^([a-z]{2}_[A-Z]{2})?$"_s);
        const QString text = value.toString().trimmed();
        return locale.match(text).hasMatch() ? std::optional(QVariant(text)) : std::nullopt;
    }
    case Key::SyncIntervalMinutes: {
        const auto minutes = toInteger(value, 0, 7 * 24 * 60);
        if (!minutes || (*minutes != 0 && *minutes < 15))
            return std::nullopt;
        return QVariant(int(*minutes));
    }
    case Key::CompanionPort:
    case Key::RedirectPort:
        if (const auto port = toInteger(value, 1024, 65535))
            return QVariant(int(*port));
        return std::nullopt;
    case Key::CompanionEnabled:
    case Key::CompanionAllowLan:
    case Key::StartMinimized:
    case Key::StartAtLogin:
        if (const auto flag = toBool(value))
            return QVariant(*flag);
        return std::nullopt;
    case Key::ClientId:
    case Key::BattleTag: {
        const QString text = value.toString().trimmed();
        if (text.size() > 256 || text.contains(QRegularExpression(u"[\\s\\x00-\\x1f]"_s)))
            return std::nullopt;
        return QVariant(text);
    }
    case Key::SignInRegion:
        if (const auto region = regionFromCode(value.toString().trimmed()))
            return QVariant(regionCode(*region));
        return std::nullopt;
    case Key::AccountId:
        if (const auto id = toInteger(value, 0, std::numeric_limits<qint64>::max()))
            return QVariant(*id);
        return std::nullopt;
    }
    return std::nullopt;
}

template<typename T>
QList<T> parsedList(const QVariant &codes, std::optional<T> (*parse)(QStringView))
{
    QList<T> values;
    for (const QString &code : codes.toStringList())
        values.append(*parse(code));
    return values;
}

} // namespace

Settings::Settings(QObject *parent)
    : Settings(defaultFilePath(), productionRenames(), parent)
{}

Settings::Settings(const QString &filePath, const QList<Rename> &renames, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    migrate(renames);
}

Settings::~Settings() = default;

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/settings.ini"_s;
}

QList<Settings::Rename> Settings::productionRenames()
{
    return {};
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

int Settings::fileVersion() const
{
    return m_settings->value(versionKey, 0).toInt();
}

void Settings::migrate(const QList<Rename> &renames)
{
    int latest = firstVersion;
    for (const Rename &rename : renames)
        latest = std::max(latest, rename.version);
    const int version = fileVersion();
    if (version >= latest)
        return; // up to date, or written by a newer version of the app: left as it is
    for (int step = version + 1; step <= latest; ++step) {
        for (const Rename &rename : renames) {
            if (rename.version != step || !m_settings->contains(rename.from))
                continue;
            if (!m_settings->contains(rename.to))
                m_settings->setValue(rename.to, m_settings->value(rename.from));
            m_settings->remove(rename.from);
            qCInfo(lcSettings) << "settings: renamed" << rename.from << "to" << rename.to;
        }
    }
    m_settings->setValue(versionKey, latest);
    save();
}

bool Settings::save()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError) {
        m_lastError.clear();
        return true;
    }
    m_lastError =
        QCoreApplication::translate("Settings", "Could not save the settings to %1: the file is "
                                                "not writable or not a settings file")
            .arg(QDir::toNativeSeparators(m_settings->fileName()));
    qCWarning(lcSettings) << "settings: cannot save" << m_settings->fileName();
    return false;
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Regions:
        return u"sync/regions"_s;
    case Key::GameVersions:
        return u"sync/gameVersions"_s;
    case Key::ApiLocale:
        return u"sync/apiLocale"_s;
    case Key::SyncIntervalMinutes:
        return u"sync/intervalMinutes"_s;
    case Key::CompanionEnabled:
        return u"companion/enabled"_s;
    case Key::CompanionPort:
        return u"companion/port"_s;
    case Key::CompanionAllowLan:
        return u"companion/allowLan"_s;
    case Key::StartMinimized:
        return u"app/startMinimized"_s;
    case Key::StartAtLogin:
        return u"app/startAtLogin"_s;
    case Key::ClientId:
        return u"signIn/clientId"_s;
    case Key::RedirectPort:
        return u"signIn/redirectPort"_s;
    case Key::SignInRegion:
        return u"signIn/region"_s;
    case Key::AccountId:
        return u"account/id"_s;
    case Key::BattleTag:
        return u"account/battleTag"_s;
    }
    return {};
}

QList<Settings::Key> Settings::allKeys()
{
    return {
        Key::Regions,          Key::GameVersions,  Key::ApiLocale,         Key::SyncIntervalMinutes,
        Key::CompanionEnabled, Key::CompanionPort, Key::CompanionAllowLan, Key::StartMinimized,
        Key::StartAtLogin,     Key::ClientId,      Key::RedirectPort,      Key::SignInRegion,
        Key::AccountId,        Key::BattleTag};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Regions: { // every supported region, as `bnetsync-cli sync` does
        QStringList codes;
        for (Region region : supportedRegions())
            codes.append(regionCode(region));
        return codes;
    }
    case Key::GameVersions: {
        QStringList codes;
        for (GameVersion version : allGameVersions())
            codes.append(gameVersionCode(version));
        return codes;
    }
    case Key::ApiLocale:
    case Key::ClientId:
    case Key::BattleTag:
        return QString();
    case Key::SyncIntervalMinutes:
        return 360;
    case Key::CompanionPort:
        return int(defaultCompanionPort);
    case Key::RedirectPort:
        return int(defaultRedirectPort);
    case Key::CompanionEnabled:
    case Key::CompanionAllowLan:
    case Key::StartMinimized:
    case Key::StartAtLogin:
        return false;
    case Key::SignInRegion:
        return u"us"_s;
    case Key::AccountId:
        return qint64(0);
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    const QVariant stored = m_settings->value(keyName(key));
    if (!stored.isValid())
        return defaultValue(key);
    return normalized(key, stored).value_or(defaultValue(key));
}

bool Settings::setValue(Key key, const QVariant &value)
{
    const std::optional<QVariant> canonical = normalized(key, value);
    if (!canonical) {
        m_lastError = QCoreApplication::translate("Settings", "\"%1\" is not a valid value for %2")
                          .arg(value.toString(), keyName(key));
        return false;
    }
    const QVariant before = this->value(key);
    if (m_settings->value(keyName(key)) == *canonical) {
        m_lastError.clear();
        return true;
    }
    m_settings->setValue(keyName(key), *canonical);
    const bool saved = save();
    if (this->value(key) != before)
        Q_EMIT changed(key);
    return saved;
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(keyName(key)))
        return;
    const QVariant before = value(key);
    m_settings->remove(keyName(key));
    save();
    if (value(key) != before)
        Q_EMIT changed(key);
}

QList<Region> Settings::regions() const
{
    return parsedList<Region>(value(Key::Regions), regionFromCode);
}

bool Settings::setRegions(const QList<Region> &regions)
{
    QStringList codes;
    for (Region region : regions)
        codes.append(regionCode(region));
    return setValue(Key::Regions, codes);
}

QList<GameVersion> Settings::gameVersions() const
{
    return parsedList<GameVersion>(value(Key::GameVersions), gameVersionFromCode);
}

bool Settings::setGameVersions(const QList<GameVersion> &versions)
{
    QStringList codes;
    for (GameVersion version : versions)
        codes.append(gameVersionCode(version));
    return setValue(Key::GameVersions, codes);
}

QString Settings::apiLocale() const
{
    return value(Key::ApiLocale).toString();
}

int Settings::syncIntervalMinutes() const
{
    return value(Key::SyncIntervalMinutes).toInt();
}

bool Settings::companionEnabled() const
{
    return value(Key::CompanionEnabled).toBool();
}

quint16 Settings::companionPort() const
{
    return quint16(value(Key::CompanionPort).toInt());
}

bool Settings::companionAllowLan() const
{
    return value(Key::CompanionAllowLan).toBool();
}

bool Settings::startMinimized() const
{
    return value(Key::StartMinimized).toBool();
}

bool Settings::startAtLogin() const
{
    return value(Key::StartAtLogin).toBool();
}

QString Settings::clientId() const
{
    return value(Key::ClientId).toString();
}

quint16 Settings::redirectPort() const
{
    return quint16(value(Key::RedirectPort).toInt());
}

Region Settings::signInRegion() const
{
    return regionFromCode(value(Key::SignInRegion).toString()).value_or(Region::US);
}

qint64 Settings::accountId() const
{
    return value(Key::AccountId).toLongLong();
}

QString Settings::battleTag() const
{
    return value(Key::BattleTag).toString();
}

} // namespace bnet
