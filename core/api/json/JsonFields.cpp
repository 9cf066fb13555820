#include "JsonFields.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bnet::json {

QString localizedString(const QJsonValue &value, const QString &locale)
{
    if (value.isString())
        return value.toString();
    if (!value.isObject())
        return {};
    const QJsonObject translations = value.toObject();
    for (const QString &candidate : {locale, u"en_US"_s, u"en_GB"_s}) {
        if (candidate.isEmpty())
            continue;
        const QString text = translations.value(candidate).toString();
        if (!text.isEmpty())
            return text;
    }
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        if (it->isString() && !it->toString().isEmpty())
            return it->toString();
    }
    return {};
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) > 9.0e15)
            return fallback;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

QString enumType(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(u"type"_s).toString();
}

} // namespace bnet::json
