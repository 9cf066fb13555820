#pragma once

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

#include <functional>

namespace bnetsim {

// Qt's HTTP server parses requests; we answer them ourselves, possibly later (latency) or in
// broken ways (faults), which QHttpServer's router cannot express. The responder is moved out
// so a reply can outlive the handler.
class HttpFront final : public QAbstractHttpServer
{
public:
    using Handler =
        std::function<void(const QHttpServerRequest &, QTcpSocket *, QHttpServerResponder &&)>;

    HttpFront(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

} // namespace bnetsim
