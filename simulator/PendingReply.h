#pragma once

// A request the simulated Battle.net has taken and not answered yet: the answer may come after
// the configured latency, or never (a fault), and the client may have gone meanwhile.
#include <QPointer>
#include <QTcpSocket>
#include <QtHttpServer/QHttpServerResponder>

namespace bnetsim {

struct PendingReply
{
    PendingReply(QHttpServerResponder &&r, QTcpSocket *s)
        : responder(std::move(r))
        , socket(s)
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool done = false;
};

} // namespace bnetsim
