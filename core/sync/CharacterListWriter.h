#pragma once

#include "ListSyncTypes.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace bnet {

class Database;

// Applies one list sync to the database in a single transaction: upsert by CharacterKey (a
// rename or level-up updates the same row), archive characters gone from the account,
// reactivate archived ones that came back. A region and version that did not answer, or
// answered with unreadable entries, never archives anything: silence is not absence.
// Runs on the calling thread with that thread's connection; call it from the pool.
class CharacterListWriter
{
public:
    // Runs inside the same transaction after the characters are written, e.g. to queue
    // enrichment items, so the list and the work planned on it commit together.
    // It sees the result so far: the scopes and the active characters.
    using AlsoInTransaction = std::function<StoreError(QSqlDatabase &db, const ListSyncResult &)>;

    static ListSyncResult apply(Database &database, const UserInfo &user,
                                const QList<ScopeAnswer> &answers, const QDateTime &now,
                                const AlsoInTransaction &alsoInTransaction = {});
};

} // namespace bnet
