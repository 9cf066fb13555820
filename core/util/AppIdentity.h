#pragma once

namespace bnet {

// The names under which the app stores its data and settings. The GUI and the CLI call this
// first, so both use the same database, cache and settings. It also keeps Qt's wire-level log
// categories quiet (keepSecretsOutOfLogs()), so no token reaches a log.
void configureApplicationIdentity();

} // namespace bnet
