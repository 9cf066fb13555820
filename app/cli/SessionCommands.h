#pragma once

#include <QStringList>

namespace bnet::cli {

// `enrich ID`: refresh one character (a single-character session) and wait for it.
int runEnrich(const QStringList &arguments);
// `sessions [--active]`: recent sync sessions.
int runSessions(const QStringList &arguments);
// `session ID`: one session's state.
int runSession(const QStringList &arguments);
// `complete ID`: stop a running session; what was not enriched is recorded as cancelled.
int runComplete(const QStringList &arguments);

} // namespace bnet::cli
