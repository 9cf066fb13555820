#include "HttpClient.h"

#include "HttpClientJob.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bnet {

namespace {

QString hostKeyFor(const QUrl &url)
{
    return url.scheme() + u"://"_s + url.host() + u':' + QString::number(url.port());
}

} // namespace

HttpClient::HttpClient(ApiEndpoints endpoints, Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_options(options)
    , m_clock(clock)
    , m_limiter(RateLimiter::battleNet(options.requestsPerSecond, options.requestsPerHour,
                                       options.rateLimitMarginMs))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &HttpClient::schedule);
}

HttpClient::~HttpClient()
{
    // Callbacks must not run during destruction: their owners may already be gone.
    m_queued.clear();
    for (auto &job : m_running) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
        }
    }
    m_running.clear();
}

int HttpClient::pendingCount() const
{
    return static_cast<int>(m_queued.size() + m_running.size());
}

quint64 HttpClient::send(ApiRequest request, QObject *context, Callback callback)
{
    auto job = std::make_unique<Job>();
    job->id = m_nextId++;
    job->url = urlFor(request);
    job->hostKey = hostKeyFor(job->url);
    job->request = std::move(request);
    job->context = context;
    job->hasContext = context != nullptr;
    job->callback = std::move(callback);
    job->queuedAtMs = m_clock.monotonicMs();
    const quint64 id = job->id;
    m_queued.push_back(std::move(job));
    // Start on the next event-loop turn: callers may queue many requests in one go, and a
    // callback must never run inside send().
    m_wakeTimer.start(0);
    return id;
}

void HttpClient::cancel(quint64 requestId)
{
    for (auto it = m_queued.begin(); it != m_queued.end(); ++it) {
        if ((*it)->id == requestId) {
            auto job = std::move(*it);
            m_queued.erase(it);
            ApiResponse response;
            response.error =
                ApiError(ApiError::Kind::Cancelled,
                         QCoreApplication::translate("HttpClient", "Request cancelled"));
            complete(std::move(job), response);
            return;
        }
    }
    for (auto &job : m_running) {
        if (job->id == requestId && job->reply) {
            job->cancelled = true;
            job->reply->abort(); // finished() follows and reports Cancelled
            return;
        }
    }
}

void HttpClient::cancelAll()
{
    std::vector<quint64> ids;
    for (const auto &job : m_queued)
        ids.push_back(job->id);
    for (const auto &job : m_running)
        ids.push_back(job->id);
    for (quint64 id : ids)
        cancel(id);
}

QUrl HttpClient::urlFor(const ApiRequest &request) const
{
    if (request.host == ApiRequest::Host::Absolute)
        return request.absoluteUrl;
    QUrl url = request.host == ApiRequest::Host::OAuth ? m_endpoints.oauthUrl
                                                       : m_endpoints.apiBaseUrl(request.region);
    // The base may carry a path prefix; request paths arrive percent-encoded already.
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    QUrlQuery query = request.query;
    if (request.addLocale && !m_endpoints.locale.isEmpty() && request.host == ApiRequest::Host::Api)
        query.addQueryItem(u"locale"_s, m_endpoints.locale);
    url.setQuery(query);
    return url;
}

QNetworkRequest HttpClient::networkRequestFor(const ApiRequest &request, const QUrl &url) const
{
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(m_options.timeoutMs);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArray("BattleNetCharacterSync/" BNETSYNC_VERSION));
    networkRequest.setRawHeader("Accept", "application/json, image/*;q=0.9");
    if (!request.bearerToken.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + request.bearerToken);
    else if (!request.basicUser.isEmpty())
        networkRequest.setRawHeader(
            "Authorization",
            "Basic " + QByteArray(request.basicUser + ':' + request.basicPassword).toBase64());
    if (!request.ifModifiedSince.isEmpty())
        networkRequest.setRawHeader("If-Modified-Since", request.ifModifiedSince);
    if (request.method == ApiRequest::Method::Post)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArray("application/x-www-form-urlencoded"));
    return networkRequest;
}

void HttpClient::schedule()
{
    if (m_scheduling)
        return;
    m_scheduling = true;
    const qint64 now = m_clock.monotonicMs();
    qint64 wakeInMs = -1;
    const auto wakeAt = [&](qint64 delay) {
        wakeInMs = wakeInMs < 0 ? delay : std::min(wakeInMs, delay);
    };
    bool quotaBlocked = false;
    for (auto it = m_queued.begin(); it != m_queued.end();) {
        Job &job = **it;
        if (job.hasContext && !job.context) {
            it = m_queued.erase(it); // nobody is waiting for the answer: do not spend quota on it
            continue;
        }
        if (job.notBeforeMs > now) {
            wakeAt(job.notBeforeMs - now);
            ++it;
            continue;
        }
        if (m_runningPerHost.value(job.hostKey) >= m_options.maxConnectionsPerHost) {
            ++it; // a finishing reply calls schedule() again
            continue;
        }
        if (job.request.rateLimited) {
            // Requests that count against the quota leave in the order they were queued.
            if (quotaBlocked) {
                ++it;
                continue;
            }
            const qint64 delay = m_limiter.delayMs(now);
            if (delay > 0) {
                quotaBlocked = true;
                wakeAt(delay);
                ++it;
                continue;
            }
            m_limiter.recordSend(now);
        }
        auto owned = std::move(*it);
        it = m_queued.erase(it);
        Job *raw = owned.get();
        m_running.push_back(std::move(owned));
        start(*raw);
    }
    if (wakeInMs >= 0)
        m_wakeTimer.start(static_cast<int>(std::min<qint64>(wakeInMs, 24 * 3600 * 1000)));
    m_scheduling = false;
}

