#pragma once

#include "CharacterListSync.h"
#include "EnrichmentQueue.h"
#include "EnrichmentWriter.h"
#include "EtaEstimator.h"
#include "domain/SyncEvent.h"
#include "domain/SyncSession.h"
#include "store/AccountRepository.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace bnet {

class AvatarCache;
class BattleNetApi;
class Clock;
class Database;
class TokenProvider;

// The sync use cases: start a sync of an account (list pass, then every character enriched on
// the pool), refresh one character, look at sessions, complete one by hand, and resume what a
// crash interrupted. Every state change goes out as one SyncEvent. Lives on one thread (the
// engine thread); its methods are called there and return at once.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    struct Options
    {
        EnrichmentQueue::Options queue;
        EnrichmentWriter::Options writer;
    };

    struct Request
    {
        qint64 battleNetAccountId = 0;
        QString battleTag;
        QByteArray userToken; // for the character list; enrichment uses `enrichmentTokens`
        QList<Region> regions;
        QList<GameVersion> versions;
    };

    SyncService(BattleNetApi &api, Database &database, TokenProvider &enrichmentTokens,
                const AvatarCache &avatars, const Clock &clock, Options options,
                QObject *parent = nullptr);
    ~SyncService() override;

    // Who the user token belongs to (/userinfo).
    void identify(const QByteArray &userToken, QObject *context,
                  std::function<void(const ParseResult<UserInfo> &)> done);

    // The session id at once; while a sync of the account runs, that session's id.
    StoreResult<qint64> startSync(const Request &request);
    // A single-character session that asks Battle.net again whatever the stamps say.
    StoreResult<qint64> enrichCharacter(qint64 characterRowId);
    StoreResult<std::optional<SyncSession>> activeSession(qint64 accountRowId);
    StoreResult<std::optional<SyncSession>> session(qint64 sessionId);
    StoreResult<QList<SyncSession>> sessions(bool runningOnly, int limit = 50);
    // Stops the work left and records it as cancelled.
    StoreError completeSession(qint64 sessionId);
    // Sessions a crash left running go on (the number resumed).
    StoreResult<int> resumeInterrupted();

    bool isBusy() const { return !m_live.isEmpty(); }

Q_SIGNALS:
    void eventOccurred(const bnet::SyncEvent &event);
    // The list pass changed which characters exist (added, archived, reactivated).
    void characterListChanged(qint64 accountRowId);
    // Stored details of these characters changed (enrichment committed).
    void charactersChanged(const QList<qint64> &characterRowIds);

private:
    struct Live
    {
        qint64 accountRowId = 0;
        qint64 battleNetAccountId = 0;
        int total = 0;
        int processed = 0;
        int failed = 0;
        QString current;
        EtaEstimator eta;
        QPointer<CharacterListSync> listSync;
        bool cancelling = false;
    };

    void onListFinished(qint64 sessionId, const ListSyncResult &result);
    void enqueueOpenItems(qint64 sessionId, bool revalidate);
    void onCommitted(const EnrichmentWriter::Batch &batch);
    void failSession(qint64 sessionId, const ApiError &apiError, const StoreError &storeError);
    void announceFinished(const SyncSession &session);
    void emitEvent(SyncEvent event);

    BattleNetApi &m_api;
    Database &m_database;
    const Clock &m_clock;
    EnrichmentWriter m_writer;
    EnrichmentQueue m_queue;
    QHash<qint64, Live> m_live;
    bool m_reportedSaveFailure = false;
};

} // namespace bnet
