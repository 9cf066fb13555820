#pragma once

#include "ApiEndpoints.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "RateLimiter.h"
#include "RetryPolicy.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QNetworkReply;

namespace bnet {

class Clock;

// The base adapter every Battle.net call goes through: it builds the URL from the configured
// endpoints, adds the bearer token and the locale, caps body sizes, times requests out, keeps
// under the rate limits before sending, retries transient failures with backoff and jitter,
// pauses everything on a 429, and turns every failure into a typed ApiError.
//
// Lives on one thread (the one that created it); send() and the callbacks run there. Network
// I/O is asynchronous: nothing here blocks.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    struct Options
    {
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        int timeoutMs = 15'000;  // without progress
        int deadlineMs = 60'000; // in all, however slowly the answer trickles in
        // Requests in flight per host. Qt opens at most six HTTP/1.1 connections per host and
        // queues the rest inside QNetworkAccessManager; keeping our own count at or under that
        // means a request leaves when the rate limiter says it does.
        int maxConnectionsPerHost = 6;
        int requestsPerSecond = 100;
        int requestsPerHour = 36'000;
        qint64 rateLimitMarginMs = 25;
        RetryPolicy retry;
    };

    struct Stats
    {
        qint64 sent = 0;            // every attempt that went on the wire
        qint64 rateLimitedSent = 0; // of those, the ones counted against the quota
        qint64 tooManyRequests = 0; // 429 answers received
        qint64 notModified = 0;     // 304 answers received
        qint64 retries = 0;
        qint64 bodyBytes = 0;
        qint64 maxQueueDelayMs = 0;
    };

    using Callback = std::function<void(const ApiResponse &)>;

    HttpClient(ApiEndpoints endpoints, Options options, const Clock &clock,
               QObject *parent = nullptr);
    ~HttpClient() override;

    // Queues a request. The callback runs once, on this object's thread, unless `context` is
    // destroyed first or the request is cancelled (then it runs with Kind::Cancelled).
    quint64 send(ApiRequest request, QObject *context, Callback callback);
    void cancel(quint64 requestId);
    void cancelAll();

    const ApiEndpoints &endpoints() const { return m_endpoints; }
    const Options &options() const { return m_options; }
    Stats stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }
    int pendingCount() const;

Q_SIGNALS:
    // Battle.net answered 429; every request waits `pauseMs` before the next is sent.
    void rateLimitPaused(qint64 pauseMs);

private:
    struct Job;

    void schedule();
    void start(Job &job);
    void onReplyFinished(Job *job);
    void complete(std::unique_ptr<Job> job, ApiResponse response);
    bool retryLater(std::unique_ptr<Job> &job, const ApiResponse &response);
    ApiResponse responseFrom(Job &job, QNetworkReply *reply) const;
    QUrl urlFor(const ApiRequest &request) const;
    QNetworkRequest networkRequestFor(const ApiRequest &request, const QUrl &url) const;
    std::unique_ptr<Job> takeJob(Job *job);

    ApiEndpoints m_endpoints;
    Options m_options;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    RateLimiter m_limiter;
    QTimer m_wakeTimer;
    QRandomGenerator m_random;
    std::deque<std::unique_ptr<Job>> m_queued;
    std::deque<std::unique_ptr<Job>> m_running;
    QHash<QString, int> m_runningPerHost;
    quint64 m_nextId = 1;
    int m_consecutive429 = 0;
    bool m_scheduling = false;
    Stats m_stats;
};

} // namespace bnet
