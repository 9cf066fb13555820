#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPair>

namespace bnetsim {

// One HTTP answer before it is written (possibly later, possibly broken on purpose).
struct Answer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json;charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;
};

// RFC 7231 dates, as Last-Modified and If-Modified-Since carry them.
inline QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

// HTTP dates end in "GMT", which Qt 6.4's RFC 2822 parser rejects; it takes "+0000".
inline QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QLatin1String(" +0000");
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

// True when a resource stamped `modified` is unchanged since the client's If-Modified-Since.
inline bool notModifiedSince(const QDateTime &modified, const QByteArray &ifModifiedSince)
{
    const QDateTime since = parseHttpDate(ifModifiedSince);
    return since.isValid() && modified.toSecsSinceEpoch() <= since.toSecsSinceEpoch();
}

} // namespace bnetsim
