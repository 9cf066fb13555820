#pragma once

#include "ApiError.h"
#include "json/TokenResponseParser.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace bnet {

class Clock;
class HttpClient;

// Where enrichment gets its bearer token. Public character data needs only a
// client-credentials token, so background sync goes on after the 24-hour user token expired;
// without client credentials the user token stands in.
class TokenProvider
{
public:
    using Done = std::function<void(const QByteArray &token, const ApiError &error)>;

    virtual ~TokenProvider() = default;
    // Calls `done` once (possibly at once) on the caller's thread, unless `context` is gone.
    virtual void token(QObject *context, Done done) = 0;
    // Battle.net refused this token (401): forget it so the next token() fetches a new one.
    virtual void invalidate(const QByteArray &token) = 0;
    // Whether invalidate() can lead to a different token.
    virtual bool canRenew() const = 0;
};

// A token given from outside (the user token, or --token): used as it is.
class StaticTokenProvider final : public TokenProvider
{
public:
    explicit StaticTokenProvider(QByteArray token)
        : m_token(std::move(token))
    {}
    void token(QObject *context, Done done) override;
    void invalidate(const QByteArray &) override {}
    bool canRenew() const override { return false; }

private:
    QByteArray m_token;
};

// OAuth client credentials: POST /token with HTTP Basic, cached until shortly before expiry;
// concurrent callers share one fetch.
class ClientCredentialsTokenProvider final
    : public QObject
    , public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCredentialsTokenProvider)

public:
    ClientCredentialsTokenProvider(HttpClient &http, const Clock &clock, QByteArray clientId,
                                   QByteArray clientSecret, QObject *parent = nullptr);

    void token(QObject *context, Done done) override;
    void invalidate(const QByteArray &token) override;
    bool canRenew() const override { return true; }
    int fetches() const { return m_fetches; }

private:
    void fetch();
    void deliver(const QByteArray &token, const ApiError &error);

    HttpClient &m_http;
    const Clock &m_clock;
    QByteArray m_clientId;
    QByteArray m_clientSecret;
    QByteArray m_token;
    QDateTime m_expiresAt;
    struct Waiting
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };
    QList<Waiting> m_waiting;
    bool m_fetching = false;
    int m_fetches = 0;
};

// What enrichment uses, chosen from what is known now and swapped when the player signs in or
// out: client credentials when the API client is known, else the user token. The sync service
// keeps this one object; the credentials behind it may change between two jobs.
class EnrichmentTokenProvider final : public TokenProvider
{
public:
    EnrichmentTokenProvider(HttpClient &http, const Clock &clock);
    ~EnrichmentTokenProvider() override;

    void setCredentials(const QByteArray &clientId, const QByteArray &clientSecret,
                        const QByteArray &userToken);
    bool usesClientCredentials() const { return m_client != nullptr; }

    void token(QObject *context, Done done) override;
    void invalidate(const QByteArray &token) override;
    bool canRenew() const override;

private:
    TokenProvider &current();

    HttpClient &m_http;
    const Clock &m_clock;
    std::unique_ptr<ClientCredentialsTokenProvider> m_client;
    StaticTokenProvider m_user{{}};
};

} // namespace bnet
