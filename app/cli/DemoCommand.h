#pragma once

#include <QStringList>

namespace bnet::cli {

// `bnetsync-cli demo`: starts the simulated Battle.net in-process, syncs its demo account into
// a separate demo database and prints the characters. No Battle.net account needed.
int runDemo(const QStringList &arguments);

} // namespace bnet::cli
