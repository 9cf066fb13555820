#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The simulated Battle.net is deliberately independent of the app's core: it is the other side
// of the wire, written from Battle.net's documented shapes, so a mistake in the client is not
// mirrored by the server that tests it.
namespace bnetsim {

struct SimRealm
{
    qint64 id = 0;
    QString slug;
    QString name;
};

struct SimCharacter
{
    qint64 id = 0;
    QString name;
    QString region = QStringLiteral("us");
    // "retail", "classic", "classic-era" or "anniversary".
    QString version = QStringLiteral("retail");
    qint64 wowAccountId = 0;
    SimRealm realm;
    int classId = 1;
    int raceId = 1;
    QString gender = QStringLiteral("MALE");
    QString faction = QStringLiteral("ALLIANCE");
    int level = 1;

    // Profile (enrichment) data.
    double averageItemLevel = 0;
    int equippedItemLevel = 0;
    QString activeSpec;
    QString guild;
    qint64 lastLoginMs = 0;
    bool selfFound = false; // Classic Era Hardcore / self-found
    bool ghost = false;     // a dead Hardcore character
    bool hasMedia = true;

    // Drive conditional requests: bump them when the character changes.
    QDateTime lastModified;
    QDateTime avatarModified;

    QString profileNamespace() const;
};

struct SimAccount
{
    qint64 id = 0;
    QString battleTag;
    // A user token that is always valid for this account (scripts, the demo); the code grant
    // issues others.
    QString userToken;
    QList<SimCharacter> characters;
};

struct SimulatorData
{
    QList<SimAccount> accounts;

    // About fifteen characters over several realms, both regions' worth of game versions and
    // non-ASCII names.
    static SimulatorData demo();
    // One account with `characters` characters spread over regions, versions and realms.
    static SimulatorData generated(int characters, quint32 seed = 1);
    static std::optional<SimulatorData> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    SimCharacter *findCharacter(qint64 id);
};

// Localised names as Battle.net returns them (en_US, de_DE, fr_FR).
QString className(int classId, const QString &locale);
QString raceName(int raceId, const QString &locale);
QString genderName(const QString &type, const QString &locale);
QString factionName(const QString &type, const QString &locale);
QStringList simulatedLocales();

} // namespace bnetsim
