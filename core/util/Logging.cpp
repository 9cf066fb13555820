#include "Logging.h"

#include <mutex>

Q_LOGGING_CATEGORY(lcApi, "bnetsync.core.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "bnetsync.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "bnetsync.core.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "bnetsync.core.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "bnetsync.core.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "bnetsync.core.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRealtime, "bnetsync.core.realtime", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "bnetsync.core.i18n", QtWarningMsg)

namespace bnet {
namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void secretSafeFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    const QByteArrayView name(category->categoryName());
    if (name.startsWith("qt.httpserver") || name.startsWith("qt.networkauth")) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void keepSecretsOutOfLogs()
{
    static std::once_flag once;
    std::call_once(once,
                   [] { g_previousFilter = QLoggingCategory::installFilter(secretSafeFilter); });
}

} // namespace bnet
