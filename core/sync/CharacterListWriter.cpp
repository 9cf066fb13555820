#include "CharacterListWriter.h"

#include "store/CharacterRepository.h"
#include "store/Database.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QHash>

namespace bnet {
namespace {

ScopeOutcome outcomeFor(const ScopeAnswer &answer)
{
    ScopeOutcome outcome;
    outcome.region = answer.region;
    outcome.version = answer.version;
    outcome.answered = answer.answered;
    outcome.complete = answer.answered && answer.summary.isComplete();
    outcome.characters = int(answer.summary.characters.size());
    if (!answer.answered) {
        outcome.error = answer.error;
        outcome.problem = answer.error.message();
    } else if (!answer.summary.isComplete())
        outcome.problem =
            QCoreApplication::translate("CharacterListWriter",
                                        "%n entries could not be read (%1); nothing was archived",
                                        nullptr, int(answer.summary.skippedEntries.size()))
                .arg(answer.summary.skippedEntries.constFirst());
    return outcome;
}

// Writes one answered scope; adds to `result`.
StoreError mergeScope(CharacterRepository &characters, qint64 accountRowId,
                      const ScopeAnswer &answer, bool mayArchive, const QDateTime &now,
                      ListSyncResult &result)
{
    auto existing = characters.scope(accountRowId, answer.region, answer.version);
    if (!existing.isOk())
        return existing.error;
    QHash<CharacterKey, Character> stored;
    for (const Character &character : std::as_const(existing.value))
        stored.insert(character.key, character);

    for (const Character &incoming : answer.summary.characters) {
        const auto it = stored.constFind(incoming.key);
        if (it == stored.constEnd()) {
            auto inserted = characters.insert(incoming, accountRowId, now);
            if (!inserted.isOk())
                return inserted.error;
            ++result.counts.added;
            continue;
        }
        if (StoreError error = characters.updateSeen(it->rowId, incoming, accountRowId, now);
            error.isError())
            return error;
        if (it->archived)
            ++result.counts.reactivated;
        else if (it->listFieldsDiffer(incoming))
            ++result.counts.updated;
        else
            ++result.counts.unchanged;
        stored.erase(it);
    }
    if (!mayArchive)
        return {};
    for (const Character &gone : std::as_const(stored)) {
        if (gone.archived)
            continue;
        if (StoreError error = characters.archive(gone.rowId, now); error.isError())
            return error;
        ++result.counts.archived;
    }
    return {};
}

} // namespace

ListSyncResult CharacterListWriter::apply(Database &database, const UserInfo &user,
                                          const QList<ScopeAnswer> &answers, const QDateTime &now,
                                          const AlsoInTransaction &alsoInTransaction)
{
    ListSyncResult result;
    for (const ScopeAnswer &answer : answers)
        result.scopes.append(outcomeFor(answer));

    QSqlDatabase db = database.connection();
    Transaction transaction(db, database.path());
    if (!transaction.isActive()) {
        result.storeError = transaction.error();
        return result;
    }
    AccountRepository accounts(db, database.path());
    auto account = accounts.upsert(user.accountId, user.battleTag, now);
    if (!account.isOk()) {
        result.storeError = account.error;
        return result;
    }
    result.account = account.value;

    CharacterRepository characters(db, database.path());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (!answers[i].answered)
            continue;
        if (StoreError error = mergeScope(characters, account.value.rowId, answers[i],
                                          result.scopes[i].complete, now, result);
            error.isError()) {
            result.storeError = error;
            result.counts = {};
            return result; // the transaction rolls back: all or nothing
        }
    }

    auto active = characters.list({false, account.value.rowId});
    if (!active.isOk()) {
        result.storeError = active.error;
        return result;
    }
    for (const Character &character : std::as_const(active.value)) {
        for (const ScopeAnswer &answer : answers) {
            if (answer.region == character.key.region && answer.version == character.key.version) {
                result.activeCharacterRowIds.append(character.rowId);
                break;
            }
        }
    }
    if (alsoInTransaction) {
        if (StoreError error = alsoInTransaction(db, result); error.isError()) {
            result.storeError = error;
            return result;
        }
    }
    if (StoreError error = transaction.commit(); error.isError()) {
        result.storeError = error;
        result.counts = {};
        return result;
    }
    qCInfo(lcSync) << "List sync saved: added" << result.counts.added << "updated"
                   << result.counts.updated << "archived" << result.counts.archived << "reactivated"
                   << result.counts.reactivated;
    return result;
}

} // namespace bnet
