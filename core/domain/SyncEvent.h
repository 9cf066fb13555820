#pragma once

#include "CharacterKey.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace bnet {

// Where one character stands in a sync session.
enum class ItemStatus {
    Queued,
    Processing,
    Completed,
    Failed,
    Cancelled
};
QString itemStatusCode(ItemStatus status);
std::optional<ItemStatus> itemStatusFromCode(QStringView code);

// Every state change of a sync, as one value. It reaches the UI as a Qt signal, the CLI as a
// JSON line and the companion page as a WebSocket message, all through SyncEventCodec.
// Fields are read according to `type`; the named constructors fill the right ones.
struct SyncEvent
{
    enum class Type {
        SyncStarted,
        CharacterStatus,
        SyncProgress,
        SyncComplete,
        SyncError
    };

    Type type = Type::SyncProgress;
    qint64 sessionId = 0;
    QDateTime at;

    // sync-started: the list is saved; `total` characters will be enriched.
    int total = 0;
    int added = 0;
    int updated = 0;
    int archived = 0;
    int reactivated = 0;

    // character-status
    qint64 characterRowId = 0;
    CharacterKey key;
    QString characterName;
    ItemStatus status = ItemStatus::Queued;

    // sync-progress (also uses total and characterName for the current character)
    int processed = 0;
    int failed = 0;
    qint64 etaMs = -1; // unknown until a few items finished

    // sync-complete: the session's final status ("completed", "completed_with_errors",
    // "cancelled").
    QString sessionStatus;

    // character-status (failed) and sync-error: what went wrong, in words and as a code.
    QString message;
    QString errorCode;
    QString scope;      // sync-error: "eu/classic" when it concerns one region and version
    bool fatal = false; // sync-error: the whole sync stopped

    double percent() const { return total > 0 ? 100.0 * processed / total : 100.0; }

    static SyncEvent started(qint64 sessionId, int total, const QDateTime &at);
    static SyncEvent characterStatus(qint64 sessionId, qint64 characterRowId,
                                     const CharacterKey &key, const QString &name,
                                     ItemStatus status, const QDateTime &at);
    static SyncEvent progress(qint64 sessionId, int total, int processed, int failed,
                              const QString &current, qint64 etaMs, const QDateTime &at);
    static SyncEvent complete(qint64 sessionId, const QString &sessionStatus, int total,
                              int processed, int failed, const QDateTime &at);
    static SyncEvent error(qint64 sessionId, const QString &code, const QString &message,
                           bool fatal, const QDateTime &at);
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::SyncEvent)