void HttpClient::start(Job &job)
{
    ++job.attempts;
    ++m_stats.sent;
    if (job.request.rateLimited)
        ++m_stats.rateLimitedSent;
    m_stats.maxQueueDelayMs =
        std::max(m_stats.maxQueueDelayMs, m_clock.monotonicMs() - job.queuedAtMs);
    m_runningPerHost[job.hostKey] += 1;

    const QNetworkRequest networkRequest = networkRequestFor(job.request, job.url);
    QNetworkReply *reply = job.request.method == ApiRequest::Method::Post
                               ? m_network.post(networkRequest, job.request.formBody)
                               : m_network.get(networkRequest);
    job.reply = reply;
    qCDebug(lcApi) << "->" << job.url.path() << "attempt" << job.attempts;

    Job *jobPtr = &job;
    const qint64 cap = m_options.maxBodyBytes;
    const auto abortIfTooLarge = [reply, jobPtr, cap](qint64 size) {
        if (size > cap && !jobPtr->tooLarge) {
            jobPtr->tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, abortIfTooLarge] {
        abortIfTooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::readyRead, this,
            [reply, abortIfTooLarge] { abortIfTooLarge(reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::finished, this, [this, jobPtr] { onReplyFinished(jobPtr); });
    // The transfer timeout only notices silence; this bounds a slow trickle too.
    QTimer::singleShot(m_options.deadlineMs, reply, [reply, jobPtr] {
        jobPtr->pastDeadline = true;
        reply->abort();
    });
}

std::unique_ptr<HttpClient::Job> HttpClient::takeJob(Job *job)
{
    const auto it = std::find_if(m_running.begin(), m_running.end(),
                                 [job](const auto &owned) { return owned.get() == job; });
    if (it == m_running.end())
        return nullptr;
    auto owned = std::move(*it);
    m_running.erase(it);
    m_runningPerHost[owned->hostKey] -= 1;
    return owned;
}

void HttpClient::onReplyFinished(Job *jobPtr)
{
    std::unique_ptr<Job> job = takeJob(jobPtr);
    if (!job)
        return;
    QNetworkReply *reply = job->reply;
    job->reply = nullptr;
    reply->deleteLater();

    const ApiResponse response = responseFrom(*job, reply);
    m_stats.bodyBytes += response.bytesReceived;
    if (response.isNotModified())
        ++m_stats.notModified;
    qCDebug(lcApi) << "<-" << job->url.path() << response.httpStatus << response.error.code();

    if (response.error.kind() == ApiError::Kind::RateLimited) {
        ++m_stats.tooManyRequests;
        ++m_consecutive429;
        const auto retryAfter = response.error.retryAfterSeconds();
        const qint64 pauseMs =
            retryAfter ? *retryAfter * 1000LL : m_options.retry.ceilingMs(m_consecutive429);
        m_limiter.pauseUntil(m_clock.monotonicMs() + pauseMs);
        qCInfo(lcApi) << "Battle.net answered 429; pausing requests for" << pauseMs << "ms";
        Q_EMIT rateLimitPaused(pauseMs);
    } else if (response.httpStatus > 0) {
        m_consecutive429 = 0;
    }

    const QPointer<HttpClient> self(this);
    if (!retryLater(job, response))
        complete(std::move(job), response);
    if (self) // a callback may have destroyed the client
        schedule();
}

bool HttpClient::retryLater(std::unique_ptr<Job> &job, const ApiResponse &response)
{
    if (!job->request.retryTransient || !response.error.isTransient() ||
        job->attempts >= m_options.retry.maxAttempts)
        return false;
    if (job->hasContext && !job->context)
        return false;
    ++m_stats.retries;
    const qint64 now = m_clock.monotonicMs();
    // A 429 already paused the limiter; other transient failures wait with jitter.
    const qint64 delay = response.error.kind() == ApiError::Kind::RateLimited
                             ? 0
                             : m_options.retry.jitteredDelayMs(job->attempts, m_random);
    job->notBeforeMs = now + delay;
    job->tooLarge = false;
    job->pastDeadline = false;
    qCInfo(lcApi).nospace() << "Retrying " << job->url.path() << " in " << delay << " ms after "
                            << response.error.code() << " (attempt " << job->attempts << ")";
    m_queued.push_front(std::move(job));
    return true;
}

void HttpClient::complete(std::unique_ptr<Job> job, ApiResponse response)
{
    if (job->hasContext && !job->context)
        return;
    if (!job->callback)
        return;
    const Callback callback = std::move(job->callback);
    job.reset();
    callback(response);
}

} // namespace bnet
