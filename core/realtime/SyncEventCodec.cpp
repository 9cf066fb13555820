#include "SyncEventCodec.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bnet::SyncEventCodec {

QString typeName(SyncEvent::Type type)
{
    switch (type) {
    case SyncEvent::Type::SyncStarted:
        return u"sync-started"_s;
    case SyncEvent::Type::CharacterStatus:
        return u"character-status"_s;
    case SyncEvent::Type::SyncProgress:
        return u"sync-progress"_s;
    case SyncEvent::Type::SyncComplete:
        return u"sync-complete"_s;
    case SyncEvent::Type::SyncError:
        return u"sync-error"_s;
    }
    return {};
}

std::optional<SyncEvent::Type> typeFromName(QStringView name)
{
    for (auto type : {SyncEvent::Type::SyncStarted, SyncEvent::Type::CharacterStatus,
                      SyncEvent::Type::SyncProgress, SyncEvent::Type::SyncComplete,
                      SyncEvent::Type::SyncError}) {
        if (name == typeName(type))
            return type;
    }
    return std::nullopt;
}

QJsonObject toJson(const SyncEvent &e)
{
    QJsonObject o{{u"event"_s, typeName(e.type)},
                  {u"session"_s, e.sessionId},
                  {u"at"_s, e.at.toUTC().toString(Qt::ISODateWithMs)}};
    switch (e.type) {
    case SyncEvent::Type::SyncStarted:
        o.insert(u"total"_s, e.total);
        o.insert(u"added"_s, e.added);
        o.insert(u"updated"_s, e.updated);
        o.insert(u"archived"_s, e.archived);
        o.insert(u"reactivated"_s, e.reactivated);
        break;
    case SyncEvent::Type::CharacterStatus:
        o.insert(u"character"_s, QJsonObject{{u"id"_s, e.characterRowId},
                                             {u"name"_s, e.characterName},
                                             {u"region"_s, regionCode(e.key.region)},
                                             {u"version"_s, gameVersionCode(e.key.version)},
                                             {u"realm"_s, e.key.realmSlug},
                                             {u"characterId"_s, e.key.characterId}});
        o.insert(u"status"_s, itemStatusCode(e.status));
        if (!e.message.isEmpty()) {
            o.insert(u"reason"_s, e.message);
            o.insert(u"code"_s, e.errorCode);
        }
        break;
    case SyncEvent::Type::SyncProgress:
        o.insert(u"total"_s, e.total);
        o.insert(u"processed"_s, e.processed);
        o.insert(u"failed"_s, e.failed);
        o.insert(u"percent"_s, std::round(e.percent() * 10.0) / 10.0);
        o.insert(u"current"_s, e.characterName);
        o.insert(u"etaMs"_s, e.etaMs);
        break;
    case SyncEvent::Type::SyncComplete:
        o.insert(u"status"_s, e.sessionStatus);
        o.insert(u"total"_s, e.total);
        o.insert(u"processed"_s, e.processed);
        o.insert(u"failed"_s, e.failed);
        break;
    case SyncEvent::Type::SyncError:
        o.insert(u"code"_s, e.errorCode);
        o.insert(u"message"_s, e.message);
        o.insert(u"fatal"_s, e.fatal);
        if (!e.scope.isEmpty())
            o.insert(u"scope"_s, e.scope);
        break;
    }
    return o;
}

QByteArray toJsonLine(const SyncEvent &event)
{
    return QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<SyncEvent> fromJson(const QJsonObject &o)
{
    const auto type = typeFromName(o.value(u"event"_s).toString());
    if (!type)
        return std::nullopt;
    SyncEvent e;
    e.type = *type;
    e.sessionId = o.value(u"session"_s).toInteger();
    e.at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
    e.total = o.value(u"total"_s).toInt();
    e.added = o.value(u"added"_s).toInt();
    e.updated = o.value(u"updated"_s).toInt();
    e.archived = o.value(u"archived"_s).toInt();
    e.reactivated = o.value(u"reactivated"_s).toInt();
    e.processed = o.value(u"processed"_s).toInt();
    e.failed = o.value(u"failed"_s).toInt();
    e.etaMs = o.value(u"etaMs"_s).toInteger(-1);
    e.fatal = o.value(u"fatal"_s).toBool();
    e.scope = o.value(u"scope"_s).toString();
    switch (e.type) {
    case SyncEvent::Type::CharacterStatus: {
        const QJsonObject c = o.value(u"character"_s).toObject();
        e.characterRowId = c.value(u"id"_s).toInteger();
        e.characterName = c.value(u"name"_s).toString();
        e.key.region = regionFromCode(c.value(u"region"_s).toString()).value_or(Region::US);
        e.key.version =
            gameVersionFromCode(c.value(u"version"_s).toString()).value_or(GameVersion::Retail);
        e.key.realmSlug = c.value(u"realm"_s).toString();
        e.key.characterId = c.value(u"characterId"_s).toInteger();
        const auto status = itemStatusFromCode(o.value(u"status"_s).toString());
        if (!status)
            return std::nullopt;
        e.status = *status;
        e.message = o.value(u"reason"_s).toString();
        e.errorCode = o.value(u"code"_s).toString();
        break;
    }
    case SyncEvent::Type::SyncProgress:
        e.characterName = o.value(u"current"_s).toString();
        break;
    case SyncEvent::Type::SyncComplete:
        e.sessionStatus = o.value(u"status"_s).toString();
        break;
    case SyncEvent::Type::SyncError:
        e.errorCode = o.value(u"code"_s).toString();
        e.message = o.value(u"message"_s).toString();
        break;
    case SyncEvent::Type::SyncStarted:
        break;
    }
    return e;
}

} // namespace bnet::SyncEventCodec
