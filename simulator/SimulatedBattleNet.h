#pragma once

#include "FaultPlan.h"
#include "SimulatorData.h"
#include "SimulatorHttp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace bnetsim {

class HttpFront;
struct PendingReply;

// A Battle.net stand-in on loopback: OAuth (/authorize, /token, /userinfo), the account profile
// summary per namespace, character profiles and media, and avatar images on a second "render" port.
// It enforces Battle.net's rate limits (429 with Retry-After), answers If-Modified-Since with
// 304, adds latency with jitter, and injects faults per path (FaultPlan). The demo mode and
// every network test use it.
//
// The object may live on its own thread (SimulatorThread); its control methods (faults, data
// edits, counters) are thread-safe.
class SimulatedBattleNet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedBattleNet)

public:
    // The player's answer on the simulated consent page. Every behaviour but Approve is a way
    // for a sign-in to go wrong that the app must report.
    enum class AuthorizeBehaviour {
        Approve,      // redirect with a code and the state
        Deny,         // redirect with error=access_denied
        WrongState,   // redirect with a code and a state that is not the one sent
        MissingState, // redirect with a code and no state
        NoWowProfile, // approve, but with "World of Warcraft profile" unticked
    };
    static std::optional<AuthorizeBehaviour> authorizeBehaviourFromName(const QString &name);

    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // 0 picks a free port
        quint16 renderPort = 0;
        int latencyMs = 0;
        int jitterMs = 0;
        int requestsPerSecond = 100; // 0 turns the limit off
        int requestsPerHour = 36'000;
        QString clientId = QStringLiteral("demo-client");
        QString clientSecret = QStringLiteral("demo-secret");
        int tokenLifetimeSeconds = 86'399;
        AuthorizeBehaviour authorizeBehaviour = AuthorizeBehaviour::Approve;
    };

    struct Counters
    {
        qint64 requests = 0;
        qint64 apiRequests = 0; // requests counted against the rate limit
        qint64 tooManyRequests = 0;
        qint64 notModified = 0;
        qint64 conditionalRequests = 0; // requests that carried If-Modified-Since
        qint64 summaries = 0;
        qint64 profiles = 0;
        qint64 media = 0;
        qint64 avatars = 0;
        qint64 tokens = 0;
        qint64 userInfos = 0;
        qint64 authorizations = 0; // /authorize pages answered
        qint64 codeGrants = 0;     // authorization codes exchanged for a user token
        qint64 faultsInjected = 0;
        qint64 bodyBytesSent = 0;
    };

    SimulatedBattleNet(SimulatorData data, Options options, QObject *parent = nullptr);
    explicit SimulatedBattleNet(SimulatorData data)
        : SimulatedBattleNet(std::move(data), Options{})
    {}
    ~SimulatedBattleNet() override;

    bool listen(QString *error = nullptr);
    QUrl baseUrl() const;
    QUrl renderUrl() const;

    bool addFault(const QString &spec, QString *error = nullptr);
    void clearFaults();
    void setLatency(int latencyMs, int jitterMs);
    void setRateLimits(int perSecond, int perHour);
    // Edits the data set under the lock; bump lastModified on what you change.
    void editData(const std::function<void(SimulatorData &)> &edit);
    SimulatorData data() const;
    Counters counters() const;
    void resetCounters();

    // The always-valid user token of account `index` in the data set.
    QString userToken(int accountIndex = 0) const;
    // Issues a user token (as the code grant would) with the given scopes.
    QString issueUserToken(qint64 accountId, const QStringList &scopes, int lifetimeSeconds);
    void expireToken(const QString &token);
    // The consent page's answer from now on, and whose account it signs in.
    void setAuthorizeBehaviour(AuthorizeBehaviour behaviour);
    void setAuthorizeAccount(int accountIndex);

private:
    struct CodeGrant
    {
        QString clientId;
        QString redirectUri;
        QStringList scopes;
        qint64 accountId = 0;
        QDateTime expiresAt;
    };
    struct TokenInfo
    {
        bool user = false;
        qint64 accountId = 0;
        QStringList scopes;
        QDateTime expiresAt; // invalid = never
    };
    enum class Endpoint {
        Summary,
        Profile,
        Media,
        OtherApi,
        Token,
        UserInfo,
        Authorize,
        Unknown
    };

    void handleApi(const QHttpServerRequest &request, QTcpSocket *socket,
                   QHttpServerResponder &&responder);
    void handleRender(const QHttpServerRequest &request, QTcpSocket *socket,
                      QHttpServerResponder &&responder);
    Answer route(Endpoint endpoint, const QHttpServerRequest &request, bool emptyMedia);
    Answer answerSummary(const QHttpServerRequest &request);
    Answer answerCharacter(Endpoint endpoint, const QHttpServerRequest &request, bool emptyMedia);
    Answer answerToken(const QHttpServerRequest &request);
    Answer answerUserInfo(const QHttpServerRequest &request);
    Answer answerAuthorize(const QHttpServerRequest &request);
    Answer answerCodeGrant(const QString &clientId, const QString &code,
                           const QString &redirectUri); // under the lock
    std::optional<TokenInfo> bearer(const QHttpServerRequest &request) const;
    bool overRateLimit(int *retryAfterSeconds);
    void deliver(const std::shared_ptr<PendingReply> &reply, Answer answer);
    void applyFault(const std::shared_ptr<PendingReply> &reply, const FaultStep &fault,
                    Endpoint endpoint, const QHttpServerRequest &request);
    int nextLatencyMs();
    QString newToken();

    Options m_options;
    HttpFront *m_apiFront = nullptr;
    HttpFront *m_renderFront = nullptr;
    quint16 m_port = 0;
    quint16 m_renderPort = 0;
    FaultPlan m_faults;
    QElapsedTimer m_uptime;

    mutable QMutex m_mutex; // guards everything below
    SimulatorData m_data;
    QHash<QString, TokenInfo> m_tokens;
    QHash<QString, CodeGrant> m_codes;
    AuthorizeBehaviour m_authorizeBehaviour;
    int m_authorizeAccount = 0;
    Counters m_counters;
    std::deque<qint64> m_secondWindow;
    std::deque<qint64> m_hourWindow;
    QRandomGenerator m_random;
    QHash<qint64, QPair<QDateTime, QByteArray>> m_avatarCache;
    QList<std::shared_ptr<PendingReply>> m_stalled;
};

} // namespace bnetsim
