#include "SyncEvent.h"

using namespace Qt::StringLiterals;

namespace bnet {

QString itemStatusCode(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Queued:
        return u"queued"_s;
    case ItemStatus::Processing:
        return u"processing"_s;
    case ItemStatus::Completed:
        return u"completed"_s;
    case ItemStatus::Failed:
        return u"failed"_s;
    case ItemStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<ItemStatus> itemStatusFromCode(QStringView code)
{
    for (ItemStatus status : {ItemStatus::Queued, ItemStatus::Processing, ItemStatus::Completed,
                              ItemStatus::Failed, ItemStatus::Cancelled}) {
        if (code == itemStatusCode(status))
            return status;
    }
    return std::nullopt;
}

SyncEvent SyncEvent::started(qint64 sessionId, int total, const QDateTime &at)
{
    SyncEvent event;
    event.type = Type::SyncStarted;
    event.sessionId = sessionId;
    event.total = total;
    event.at = at;
    return event;
}

SyncEvent SyncEvent::characterStatus(qint64 sessionId, qint64 characterRowId,
                                     const CharacterKey &key, const QString &name,
                                     ItemStatus status, const QDateTime &at)
{
    SyncEvent event;
    event.type = Type::CharacterStatus;
    event.sessionId = sessionId;
    event.characterRowId = characterRowId;
    event.key = key;
    event.characterName = name;
    event.status = status;
    event.at = at;
    return event;
}

SyncEvent SyncEvent::progress(qint64 sessionId, int total, int processed, int failed,
                              const QString &current, qint64 etaMs, const QDateTime &at)
{
    SyncEvent event;
    event.type = Type::SyncProgress;
    event.sessionId = sessionId;
    event.total = total;
    event.processed = processed;
    event.failed = failed;
    event.characterName = current;
    event.etaMs = etaMs;
    event.at = at;
    return event;
}

SyncEvent SyncEvent::complete(qint64 sessionId, const QString &sessionStatus, int total,
                              int processed, int failed, const QDateTime &at)
{
    SyncEvent event;
    event.type = Type::SyncComplete;
    event.sessionId = sessionId;
    event.sessionStatus = sessionStatus;
    event.total = total;
    event.processed = processed;
    event.failed = failed;
    event.at = at;
    return event;
}

SyncEvent SyncEvent::error(qint64 sessionId, const QString &code, const QString &message,
                           bool fatal, const QDateTime &at)
{
    SyncEvent event;
    event.type = Type::SyncError;
    event.sessionId = sessionId;
    event.errorCode = code;
    event.message = message;
    event.fatal = fatal;
    event.at = at;
    return event;
}

} // namespace bnet
