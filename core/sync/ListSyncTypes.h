#pragma once

#include "api/ApiError.h"
#include "api/json/AccountSummaryParser.h"
#include "api/json/UserInfoParser.h"
#include "store/AccountRepository.h"
#include "store/StoreError.h"

#include <QList>

namespace bnet {

// What Battle.net said for one region and game version.
struct ScopeAnswer
{
    Region region = Region::US;
    GameVersion version = GameVersion::Retail;
    bool answered = false; // 200 or 404; false when it failed
    AccountSummary summary;
    ApiError error;
};

struct ListSyncCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int archived = 0;
    int reactivated = 0;

    friend bool operator==(const ListSyncCounts &, const ListSyncCounts &) = default;
};

struct ScopeOutcome
{
    Region region = Region::US;
    GameVersion version = GameVersion::Retail;
    bool answered = false;
    bool complete = false; // answered and every entry readable: archiving was allowed
    int characters = 0;
    ApiError error;  // why it failed, when it did
    QString problem; // why it failed or was incomplete, empty when fine
};

struct ListSyncResult
{
    ApiError fatalError;   // the sync could not run at all (sign-in refused, host unreachable)
    StoreError storeError; // the database refused the write; nothing was changed
    Account account;
    QList<ScopeOutcome> scopes;
    ListSyncCounts counts;
    QList<qint64> activeCharacterRowIds; // in the synced regions and versions

    bool isOk() const { return !fatalError.isError() && !storeError.isError(); }
    int failedScopes() const;
};

} // namespace bnet
