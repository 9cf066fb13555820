#include "AppIdentity.h"

#include "util/Logging.h"
#include "util/Version.h"

#include <QCoreApplication>

namespace bnet {

void configureApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("bnetsync.app"));
    QCoreApplication::setApplicationName(QStringLiteral("bnetsync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BNETSYNC_VERSION));
    keepSecretsOutOfLogs();
}

} // namespace bnet
