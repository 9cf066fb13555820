#pragma once

#include "ParseResult.h"
#include "domain/Character.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace bnet {

// /profile/user/wow in one namespace: the characters of every WoW account (licence) under
// the Battle.net account, for one region and game version.
struct AccountSummary
{
    qint64 battleNetAccountId = 0;
    QList<Character> characters;
    // Entries that could not be read, each with why. When any are present the list is
    // incomplete, so nothing in this region and version may be archived on its strength.
    QStringList skippedEntries;

    bool isComplete() const { return skippedEntries.isEmpty(); }
};

// Parses defensively: several wow_accounts, missing or extra fields, locale-object names,
// non-ASCII names. Thread-safe; meant to run off the UI thread.
ParseResult<AccountSummary> parseAccountSummary(const QByteArray &body, Region region,
                                                GameVersion version, const QString &locale);

} // namespace bnet
