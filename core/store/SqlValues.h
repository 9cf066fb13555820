#pragma once

// How the repositories turn values into SQL parameters and back, the same way everywhere:
// times are UTC milliseconds since the epoch (NULL for none), optional numbers are NULL when
// absent, and text is never NULL.
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace bnet::sql {

inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

inline QVariant optionalValue(const auto &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace bnet::sql
