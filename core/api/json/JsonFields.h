#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Defensive readers for Battle.net JSON: a field may be missing, have the wrong type, or (when
// no locale was asked for) be an object of translations instead of a string.
namespace bnet::json {

// A display string: either a plain string or {"en_US": "...", "de_DE": "..."}. Picks the
// requested locale, then en_US, then en_GB, then any non-empty translation.
QString localizedString(const QJsonValue &value, const QString &locale);

// An integer from a JSON number; also accepts a numeric string. `fallback` otherwise.
qint64 integer(const QJsonValue &value, qint64 fallback = 0);

// The "type" of an enum-like object ({"type": "HORDE", "name": "Horde"}), or a plain string.
QString enumType(const QJsonValue &value);

} // namespace bnet::json
