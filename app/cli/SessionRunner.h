#pragma once

#include "CliSupport.h"
#include "domain/SyncEvent.h"

#include <QObject>

#include <memory>

namespace bnet {
class SyncService;
}

namespace bnet::cli {

class ProgressBar;

// Follows one sync session to its end: prints its events (JSON lines, or a progress bar on a
// terminal and a summary), and ends the event loop with the session's exit code.
class SessionRunner final : public QObject
{
    Q_OBJECT

public:
    SessionRunner(SyncService &service, Output &output, QObject *parent = nullptr);
    ~SessionRunner() override;

    // Events of other sessions are ignored once the session is known.
    void follow(qint64 sessionId);
    // Runs the event loop until the session finished; returns the exit code.
    int wait();

private:
    void onEvent(const SyncEvent &event);
    void finish(const SyncEvent &complete);

    Output &m_output;
    std::unique_ptr<ProgressBar> m_bar;
    qint64 m_sessionId = 0;
    QList<SyncEvent> m_early; // events before follow()
    QStringList m_failures;
    int m_scopeErrors = 0;
    int m_exitCode = OtherError;
    QString m_fatalCode;
};

int exitCodeForErrorCode(const QString &code);

} // namespace bnet::cli
