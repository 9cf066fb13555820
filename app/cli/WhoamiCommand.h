#pragma once

#include <QStringList>

namespace bnet::cli {

// `bnetsync-cli whoami`: who is signed in and until when, from the keychain, offline.
int runWhoami(const QStringList &arguments);

} // namespace bnet::cli
