// How the simulated Battle.net answers: an injected fault (a status, malformed or truncated
// JSON, a dropped connection, a stall, a trickle, an oversized body, ...) or the normal answer
// after the configured latency. The answers themselves come from SimulatorRoutes.cpp.
#include "SimulatedBattleNet.h"

#include "PendingReply.h"
#include "SimulatorResponses.h"

#include <QMutexLocker>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace bnetsim {

void SimulatedBattleNet::applyFault(const std::shared_ptr<PendingReply> &reply,
                                    const FaultStep &fault, Endpoint endpoint,
                                    const QHttpServerRequest &request)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_counters.faultsInjected;
    }
    switch (fault.kind) {
    case FaultStep::Kind::Pass:
        deliver(reply, route(endpoint, request, false));
        return;
    case FaultStep::Kind::EmptyMedia:
        deliver(reply, route(endpoint, request, true));
        return;
    case FaultStep::Kind::Status: {
        Answer answer{fault.status, responses::error(fault.status, u"Injected fault"_s)};
        if (fault.retryAfterSeconds >= 0)
            answer.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        if (fault.status == 429) {
            QMutexLocker lock(&m_mutex);
            ++m_counters.tooManyRequests;
        }
        deliver(reply, answer);
        return;
    }
    case FaultStep::Kind::Malformed:
        deliver(reply, {200, QByteArrayLiteral("{\"_links\": {\"self\": <html>Service")});
        return;
    case FaultStep::Kind::Huge:
        deliver(reply, {200, "{\"padding\": \"" + QByteArray(9 * 1024 * 1024, 'x') + "\"}"});
        return;
    case FaultStep::Kind::Stall: {
        QMutexLocker lock(&m_mutex);
        m_stalled.append(reply); // answered never; freed when the server goes
        return;
    }
    case FaultStep::Kind::Drop:
        if (reply->socket)
            reply->socket->abort();
        reply->done = true;
        return;
    case FaultStep::Kind::Trickle: {
        // Headers at once, then a byte at a time: never silent long enough for a transfer
        // timeout, so only an overall deadline ends it.
        const Answer full = route(endpoint, request, false);
        QTcpSocket *socket = reply->socket.data();
        if (!socket)
            return;
        reply->done = true;
        reply->responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        reply->responder.writeHeader("Content-Type", full.contentType);
        reply->responder.writeHeader("Content-Length", QByteArray::number(full.body.size()));
        reply->responder.writeBody(QByteArray());
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        // The lambda keeps the responder alive: the server must not consider the answer done.
        connect(timer, &QTimer::timeout, socket, [socket, timer, full, sent, reply] {
            if (*sent >= full.body.size()) {
                timer->stop();
                return;
            }
            socket->write(full.body.mid((*sent)++, 1));
        });
        timer->start(100);
        return;
    }
    case FaultStep::Kind::Truncate: {
        const Answer full = route(endpoint, request, false);
        QTimer::singleShot(nextLatencyMs(), this, [reply, full] {
            QTcpSocket *socket = reply->socket.data();
            if (!socket || reply->done)
                return;
            reply->done = true;
            reply->responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
            reply->responder.writeHeader("Content-Type", full.contentType);
            reply->responder.writeHeader("Content-Length",
                                         QByteArray::number(full.body.size() + 64));
            reply->responder.writeBody(full.body.left(full.body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
        });
        return;
    }
    }
}

void SimulatedBattleNet::deliver(const std::shared_ptr<PendingReply> &reply, Answer answer)
{
    int latency = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (answer.status == 304)
            ++m_counters.notModified;
        m_counters.bodyBytesSent += answer.body.size();
        latency = nextLatencyMs();
    }
    const auto write = [reply, answer = std::move(answer)] {
        if (!reply->socket || reply->done)
            return;
        reply->done = true;
        auto &responder = reply->responder;
        responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        responder.writeHeader("Content-Type", answer.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        for (const auto &header : answer.headers)
            responder.writeHeader(header.first, header.second);
        responder.writeBody(answer.body);
    };
    if (latency <= 0)
        write();
    else
        QTimer::singleShot(latency, Qt::PreciseTimer, this, write);
}

} // namespace bnetsim
