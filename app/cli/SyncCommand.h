#pragma once

#include <QStringList>

namespace bnet::cli {

// `bnetsync-cli sync`: the character list of every enabled region and game version into the
// database, reported as text or as JSON event lines.
int runSync(const QStringList &arguments);

} // namespace bnet::cli
