#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace bnet {

// A sync session as stored in sync_sessions: a batch (the whole account) or a single
// character's refresh. Counters are derived from its items, so they are always exact.
struct SyncSession
{
    enum class Kind {
        Batch,
        Single
    };
    enum class Status {
        Running,
        Completed,
        CompletedWithErrors,
        Cancelled,
        Failed
    };

    qint64 id = 0;
    qint64 accountRowId = 0;
    Kind kind = Kind::Batch;
    Status status = Status::Running;
    int total = 0;
    int processed = 0; // completed + failed
    int failed = 0;
    int cancelled = 0;
    qint64 currentCharacterRowId = 0;
    QString currentCharacterName;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    QString error;

    bool isRunning() const { return status == Status::Running; }
};

QString sessionKindCode(SyncSession::Kind kind);
std::optional<SyncSession::Kind> sessionKindFromCode(QStringView code);
QString sessionStatusCode(SyncSession::Status status);
std::optional<SyncSession::Status> sessionStatusFromCode(QStringView code);

} // namespace bnet

Q_DECLARE_METATYPE(bnet::SyncSession)
