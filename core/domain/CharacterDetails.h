#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bnet {

// What enrichment adds to a character: the profile summary and the avatar. Everything is
// optional because Classic eras and low-level characters lack some of it.
struct CharacterDetails
{
    std::optional<int> equippedItemLevel;
    std::optional<double> averageItemLevel;
    QString activeSpec;
    QString guildName;
    QDateTime lastLogin;
    // Classic Era Hardcore: self-found, and dead ("ghost"); absent elsewhere.
    std::optional<bool> selfFound;
    std::optional<bool> ghost;

    QString avatarUrl;  // where the avatar came from (the render host)
    QString avatarFile; // the cached thumbnail on disk, empty until downloaded
    QDateTime enrichedAt;
    QString lastError; // why the last enrichment failed, empty when it did not

    bool isEnriched() const { return enrichedAt.isValid(); }
};

} // namespace bnet
