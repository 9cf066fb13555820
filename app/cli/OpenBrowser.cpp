#include "OpenBrowser.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bnet::cli {

bool openInBrowser(const QUrl &url)
{
#if defined(Q_OS_MACOS)
    const QString program = u"open"_s;
    const QStringList arguments = {url.toString(QUrl::FullyEncoded)};
#elif defined(Q_OS_WIN)
    const QString program = u"rundll32"_s;
    const QStringList arguments = {u"url.dll,FileProtocolHandler"_s,
                                   url.toString(QUrl::FullyEncoded)};
#else
    const QString program = u"xdg-open"_s;
    const QStringList arguments = {url.toString(QUrl::FullyEncoded)};
#endif
    if (QStandardPaths::findExecutable(program).isEmpty())
        return false;
    return QProcess::startDetached(program, arguments);
}

} // namespace bnet::cli
