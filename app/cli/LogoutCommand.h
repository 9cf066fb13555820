#pragma once

#include <QStringList>

namespace bnet::cli {

// `bnetsync-cli logout`: removes the stored sign-in (and with --forget-client the API client).
int runLogout(const QStringList &arguments);

} // namespace bnet::cli
