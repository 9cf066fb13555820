#include "HttpDate.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bnet {

QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(4) + u" +0000"_s;
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

QByteArray toHttpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace bnet
