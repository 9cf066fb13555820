#pragma once

#include "domain/SyncEvent.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace bnet {

// The one JSON form of a SyncEvent: the CLI's --json lines, the companion WebSocket messages
// and the tests all read and write it here. docs/events.md describes the fields.
namespace SyncEventCodec {

QString typeName(SyncEvent::Type type);
std::optional<SyncEvent::Type> typeFromName(QStringView name);

QJsonObject toJson(const SyncEvent &event);
// One compact line with a trailing newline.
QByteArray toJsonLine(const SyncEvent &event);
std::optional<SyncEvent> fromJson(const QJsonObject &object);

} // namespace SyncEventCodec
} // namespace bnet
