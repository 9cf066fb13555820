#include "SimulatedBattleNet.h"

#include "HttpFront.h"
#include "PendingReply.h"
#include "SimulatorResponses.h"

#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace bnetsim {

SimulatedBattleNet::SimulatedBattleNet(SimulatorData data, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_data(std::move(data))
    , m_authorizeBehaviour(m_options.authorizeBehaviour)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_uptime.start();
    for (const SimAccount &account : std::as_const(m_data.accounts)) {
        if (!account.userToken.isEmpty())
            m_tokens.insert(account.userToken,
                            {true, account.id, {u"wow.profile"_s, u"openid"_s}, {}});
    }
    m_apiFront = new HttpFront(
        [this](const QHttpServerRequest &request, QTcpSocket *socket,
               QHttpServerResponder &&responder) {
            handleApi(request, socket, std::move(responder));
        },
        this);
    m_renderFront = new HttpFront(
        [this](const QHttpServerRequest &request, QTcpSocket *socket,
               QHttpServerResponder &&responder) {
            handleRender(request, socket, std::move(responder));
        },
        this);
}

SimulatedBattleNet::~SimulatedBattleNet()
{
    QMutexLocker lock(&m_mutex);
    m_stalled.clear();
}

bool SimulatedBattleNet::listen(QString *error)
{
    m_port = m_apiFront->listen(m_options.address, m_options.port);
    m_renderPort = m_renderFront->listen(m_options.address, m_options.renderPort);
    if (m_port == 0 || m_renderPort == 0) {
        if (error)
            *error = u"cannot listen on %1 port %2 (is it taken?)"_s.arg(
                m_options.address.toString(),
                QString::number(m_port == 0 ? m_options.port : m_options.renderPort));
        return false;
    }
    return true;
}

QUrl SimulatedBattleNet::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    return url;
}

QUrl SimulatedBattleNet::renderUrl() const
{
    QUrl url = baseUrl();
    url.setPort(m_renderPort);
    return url;
}

bool SimulatedBattleNet::addFault(const QString &spec, QString *error)
{
    QString ignored;
    return m_faults.add(spec, error ? error : &ignored);
}

void SimulatedBattleNet::clearFaults()
{
    m_faults.clear();
}

void SimulatedBattleNet::setLatency(int latencyMs, int jitterMs)
{
    QMutexLocker lock(&m_mutex);
    m_options.latencyMs = latencyMs;
    m_options.jitterMs = jitterMs;
}

void SimulatedBattleNet::setRateLimits(int perSecond, int perHour)
{
    QMutexLocker lock(&m_mutex);
    m_options.requestsPerSecond = perSecond;
    m_options.requestsPerHour = perHour;
}

void SimulatedBattleNet::editData(const std::function<void(SimulatorData &)> &edit)
{
    QMutexLocker lock(&m_mutex);
    edit(m_data);
}

SimulatorData SimulatedBattleNet::data() const
{
    QMutexLocker lock(&m_mutex);
    return m_data;
}

SimulatedBattleNet::Counters SimulatedBattleNet::counters() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters;
}

void SimulatedBattleNet::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_counters = {};
}

QString SimulatedBattleNet::userToken(int accountIndex) const
{
    QMutexLocker lock(&m_mutex);
    return m_data.accounts.value(accountIndex).userToken;
}

QString SimulatedBattleNet::newToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(m_random.bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

QString SimulatedBattleNet::issueUserToken(qint64 accountId, const QStringList &scopes,
                                           int lifetimeSeconds)
{
    QMutexLocker lock(&m_mutex);
    const QString token = newToken();
    m_tokens.insert(
        token, {true, accountId, scopes, QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds)});
    return token;
}

void SimulatedBattleNet::expireToken(const QString &token)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_tokens.find(token);
    if (it != m_tokens.end())
        it->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
}

