#pragma once

#include <QStringList>

namespace bnet::cli {

// `bnetsync-cli simulator`: the simulated Battle.net, standalone, until stopped. Its first
// line on stdout is the base URL.
int runSimulator(const QStringList &arguments);

} // namespace bnet::cli
