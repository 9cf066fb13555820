#pragma once

#include <QByteArray>
#include <QDateTime>

namespace bnet {

// RFC 7231 dates ("Sun, 06 Nov 1994 08:49:37 GMT") as Last-Modified and Retry-After carry
// them. Qt 6.4's RFC 2822 parser rejects the "GMT" zone, so it is rewritten as "+0000".
QDateTime parseHttpDate(const QByteArray &value);
QByteArray toHttpDate(const QDateTime &time);

} // namespace bnet
