#pragma once

#include "domain/GameVersion.h"
#include "domain/Region.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace bnet {

// The app's settings behind one typed facade over QSettings (an INI file in
// AppConfigLocation, written atomically by QSettings). Every key has a type, a default and a
// check: a value someone mistyped in the file reads as the default, and setting an invalid
// value is refused. Renamed keys are migrated when the file is opened.
//
// Secrets never live here: the client secret and the user token go to the OS keychain
// (secrets/SecretStore). The client id and the signed-in account's id and BattleTag are not
// secrets (the client id is part of every sign-in address) and are kept here.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        Regions,             // regions to sync, "us", "eu", "kr", "tw" ("cn" is unsupported)
        GameVersions,        // game versions to sync
        ApiLocale,           // locale of the data Battle.net returns; empty = the system's
        SyncIntervalMinutes, // background sync every N minutes; 0 = by hand only
        CompanionEnabled,    // the companion WebSocket server
        CompanionPort,
        CompanionAllowLan, // listen beyond loopback
        StartMinimized,
        StartAtLogin,
        ClientId,     // the player's own Battle.net API client id
        RedirectPort, // loopback port of the sign-in redirect (registered with the client)
        SignInRegion, // region chosen on the sign-in page
        AccountId,    // the signed-in Battle.net account (0 = nobody)
        BattleTag,
    };
    Q_ENUM(Key)

    // A key that was renamed: from `version` on, `from` is read as `to`.
    struct Rename
    {
        int version = 0;
        QString from;
        QString to;
    };

    static constexpr quint16 defaultRedirectPort = 47813;
    static constexpr quint16 defaultCompanionPort = 47814;

    // The player's settings file.
    explicit Settings(QObject *parent = nullptr);
    // A settings file of its own (tests use a temporary one) and the renames to apply to it.
    explicit Settings(const QString &filePath, const QList<Rename> &renames = productionRenames(),
                      QObject *parent = nullptr);
    ~Settings() override;

    // AppConfigLocation/settings.ini
    static QString defaultFilePath();
    // Every key renamed since the first release; add an entry for each rename, never edit one.
    static QList<Rename> productionRenames();

    QString filePath() const;
    // The schema version the file is at after migration.
    int fileVersion() const;
    // Why the last change could not be made or saved; empty after a good one.
    const QString &lastError() const { return m_lastError; }

    static QString keyName(Key key);
    static QList<Key> allKeys();
    static QVariant defaultValue(Key key);
    // The value in its canonical form (QStringList for lists), the default when unset or invalid.
    QVariant value(Key key) const;
    // Stores a value after checking it; false (and lastError()) when it is invalid or could not
    // be saved. `changed` fires only when the effective value changes.
    bool setValue(Key key, const QVariant &value);
    void reset(Key key);

    QList<Region> regions() const;
    bool setRegions(const QList<Region> &regions);
    QList<GameVersion> gameVersions() const;
    bool setGameVersions(const QList<GameVersion> &versions);
    QString apiLocale() const;
    int syncIntervalMinutes() const;
    bool companionEnabled() const;
    quint16 companionPort() const;
    bool companionAllowLan() const;
    bool startMinimized() const;
    bool startAtLogin() const;
    QString clientId() const;
    quint16 redirectPort() const;
    Region signInRegion() const;
    qint64 accountId() const;
    QString battleTag() const;

Q_SIGNALS:
    void changed(bnet::Settings::Key key);

private:
    void migrate(const QList<Rename> &renames);
    bool save();

    std::unique_ptr<QSettings> m_settings;
    QString m_lastError;
};

} // namespace bnet
