#pragma once

#include "CharacterListWriter.h"
#include "ListSyncTypes.h"

#include <QObject>

namespace bnet {

class BattleNetApi;
class Clock;
class Database;

// The light first pass of a sync: who is signed in, then the account summary of every enabled
// region and game version in parallel, then one transaction that merges them. Network on this
// object's thread, parsing and the write on the pool; `finished` reports the outcome.
class CharacterListSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharacterListSync)

public:
    struct Request
    {
        QByteArray userToken;
        QList<Region> regions;
        QList<GameVersion> versions;
    };

    CharacterListSync(BattleNetApi &api, Database &database, const Clock &clock,
                      QObject *parent = nullptr);

    // Only one list sync at a time; returns false (and does nothing) while one runs.
    bool start(const Request &request,
               CharacterListWriter::AlsoInTransaction alsoInTransaction = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const bnet::ListSyncResult &result);

private:
    void fetchSummaries(const UserInfo &user);
    void onScopeAnswered();
    void finish(const ListSyncResult &result);

    BattleNetApi &m_api;
    Database &m_database;
    const Clock &m_clock;
    Request m_request;
    CharacterListWriter::AlsoInTransaction m_alsoInTransaction;
    UserInfo m_user;
    QList<ScopeAnswer> m_answers;
    int m_pendingScopes = 0;
    bool m_running = false;
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::ListSyncResult)
