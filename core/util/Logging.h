#pragma once

#include <QLoggingCategory>

// Logging categories of the core; warnings and up by default. More with
// QT_LOGGING_RULES="bnetsync.*.info=true" (or .debug).
// Nothing logged here ever carries a token, a client secret or an authorization code.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcRealtime)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)

namespace bnet {

// Some of Qt's own categories print what goes over the wire at debug and info level: Qt
// HttpServer every request header (Authorization: Bearer ..., Basic ...) of the embedded
// simulated Battle.net, Qt NetworkAuth the sign-in address. This keeps those levels off
// whatever QT_LOGGING_RULES or setFilterRules() ask for; their warnings still show.
// configureApplicationIdentity() calls it, so every executable of the app has it.
void keepSecretsOutOfLogs();

} // namespace bnet
