#include "SyncSession.h"

using namespace Qt::StringLiterals;

namespace bnet {

QString sessionKindCode(SyncSession::Kind kind)
{
    return kind == SyncSession::Kind::Single ? u"single"_s : u"batch"_s;
}

std::optional<SyncSession::Kind> sessionKindFromCode(QStringView code)
{
    if (code == u"batch")
        return SyncSession::Kind::Batch;
    if (code == u"single")
        return SyncSession::Kind::Single;
    return std::nullopt;
}

QString sessionStatusCode(SyncSession::Status status)
{
    switch (status) {
    case SyncSession::Status::Running:
        return u"running"_s;
    case SyncSession::Status::Completed:
        return u"completed"_s;
    case SyncSession::Status::CompletedWithErrors:
        return u"completed_with_errors"_s;
    case SyncSession::Status::Cancelled:
        return u"cancelled"_s;
    case SyncSession::Status::Failed:
        return u"failed"_s;
    }
    return {};
}

std::optional<SyncSession::Status> sessionStatusFromCode(QStringView code)
{
    for (auto status : {SyncSession::Status::Running, SyncSession::Status::Completed,
                        SyncSession::Status::CompletedWithErrors, SyncSession::Status::Cancelled,
                        SyncSession::Status::Failed}) {
        if (code == sessionStatusCode(status))
            return status;
    }
    return std::nullopt;
}

} // namespace bnet
