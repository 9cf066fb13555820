#pragma once

#include <QObject>

class QSocketNotifier;

namespace bnet::cli {

// Ends the event loop cleanly on SIGINT and SIGTERM (self-pipe: a signal handler may only
// write to a file descriptor; the loop reads it and quits).
class QuitOnSignal final : public QObject
{
    Q_OBJECT

public:
    QuitOnSignal();
    ~QuitOnSignal() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace bnet::cli
