#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

// SQLite primary result codes (sqlite3.h); Qt reports them as the native error code.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

} // namespace

QString StoreError::code() const
{
    switch (m_kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::CannotOpen:
        return u"cannot-open"_s;
    case Kind::Corrupt:
        return u"corrupt"_s;
    case Kind::Locked:
        return u"locked"_s;
    case Kind::ReadOnly:
        return u"read-only"_s;
    case Kind::NewerSchema:
        return u"newer-schema"_s;
    case Kind::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &path, const QString &what)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (ok) {
        switch (primary) {
        case kSqliteBusy:
        case kSqliteLocked:
            return {Kind::Locked,
                    QCoreApplication::translate("StoreError",
                                                "The database %1 is locked by another program "
                                                "(is Battle.net Character Sync already running?)")
                        .arg(path)};
        case kSqliteReadOnly:
            return {Kind::ReadOnly,
                    QCoreApplication::translate("StoreError",
                                                "The database %1 is read-only; make it writable "
                                                "or choose another file with --db")
                        .arg(path)};
        case kSqliteCorrupt:
        case kSqliteNotADb:
            return {Kind::Corrupt, QCoreApplication::translate(
                                       "StoreError", "The database %1 is damaged or is not a "
                                                     "database (%2); it was left untouched")
                                       .arg(path, detail)};
        case kSqliteCantOpen:
        case kSqliteIoErr:
            return {Kind::CannotOpen,
                    QCoreApplication::translate("StoreError", "Cannot open the database %1 (%2)")
                        .arg(path, detail)};
        default:
            break;
        }
    }
    return {
        Kind::Failed,
        QCoreApplication::translate("StoreError", "%1 failed in %2: %3").arg(what, path, detail)};
}

} // namespace bnet
