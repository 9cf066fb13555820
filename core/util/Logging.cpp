#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "bnetsync.core.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "bnetsync.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "bnetsync.core.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "bnetsync.core.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "bnetsync.core.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "bnetsync.core.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRealtime, "bnetsync.core.realtime", QtWarningMsg)
