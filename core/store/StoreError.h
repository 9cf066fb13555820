#pragma once

#include <QMetaType>
#include <QString>

class QSqlError;

namespace bnet {

// Why the local database could not be used, in words a player can act on.
class StoreError
{
public:
    enum class Kind {
        None,
        CannotOpen,
        Corrupt,
        Locked,
        ReadOnly,
        NewerSchema,
        Failed
    };

    StoreError() = default;
    StoreError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    const QString &message() const { return m_message; }
    QString code() const;

    // Classifies a Qt SQL error by SQLite's result code. `what` says what was being done.
    static StoreError fromSql(const QSqlError &error, const QString &path, const QString &what);

private:
    Kind m_kind = Kind::None;
    QString m_message;
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::StoreError)
