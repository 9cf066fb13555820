// The whole sign-in against the simulated Battle.net with no browser: a network client opens
// the authorize address and follows the redirect into the app's loopback port, as a browser
// would. Success, every way it can go wrong, and that a failed sign-in leaves the previous one
// exactly as it was. Then the token's life: expired means "sign in again", while public data
// (enrichment) still works with the client-credentials token.
#include "CoreHarness.h"
#include "FakeBrowser.h"
#include "FakeSecretBackend.h"
#include "auth/AuthSession.h"
#include "auth/SignInFlow.h"
#include "settings/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace bnet;
using namespace Qt::StringLiterals;

using Behaviour = bnetsim::SimulatedBattleNet::AuthorizeBehaviour;
Q_DECLARE_METATYPE(Behaviour)
Q_DECLARE_METATYPE(bnet::SignInError::Kind)
Q_DECLARE_METATYPE(bnet::Region)

namespace {

struct Attempt
{
    SignInError startError;
    BrowserVisit visit;
    std::optional<UserToken> token;
    std::optional<SignInError> error;
};

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static SignInFlow::Request demoRequest()
    {
        SignInFlow::Request request;
        request.clientId = u"demo-client"_s;
        request.clientSecret = "demo-secret";
        request.redirectPort = 0;
        return request;
    }

    // Starts a sign-in, lets the "browser" answer, waits for the outcome.
    static Attempt signIn(SignInFlow &flow, const SignInFlow::Request &request = demoRequest())
    {
        Attempt attempt;
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        attempt.startError = flow.start(request);
        if (attempt.startError.isError())
            return attempt;
        attempt.visit = visitInBrowser(flow.authorizeUrl());
        const bool over =
            QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 15'000);
        if (!over)
            qWarning("the sign-in neither succeeded nor failed");
        if (!succeeded.isEmpty())
            attempt.token = succeeded.at(0).at(0).value<UserToken>();
        if (!failed.isEmpty())
            attempt.error = failed.at(0).at(0).value<SignInError>();
        return attempt;
    }

    // A session that was signed in before, to prove a failed attempt leaves it alone.
    struct PreviousSignIn
    {
        PreviousSignIn(const QString &file, const Clock &clock)
            : settings(file)
            , store(std::make_unique<FakeSecretBackend>(keychain))
            , session(settings, store, clock)
        {}
        std::shared_ptr<FakeKeychain> keychain = std::make_shared<FakeKeychain>();
        Settings settings;
        SecretStore store;
        AuthSession session;
        QHash<QString, QByteArray> entriesBefore;
        QByteArray settingsBefore;
    };

    std::unique_ptr<PreviousSignIn> previousSignIn(const Clock &clock)
    {
        static int count = 0;
        auto previous =
            std::make_unique<PreviousSignIn>(m_dir.filePath(u"s%1.ini"_s.arg(++count)), clock);
        UserToken token;
        token.accessToken = "previous-token";
        token.expiresAt = clock.nowUtc().addSecs(3600);
        token.scopes = {u"wow.profile"_s};
        token.accountId = 424242;
        token.battleTag = u"Demo#1234"_s;
        bool done = false;
        previous->session.adopt(token, [&](const AuthSession::Outcome &) { done = true; });
        [&] { QTRY_VERIFY(done); }();
        previous->entriesBefore = previous->keychain->entries;
        QFile file(previous->settings.filePath());
        if (file.open(QIODevice::ReadOnly))
            previous->settingsBefore = file.readAll();
        return previous;
    }

    static void verifyUnchanged(PreviousSignIn &previous)
    {
        QCOMPARE(previous.session.state(), AuthSession::State::SignedIn);
        QCOMPARE(previous.session.userTokenForList().value, QByteArray("previous-token"));
        QCOMPARE(previous.keychain->entries, previous.entriesBefore);
        QFile file(previous.settings.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous.settingsBefore);
    }