std::optional<SimulatedBattleNet::TokenInfo>
SimulatedBattleNet::bearer(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    const auto it = m_tokens.constFind(QString::fromLatin1(header.mid(7).trimmed()));
    if (it == m_tokens.constEnd())
        return std::nullopt;
    if (it->expiresAt.isValid() && it->expiresAt < QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return *it;
}

bool SimulatedBattleNet::overRateLimit(int *retryAfterSeconds)
{
    const qint64 now = m_uptime.elapsed();
    const auto check = [&](std::deque<qint64> &window, int limit, qint64 spanMs) {
        while (!window.empty() && window.front() <= now - spanMs)
            window.pop_front();
        if (limit > 0 && qsizetype(window.size()) >= limit) {
            *retryAfterSeconds =
                std::max<int>(1, int((window.front() + spanMs - now + 999) / 1000));
            return true;
        }
        return false;
    };
    if (check(m_secondWindow, m_options.requestsPerSecond, 1000) ||
        check(m_hourWindow, m_options.requestsPerHour, 3600 * 1000))
        return true;
    m_secondWindow.push_back(now);
    m_hourWindow.push_back(now);
    return false;
}

int SimulatedBattleNet::nextLatencyMs()
{
    if (m_options.jitterMs <= 0)
        return m_options.latencyMs;
    const int jitter = int(m_random.bounded(2 * m_options.jitterMs + 1)) - m_options.jitterMs;
    return std::max(0, m_options.latencyMs + jitter);
}

void SimulatedBattleNet::handleApi(const QHttpServerRequest &request, QTcpSocket *socket,
                                   QHttpServerResponder &&responder)
{
    auto reply = std::make_shared<PendingReply>(std::move(responder), socket);
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QString profileNamespace =
        request.query().queryItemValue(u"namespace"_s, QUrl::FullyDecoded);

    Endpoint endpoint = Endpoint::Unknown;
    if (path == u"/token"_s || path == u"/oauth/token"_s)
        endpoint = Endpoint::Token;
    else if (path == u"/userinfo"_s || path == u"/oauth/userinfo"_s)
        endpoint = Endpoint::UserInfo;
    else if (path == u"/authorize"_s || path == u"/oauth/authorize"_s)
        endpoint = Endpoint::Authorize;
    else if (path == u"/profile/user/wow"_s)
        endpoint = Endpoint::Summary;
    else if (path.startsWith(u"/profile/wow/character/"_s))
        endpoint = path.endsWith(u"/character-media"_s) ? Endpoint::Media : Endpoint::Profile;
    else if (path.startsWith(u"/profile/"_s) || path.startsWith(u"/data/"_s))
        endpoint = Endpoint::OtherApi;

    const bool countsAgainstQuota = endpoint == Endpoint::Summary ||
                                    endpoint == Endpoint::Profile || endpoint == Endpoint::Media ||
                                    endpoint == Endpoint::OtherApi;
    {
        QMutexLocker lock(&m_mutex);
        ++m_counters.requests;
        if (!request.value("If-Modified-Since").isEmpty())
            ++m_counters.conditionalRequests;
        if (countsAgainstQuota) {
            ++m_counters.apiRequests;
            int retryAfter = 1;
            if (overRateLimit(&retryAfter)) {
                ++m_counters.tooManyRequests;
                lock.unlock();
                Answer answer{429, responses::error(429, u"Too Many Requests"_s)};
                answer.headers.append({"Retry-After", QByteArray::number(retryAfter)});
                deliver(reply, answer);
                return;
            }
        }
    }
    const QString target =
        profileNamespace.isEmpty() ? path : path + u"?namespace="_s + profileNamespace;
    if (const auto fault = m_faults.next(target)) {
        if (fault->kind != FaultStep::Kind::Pass) {
            applyFault(reply, *fault, endpoint, request);
            return;
        }
    }
    deliver(reply, route(endpoint, request, false));
}

Answer SimulatedBattleNet::route(Endpoint endpoint, const QHttpServerRequest &request,
                                 bool emptyMedia)
{
    switch (endpoint) {
    case Endpoint::Token:
        return answerToken(request);
    case Endpoint::UserInfo:
        return answerUserInfo(request);
    case Endpoint::Authorize:
        return answerAuthorize(request);
    case Endpoint::Summary:
        return answerSummary(request);
    case Endpoint::Profile:
    case Endpoint::Media:
        return answerCharacter(endpoint, request, emptyMedia);
    case Endpoint::OtherApi:
    case Endpoint::Unknown:
        break;
    }
    return {404, responses::error(404, u"Not Found"_s)};
}

void SimulatedBattleNet::handleRender(const QHttpServerRequest &request, QTcpSocket *socket,
                                      QHttpServerResponder &&responder)
{
    auto reply = std::make_shared<PendingReply>(std::move(responder), socket);
    const QString path = request.url().path(QUrl::FullyDecoded);
    if (const auto fault = m_faults.next(path)) {
        if (fault->kind != FaultStep::Kind::Pass && fault->kind != FaultStep::Kind::EmptyMedia) {
            applyFault(reply, *fault, Endpoint::Unknown, request);
            return;
        }
    }
    // "/{region}/character/{realm}/{n}/{id}-avatar.jpg"
    const QString file = path.section(u'/', -1);
    const qint64 id = file.section(u'-', 0, 0).toLongLong();
    Answer answer{404, responses::error(404, u"Not Found"_s)};
    {
        QMutexLocker lock(&m_mutex);
        ++m_counters.requests;
        ++m_counters.avatars;
        const SimCharacter *character = m_data.findCharacter(id);
        if (character && character->hasMedia) {
            const QByteArray ifModifiedSince = request.value("If-Modified-Since");
            if (!ifModifiedSince.isEmpty())
                ++m_counters.conditionalRequests;
            if (notModifiedSince(character->avatarModified, ifModifiedSince)) {
                answer = {304, {}};
            } else {
                auto cached = m_avatarCache.value(id);
                if (cached.first != character->avatarModified) {
                    cached = {character->avatarModified, responses::avatarJpeg(*character)};
                    m_avatarCache.insert(id, cached);
                }
                answer = {200, cached.second, "image/jpeg"};
            }
            answer.headers.append({"Last-Modified", httpDate(character->avatarModified)});
        }
    }
    deliver(reply, answer);
}

} // namespace bnetsim
