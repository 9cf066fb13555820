#pragma once

#include <QStringList>

namespace bnet::cli {

// `bnetsync-cli login`: signs in to Battle.net in the browser (or prints the address with
// --no-browser) and keeps the sign-in in the system keychain.
int runLogin(const QStringList &arguments);

} // namespace bnet::cli
