#pragma once

#include <QStringList>

namespace bnet::cli {

// `bnetsync-cli characters`: what the database knows, as a table or JSON lines.
int runCharacters(const QStringList &arguments);

} // namespace bnet::cli
