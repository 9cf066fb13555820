// The base adapter against the simulated Battle.net: typed errors for every HTTP failure,
// retries with backoff, 429 pauses, timeouts, size caps, unreachable hosts, rate limits.
#include "CoreHarness.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

namespace {

ApiRequest summaryRequest(const QByteArray &token, const QString &ns = u"profile-us"_s)
{
    ApiRequest request;
    request.path = u"/profile/user/wow"_s;
    request.query.addQueryItem(u"namespace"_s, ns);
    request.bearerToken = token;
    return request;
}

// Sends one request and waits for its answer.
ApiResponse roundTrip(HttpClient &http, const ApiRequest &request)
{
    std::optional<ApiResponse> answer;
    QObject context;
    http.send(request, &context, [&](const ApiResponse &response) { answer = response; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000))
        return {};
    return *answer;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void okAnswerCarriesBodyAndHeaders()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QVERIFY2(response.isOk(), qPrintable(response.error.message()));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.attempts, 1);
        QVERIFY(response.body.contains("wow_accounts"));
        QVERIFY(response.contentType.startsWith("application/json"));
    }

    void httpErrorsAreTyped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<ApiError::Category>("category");
        QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized << ApiError::Category::Auth;
        QTest::newRow("403") << 403 << ApiError::Kind::Forbidden << ApiError::Category::Permanent;
        QTest::newRow("404") << 404 << ApiError::Kind::NotFound << ApiError::Category::Permanent;
        QTest::newRow("418") << 418 << ApiError::Kind::HttpError << ApiError::Category::Permanent;
        QTest::newRow("429") << 429 << ApiError::Kind::RateLimited << ApiError::Category::Transient;
        QTest::newRow("500") << 500 << ApiError::Kind::ServerError << ApiError::Category::Transient;
        QTest::newRow("502") << 502 << ApiError::Kind::ServerError << ApiError::Category::Transient;
        QTest::newRow("503") << 503 << ApiError::Kind::ServerError << ApiError::Category::Transient;
        QTest::newRow("504") << 504 << ApiError::Kind::ServerError << ApiError::Category::Transient;
    }

    void httpErrorsAreTyped()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QFETCH(ApiError::Category, category);
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=%1*"_s.arg(status)));
        ApiRequest request = summaryRequest(harness.userToken());
        request.retryTransient = false;
        const ApiResponse response = roundTrip(harness.http(), request);
        QCOMPARE(response.error.kind(), kind);
        QCOMPARE(response.error.category(), category);
        QCOMPARE(response.httpStatus, status);
        QCOMPARE(response.attempts, 1);
        QVERIFY2(response.error.message().contains(u"/profile/user/wow"_s),
                 qPrintable(response.error.message()));
        QVERIFY(response.error.message().contains(QString::number(status)));
    }

    void transientErrorsAreRetriedWithBackoff()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=503,502,ok"_s));
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QVERIFY2(response.isOk(), qPrintable(response.error.message()));
        QCOMPARE(response.attempts, 3);
        QCOMPARE(harness.http().stats().retries, 2);
    }

    void retriesGiveUpAfterTheLastAttempt()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=500*"_s));
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QCOMPARE(response.error.kind(), ApiError::Kind::ServerError);
        QCOMPARE(response.attempts, CoreHarness::fastRetries().retry.maxAttempts);
    }

    void permanentErrorsAreNotRetried()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=403*"_s));
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QCOMPARE(response.error.kind(), ApiError::Kind::Forbidden);
        QCOMPARE(response.attempts, 1);
    }

    void tooManyRequestsPausesForRetryAfter()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=429:1,ok"_s));
        QSignalSpy paused(&harness.http(), &HttpClient::rateLimitPaused);
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QVERIFY2(response.isOk(), qPrintable(response.error.message()));
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.at(0).at(0).toLongLong(), 1000);
        QCOMPARE(harness.http().stats().tooManyRequests, 1);
        QCOMPARE(response.attempts, 2);
    }

    void tooManyRequestsWithoutRetryAfterBacksOff()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=429,429,ok"_s));
        QSignalSpy paused(&harness.http(), &HttpClient::rateLimitPaused);
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QVERIFY2(response.isOk(), qPrintable(response.error.message()));
        QCOMPARE(paused.size(), 2);
        const auto policy = CoreHarness::fastRetries().retry;
        QCOMPARE(paused.at(0).at(0).toLongLong(), policy.ceilingMs(1));
        QCOMPARE(paused.at(1).at(0).toLongLong(), policy.ceilingMs(2));
    }

    void truncatedBodyIsANetworkError()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=truncate*"_s));
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QCOMPARE(response.error.kind(), ApiError::Kind::Network);
        QVERIFY2(response.error.message().contains(u"broke"_s),
                 qPrintable(response.error.message()));
    }

    void droppedConnectionIsANetworkError()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=drop*"_s));
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QCOMPARE(response.error.kind(), ApiError::Kind::Network);
        QVERIFY(response.error.isTransient());
    }

    void stallTimesOut()
    {
        HttpClient::Options options = CoreHarness::fastRetries();
        options.timeoutMs = 300;
        options.retry.maxAttempts = 2;
        CoreHarness harness(bnetsim::SimulatorData::demo(), {}, options);
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=stall*"_s));
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QCOMPARE(response.error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(response.attempts, 2);
        QVERIFY(response.error.message().contains(u"did not answer"_s));
    }

    void aTrickleHitsTheDeadline()
    {
        HttpClient::Options options = CoreHarness::fastRetries();
        options.timeoutMs = 5000; // never reached: a byte comes every 100 ms
        options.deadlineMs = 800;
        options.retry.maxAttempts = 1;
        CoreHarness harness(bnetsim::SimulatorData::demo(), {}, options);
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=trickle*"_s));
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QVERIFY2(response.error.kind() == ApiError::Kind::Timeout,
                 qPrintable(response.error.message()));
        QVERIFY2(response.error.message().contains(u"longer than"_s),
                 qPrintable(response.error.message()));
    }

    void oversizedBodyIsRefused()
    {
        HttpClient::Options options = CoreHarness::fastRetries();
        options.maxBodyBytes = 1024 * 1024;
        CoreHarness harness(bnetsim::SimulatorData::demo(), {}, options);
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=huge*"_s));
        const ApiResponse response = roundTrip(harness.http(), summaryRequest(harness.userToken()));
        QCOMPARE(response.error.kind(), ApiError::Kind::BodyTooLarge);
        QCOMPARE(response.attempts, 1);
        QVERIFY(response.body.isEmpty());
    }

    void unreachableHostIsANetworkError()
    {
        // A port nobody listens on: bind one, note it, close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SystemClock clock;
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(port);
        HttpClient http(ApiEndpoints::singleHost(url), CoreHarness::fastRetries(), clock);
        const ApiResponse response = roundTrip(http, summaryRequest("token"));
        QCOMPARE(response.error.kind(), ApiError::Kind::Network);
        QVERIFY2(response.error.message().contains(u"127.0.0.1"_s),
                 qPrintable(response.error.message()));
        QCOMPARE(response.attempts, CoreHarness::fastRetries().retry.maxAttempts);
    }

    void staysUnderTheRateLimit()
    {
        bnetsim::SimulatedBattleNet::Options simulatorOptions;
        simulatorOptions.requestsPerSecond = 20;
        simulatorOptions.latencyMs = 5;
        HttpClient::Options options = CoreHarness::fastRetries();
        options.requestsPerSecond = 20;
        // Client and server share two busy cores here: allow for delivery jitter well beyond
        // the production margin (bench_enrichment measures that one under realistic load).
        options.rateLimitMarginMs = 150;
        CoreHarness harness(bnetsim::SimulatorData::demo(), simulatorOptions, options);
        QVERIFY(harness.isReady());
        int answered = 0;
        int failed = 0;
        QObject context;
        for (int i = 0; i < 50; ++i) {
            harness.http().send(summaryRequest(harness.userToken()), &context,
                                [&](const ApiResponse &response) {
                                    ++answered;
                                    failed += response.isOk() ? 0 : 1;
                                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 50, 20'000);
        QCOMPARE(failed, 0);
        QCOMPARE(harness.simulator().counters().tooManyRequests, 0);
        QCOMPARE(harness.http().stats().rateLimitedSent, 50);
    }

    void cancelledRequestsReportCancelled()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/user/wow*=stall*"_s));
        QList<ApiError::Kind> kinds;
        QObject context;
        for (int i = 0; i < 8; ++i) // more than the six that may run: some are still queued
            harness.http().send(
                summaryRequest(harness.userToken()), &context,
                [&](const ApiResponse &response) { kinds.append(response.error.kind()); });
        // Six reach the (stalled) server; two wait in our queue.
        QTRY_COMPARE(harness.simulator().counters().requests, 6);
        QCOMPARE(harness.http().pendingCount(), 8);
        harness.http().cancelAll();
        QTRY_COMPARE(kinds.size(), 8);
        for (ApiError::Kind kind : std::as_const(kinds))
            QCOMPARE(kind, ApiError::Kind::Cancelled);
    }

    void destroyedContextGetsNoCallback()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        bool called = false;
        auto context = std::make_unique<QObject>();
        harness.http().send(summaryRequest(harness.userToken()), context.get(),
                            [&](const ApiResponse &) { called = true; });
        context.reset();
        QTRY_COMPARE(harness.http().pendingCount(), 0);
        QVERIFY(!called);
    }

    void summaryAsksForTheLocale()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ApiEndpoints endpoints = harness.http().endpoints();
        endpoints.locale = u"de_DE"_s;
        HttpClient german(endpoints, CoreHarness::fastRetries(), harness.clock());
        QThreadPool pool;
        BattleNetApi api(german, pool);
        std::optional<ParseResult<AccountSummary>> summary;
        QObject context;
        api.fetchAccountSummary(Region::EU, GameVersion::Retail, harness.userToken(), &context,
                                [&](const auto &result) { summary = result; });
        QTRY_VERIFY(summary.has_value());
        QVERIFY2(summary->isOk(), qPrintable(summary->error.message()));
        bool sawGerman = false;
        for (const Character &c : summary->value.characters)
            sawGerman |= c.className == u"Krieger"_s; // Søren, a warrior
        QVERIFY(sawGerman);
        pool.waitForDone();
    }

    void summaryNotFoundMeansNoCharacters()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        std::optional<ParseResult<AccountSummary>> summary;
        QObject context;
        harness.api().fetchAccountSummary(Region::KR, GameVersion::Retail, harness.userToken(),
                                          &context, [&](const auto &result) { summary = result; });
        QTRY_VERIFY(summary.has_value());
        QVERIFY(summary->isOk());
        QVERIFY(summary->value.characters.isEmpty());
        QCOMPARE(harness.simulator().counters().summaries, 1);
    }

    void malformedSummaryIsAClearError()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"*profile-classic-us*=malformed*"_s));
        std::optional<ParseResult<AccountSummary>> summary;
        QObject context;
        harness.api().fetchAccountSummary(Region::US, GameVersion::Classic, harness.userToken(),
                                          &context, [&](const auto &result) { summary = result; });
        QTRY_VERIFY(summary.has_value());
        QCOMPARE(summary->error.kind(), ApiError::Kind::MalformedBody);
        QVERIFY2(summary->error.message().contains(u"US, Classic"_s),
                 qPrintable(summary->error.message()));
    }

    void chinaIsUnsupportedWithoutTouchingTheNetwork()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        std::optional<ParseResult<AccountSummary>> summary;
        QObject context;
        harness.api().fetchAccountSummary(Region::CN, GameVersion::Retail, harness.userToken(),
                                          &context, [&](const auto &result) { summary = result; });
        QVERIFY(summary.has_value()); // answered at once
        QCOMPARE(summary->error.kind(), ApiError::Kind::Unsupported);
        QVERIFY(summary->error.message().contains(u"China"_s));
        QCOMPARE(harness.http().stats().sent, 0);
    }

    void badTokenIsAnAuthError()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        std::optional<ParseResult<UserInfo>> user;
        QObject context;
        harness.api().fetchUserInfo("not-a-token", &context,
                                    [&](const auto &result) { user = result; });
        QTRY_VERIFY(user.has_value());
        QCOMPARE(user->error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(user->error.category(), ApiError::Category::Auth);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