    // What the app does with an outcome: keep a success, ignore a failure.
    static void wire(SignInFlow &flow, AuthSession &session)
    {
        QObject::connect(&flow, &SignInFlow::succeeded, &session,
                         [&session](const UserToken &token) {
                             session.adopt(token, [](const AuthSession::Outcome &) {});
                         });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void success()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        SignInFlow flow(harness.api(), clock);
        QSignalSpy urlReady(&flow, &SignInFlow::authorizeUrlReady);
        const Attempt attempt = signIn(flow);
        QVERIFY2(!attempt.startError.isError(), qPrintable(attempt.startError.message()));
        QCOMPARE(urlReady.size(), 1);

        // The authorize address: Battle.net's /authorize on the configured OAuth host.
        const QUrl authorize = flow.authorizeUrl();
        QCOMPARE(authorize.host(), harness.simulator().baseUrl().host());
        QCOMPARE(authorize.path(), u"/authorize"_s);
        const QUrlQuery query(authorize);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"client_id"_s), u"demo-client"_s);
        QVERIFY(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded)
                    .split(u' ')
                    .contains(u"wow.profile"_s));
        QVERIFY(query.queryItemValue(u"state"_s).size() >= 32);
        QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), flow.redirectUri());
        QVERIFY(flow.redirectUri().startsWith(u"http://localhost:"_s));
        QVERIFY(flow.redirectUri().endsWith(u"/callback"_s));
        QVERIFY(!query.hasQueryItem(u"client_secret"_s));

        // The browser landed on the loopback port and was told it may close the tab.
        QVERIFY(attempt.visit.finished);
        QCOMPARE(attempt.visit.status, 200);
        QVERIFY2(attempt.visit.page.contains("You can close this tab"),
                 attempt.visit.page.constData());
        QCOMPARE(attempt.visit.landedOn.port(), QUrl(flow.redirectUri()).port());

        QVERIFY2(attempt.token, attempt.error ? qPrintable(attempt.error->message()) : "none");
        QCOMPARE(attempt.token->accountId, 424242);
        QCOMPARE(attempt.token->battleTag, u"Demo#1234"_s);
        QVERIFY(attempt.token->hasScope(u"wow.profile"_s));
        QCOMPARE(attempt.token->expiresAt, clock.nowUtc().addSecs(86'399));
        QCOMPARE(harness.simulator().counters().codeGrants, 1);

        // The token reads the character list.
        QSignalSpy finished(&harness.listSync(), &CharacterListSync::finished);
        QVERIFY(harness.listSync().start(
            {attempt.token->accessToken, {Region::US, Region::EU}, allGameVersions()}));
        QVERIFY(finished.wait(30'000));
        const auto result = finished.at(0).at(0).value<ListSyncResult>();
        QVERIFY2(result.isOk(), qPrintable(result.fatalError.message()));
        QCOMPARE(result.activeCharacterRowIds.size(), 15);

        // The port is free again once the sign-in is over.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, quint16(QUrl(flow.redirectUri()).port())));
    }

    void successIsKeptByTheSession()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        Settings settings(m_dir.filePath(u"kept.ini"_s));
        auto keychain = std::make_shared<FakeKeychain>();
        SecretStore store(std::make_unique<FakeSecretBackend>(keychain));
        AuthSession session(settings, store, clock);
        SignInFlow flow(harness.api(), clock);
        wire(flow, session);
        QVERIFY(signIn(flow).token);
        QTRY_COMPARE(session.state(), AuthSession::State::SignedIn);
        QCOMPARE(settings.accountId(), 424242);
        QCOMPARE(settings.battleTag(), u"Demo#1234"_s);
        QVERIFY(keychain->entries.contains(u"user-token/424242"_s));
    }

    void refusedRedirects_data()
    {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<SignInError::Kind>("kind");
        QTest::addColumn<QString>("says");
        QTest::addColumn<qint64>("codeGrants");
        QTest::newRow("wrong state") << Behaviour::WrongState << SignInError::Kind::StateMismatch
                                     << u"refused"_s << qint64(0);
        QTest::newRow("missing state") << Behaviour::MissingState << SignInError::Kind::StateMissing
                                       << u"refused"_s << qint64(0);
        QTest::newRow("consent denied")
            << Behaviour::Deny << SignInError::Kind::Denied << u"You declined"_s << qint64(0);
        QTest::newRow("wow.profile unticked")
            << Behaviour::NoWowProfile << SignInError::Kind::ScopeMissing
            << u"World of Warcraft was unticked"_s << qint64(1);
    }

    void refusedRedirects()
    {
        QFETCH(Behaviour, behaviour);
        QFETCH(SignInError::Kind, kind);
        QFETCH(QString, says);
        QFETCH(qint64, codeGrants);
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        auto previous = previousSignIn(clock);
        harness.simulator().setAuthorizeBehaviour(behaviour);
        SignInFlow flow(harness.api(), clock);
        wire(flow, previous->session);
        const Attempt attempt = signIn(flow);
        QVERIFY(!attempt.token);
        QVERIFY(attempt.error);
        QCOMPARE(attempt.error->kind(), kind);
        QVERIFY2(attempt.error->message().contains(says), qPrintable(attempt.error->message()));
        QVERIFY2(attempt.error->message().contains(u"Nothing changed"_s) ||
                     attempt.error->message().contains(u"nothing changed"_s),
                 qPrintable(attempt.error->message()));
        QCOMPARE(harness.simulator().counters().codeGrants, codeGrants);
        if (behaviour != Behaviour::NoWowProfile) {
            // The browser page says the same, not "you are signed in".
            QVERIFY2(!attempt.visit.page.contains("received your sign-in"),
                     attempt.visit.page.constData());
        }
        verifyUnchanged(*previous);
    }

    void tokenEndpointProblems_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<SignInError::Kind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("server error") << u"/token=503"_s << QByteArray("demo-secret")
                                      << SignInError::Kind::Network << u"server error"_s;
        QTest::newRow("wrong client secret")
            << QString() << QByteArray("not-the-secret") << SignInError::Kind::TokenRefused
            << u"client id or secret"_s;
        QTest::newRow("malformed answer") << u"/token=malformed"_s << QByteArray("demo-secret")
                                          << SignInError::Kind::TokenMalformed << u"malformed"_s;
        QTest::newRow("truncated answer") << u"/token=truncate"_s << QByteArray("demo-secret")
                                          << SignInError::Kind::Network << u"Could not reach"_s;
        QTest::newRow("connection dropped") << u"/token=drop*"_s << QByteArray("demo-secret")
                                            << SignInError::Kind::Network << u"Could not reach"_s;
        QTest::newRow("userinfo refused")
            << u"/userinfo=401"_s << QByteArray("demo-secret") << SignInError::Kind::AccountUnknown
            << u"Could not identify"_s;
    }

    void tokenEndpointProblems()
    {
        QFETCH(QString, fault);
        QFETCH(QByteArray, secret);
        QFETCH(SignInError::Kind, kind);
        QFETCH(QString, says);
        CoreHarness harness;
        QVERIFY(harness.isReady());
        if (!fault.isEmpty())
            QVERIFY(harness.simulator().addFault(fault));
        ManualClock clock;
        auto previous = previousSignIn(clock);
        SignInFlow flow(harness.api(), clock);
        wire(flow, previous->session);
        SignInFlow::Request request = demoRequest();
        request.clientSecret = secret;
        const Attempt attempt = signIn(flow, request);
        QVERIFY(!attempt.token);
        QVERIFY(attempt.error);
        QCOMPARE(attempt.error->kind(), kind);
        QVERIFY2(attempt.error->message().contains(says), qPrintable(attempt.error->message()));
        QVERIFY(!attempt.error->message().contains(QString::fromLatin1(secret)));
        verifyUnchanged(*previous);
    }

    void portAlreadyTaken()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        ManualClock clock;
        auto previous = previousSignIn(clock);
        SignInFlow flow(harness.api(), clock);
        QSignalSpy urlReady(&flow, &SignInFlow::authorizeUrlReady);
        SignInFlow::Request request = demoRequest();
        request.redirectPort = squatter.serverPort();
        const SignInError error = flow.start(request);
        QCOMPARE(error.kind(), SignInError::Kind::PortInUse);
        QVERIFY2(error.message().contains(QString::number(squatter.serverPort())) &&
                     error.message().contains(u"another program"_s),
                 qPrintable(error.message()));
        QVERIFY(!flow.isRunning());
        QCOMPARE(urlReady.size(), 0);
        verifyUnchanged(*previous);
    }

    void cancelled()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        auto previous = previousSignIn(clock);
        SignInFlow flow(harness.api(), clock);
        wire(flow, previous->session);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        QVERIFY(!flow.start(demoRequest()).isError());
        const quint16 port = quint16(QUrl(flow.redirectUri()).port());
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<SignInError>().kind(), SignInError::Kind::Cancelled);
        // The player comes back to the browser afterwards: refused, and the port is closed.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, port));
        probe.close();
        const BrowserVisit late = visitInBrowser(flow.authorizeUrl());
        QVERIFY(late.error != QNetworkReply::NoError);
        QCOMPARE(failed.size(), 1);
        verifyUnchanged(*previous);
    }

    void timedOut()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        SignInFlow flow(harness.api(), clock);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        SignInFlow::Request request = demoRequest();
        request.timeoutSeconds = 1;
        QVERIFY(!flow.start(request).isError());
        QVERIFY(failed.wait(5000));
        const auto error = failed.at(0).at(0).value<SignInError>();
        QCOMPARE(error.kind(), SignInError::Kind::TimedOut);
        QVERIFY(error.message().contains(u"No answer"_s));
    }

    void cannotStart_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<Region>("region");
        QTest::addColumn<SignInError::Kind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("no client id")
            << QString() << QByteArray("s") << Region::EU << SignInError::Kind::MissingClient
            << u"https://develop.battle.net/access/clients"_s;
        QTest::newRow("no secret") << u"id"_s << QByteArray() << Region::EU
                                   << SignInError::Kind::MissingClient << u"redirect URL"_s;
        QTest::newRow("China") << u"id"_s << QByteArray("s") << Region::CN
                               << SignInError::Kind::Unsupported << u"not supported"_s;
    }

    void cannotStart()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(Region, region);
        QFETCH(SignInError::Kind, kind);
        QFETCH(QString, says);
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        SignInFlow flow(harness.api(), clock);
        SignInFlow::Request request = demoRequest();
        request.clientId = clientId;
        request.clientSecret = secret;
        request.region = region;
        const SignInError error = flow.start(request);
        QCOMPARE(error.kind(), kind);
        QVERIFY2(error.message().contains(says), qPrintable(error.message()));
        QVERIFY(!flow.isRunning());
    }

    void eachSignInHasItsOwnState()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        SignInFlow flow(harness.api(), clock);
        QVERIFY(!flow.start(demoRequest()).isError());
        const QString first = QUrlQuery(flow.authorizeUrl()).queryItemValue(u"state"_s);
        flow.cancel();
        QVERIFY(!flow.start(demoRequest()).isError());
        const QString second = QUrlQuery(flow.authorizeUrl()).queryItemValue(u"state"_s);
        QVERIFY(first != second);
    }

    void expiredTokenAsksForASignInWhileEnrichmentGoesOn()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        Settings settings(m_dir.filePath(u"expiry.ini"_s));
        SecretStore store(std::make_unique<FakeSecretBackend>(std::make_shared<FakeKeychain>()));
        AuthSession session(settings, store, clock);
        bool stored = false;
        session.setClientCredentials(u"demo-client"_s, "demo-secret",
                                     [&](const AuthSession::Outcome &) { stored = true; });
        QTRY_VERIFY(stored);
        SignInFlow flow(harness.api(), clock);
        wire(flow, session);
        QVERIFY(signIn(flow).token);
        QTRY_COMPARE(session.state(), AuthSession::State::SignedIn);
        QVERIFY(session.userTokenForList().isOk());

        QSignalSpy required(&session, &AuthSession::signInRequired);
        clock.advance(24 * 3600 * 1000LL);
        const auto forList = session.userTokenForList();
        QVERIFY(!forList.isOk());
        QCOMPARE(forList.error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY2(forList.error.message().contains(u"Sign in again"_s),
                 qPrintable(forList.error.message()));
        QCOMPARE(required.size(), 1);

        // Enrichment reads public data with a client-credentials token from the same client.
        QVERIFY(session.hasClientCredentials());
        ApiRequest tokenRequest;
        tokenRequest.host = ApiRequest::Host::OAuth;
        tokenRequest.method = ApiRequest::Method::Post;
        tokenRequest.path = u"/token"_s;
        tokenRequest.basicUser = session.clientId().toUtf8();
        tokenRequest.basicPassword = session.clientSecret();
        tokenRequest.formBody = "grant_type=client_credentials";
        tokenRequest.rateLimited = false;
        tokenRequest.addLocale = false;
        QByteArray clientToken;
        bool answered = false;
        harness.http().send(tokenRequest, this, [&](const ApiResponse &response) {
            answered = true;
            clientToken = QJsonDocument::fromJson(response.body)
                              .object()
                              .value(u"access_token"_s)
                              .toString()
                              .toLatin1();
        });
        QTRY_VERIFY(answered);
        QVERIFY(!clientToken.isEmpty());
        const bnetsim::SimCharacter character =
            harness.simulator().data().accounts.constFirst().characters.constFirst();
        ApiRequest profile;
        profile.path = BattleNetApi::characterPath(character.realm.slug, character.name);
        profile.region = *regionFromCode(character.region);
        profile.query.addQueryItem(u"namespace"_s, character.profileNamespace());
        profile.bearerToken = clientToken;
        int status = 0;
        harness.http().send(profile, this,
                            [&](const ApiResponse &response) { status = response.httpStatus; });
        QTRY_VERIFY(status != 0);
        QCOMPARE(status, 200);
    }

    void aTokenBattleNetRefusesAsksForASignIn()
    {
        CoreHarness harness;
        QVERIFY(harness.isReady());
        ManualClock clock;
        Settings settings(m_dir.filePath(u"refused.ini"_s));
        SecretStore store(std::make_unique<FakeSecretBackend>(std::make_shared<FakeKeychain>()));
        AuthSession session(settings, store, clock);
        SignInFlow flow(harness.api(), clock);
        wire(flow, session);
        const Attempt attempt = signIn(flow);
        QVERIFY(attempt.token);
        QTRY_COMPARE(session.state(), AuthSession::State::SignedIn);
        harness.simulator().expireToken(QString::fromLatin1(attempt.token->accessToken));

        QSignalSpy required(&session, &AuthSession::signInRequired);
        QSignalSpy finished(&harness.listSync(), &CharacterListSync::finished);
        QVERIFY(harness.listSync().start(
            {session.userTokenForList().value, {Region::US}, {GameVersion::Retail}}));
        QVERIFY(finished.wait(30'000));
        const auto result = finished.at(0).at(0).value<ListSyncResult>();
        QCOMPARE(result.fatalError.kind(), ApiError::Kind::Unauthorized);
        session.userTokenRejected(); // what the app does with a 401 on the list
        QCOMPARE(required.size(), 1);
        QVERIFY(!session.userTokenForList().isOk());
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_sign_in.moc"
