#include "SignInFlow.h"

#include "LoopbackReplyHandler.h"
#include "SignInHelp.h"
#include "TokenEndpointAccess.h"
#include "api/BattleNetApi.h"
#include "api/json/TokenResponseParser.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

// 192 random bits from the system's generator. (Qt 6.4 would make 8 characters from a
// time-seeded Mersenne Twister, and reuse them for every sign-in.)
QString randomState()
{
    std::array<quint32, 6> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl endpointUrl(const QUrl &base, const QString &path)
{
    QUrl url(base);
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

// Query values as the reply handler hands them over: percent escapes and '+' still in place.
QString decoded(const QVariant &value)
{
    QByteArray bytes = value.toString().toUtf8();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes).simplified().left(200);
}

} // namespace

SignInFlow::SignInFlow(BattleNetApi &api, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int minutes = std::max(1, m_timeout.interval() / 60'000);
        finish({SignInError::Kind::TimedOut,
                tr("No answer from Battle.net's sign-in page within %n minute(s), so the "
                   "sign-in stopped. Nothing changed; start it again when you are ready.",
                   nullptr, minutes)});
    });
}

SignInFlow::~SignInFlow()
{
    m_running = false; // no signals from a dying object
    releaseListener();
}

SignInError SignInFlow::start(const Request &request)
{
    if (m_running)
        cancel();
    if (request.clientId.isEmpty() || request.clientSecret.isEmpty())
        return {SignInError::Kind::MissingClient,
                tr("No Battle.net API client id and secret yet.\n%1")
                    .arg(signin::howToCreateClient(request.redirectPort))};
    if (!isRegionSupported(request.region))
        return {SignInError::Kind::Unsupported,
                tr("Signing in to the China region is not supported: Battle.net China does not "
                   "accept API clients from other regions. Choose the Americas, Europe, Korea "
                   "or Taiwan.")};

    auto *handler = new LoopbackReplyHandler(request.redirectPort, this);
    if (!handler->isListening()) {
        delete handler;
        return {SignInError::Kind::PortInUse,
                tr("Cannot wait for Battle.net's answer on port %1: another program is using "
                   "it. Close that program, or choose another port in the settings and register "
                   "%2 with your API client.")
                    .arg(request.redirectPort)
                    .arg(signin::redirectUri(request.redirectPort))};
    }
    handler->setCallbackPath(u"callback"_s);
    m_redirectUri = signin::redirectUri(handler->port());

    const QUrl oauthBase = m_api.http().endpoints().oauthUrl;
    const QUrl tokenUrl = endpointUrl(oauthBase, u"/token"_s);
    m_tokenHost = tokenUrl.host();
    auto *access = new TokenEndpointAccess(tokenUrl, request.clientId, request.clientSecret);
    auto *flow = new QOAuth2AuthorizationCodeFlow(access, this);
    access->setParent(flow);
    flow->setReplyHandler(handler);
    flow->setAuthorizationUrl(endpointUrl(oauthBase, u"/authorize"_s));
    flow->setAccessTokenUrl(tokenUrl);
    flow->setClientIdentifier(request.clientId);
    flow->setScope(signin::requestedScope());
    m_state = randomState();
    flow->setState(m_state);
    // Qt 6.4 names the redirect "http://127.0.0.1:PORT/callback"; Battle.net wants the address
    // exactly as registered, and its own guide registers localhost.
    flow->setModifyParametersFunction(
        [redirect = m_redirectUri](QAbstractOAuth::Stage stage,
                                   QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization)
                parameters->replace(u"redirect_uri"_s, redirect);
            else if (stage == QAbstractOAuth::Stage::RequestingAccessToken)
                parameters->replace(u"redirect_uri"_s, QUrl::toPercentEncoding(redirect));
        });
    // Connected before grant(), so the redirect is checked here before Qt's flow sees it.
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &SignInFlow::onCallback);
    connect(handler, &LoopbackReplyHandler::tokenReplyFinished, this, &SignInFlow::onTokenReply);
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this,
            [this](const QUrl &url) { m_authorizeUrl = url; });

    m_handler = handler;
    m_flow = flow;
    m_running = true;
    m_exchanging = false;
    m_authorizeUrl.clear();
    m_timeout.start(std::max(1, request.timeoutSeconds) * 1000);
    flow->grant();
    qCInfo(lcAuth) << "sign-in: waiting for the browser on port" << handler->port();
    Q_EMIT authorizeUrlReady(m_authorizeUrl);
    return {};
}

void SignInFlow::cancel()
{
    finish({SignInError::Kind::Cancelled, tr("Sign-in cancelled. Nothing changed.")});
}

void SignInFlow::onCallback(const QVariantMap &values)
{
    if (!m_running || m_exchanging) {
        if (!m_running)
            setPageText(tr("This sign-in has already ended. Start it again from Battle.net "
                           "Character Sync."));
        return;
    }
    const QString error = decoded(values.value(u"error"_s));
    if (!error.isEmpty()) {
        const QString description = decoded(values.value(u"error_description"_s));
        const SignInError problem =
            error == u"access_denied"_s
                ? SignInError{SignInError::Kind::Denied,
                              tr("You declined the sign-in on Battle.net's page, so nothing "
                                 "changed. To sign in, start again and allow access.")}
                : SignInError{
                      SignInError::Kind::AuthorizeError,
                      tr("Battle.net did not sign you in (%1). Nothing changed; try "
                         "again.")
                          .arg(description.isEmpty() ? error : error + u": "_s + description)};
        setPageText(problem.message());
        finish(problem);
        return;
    }
    const QString state = decoded(values.value(u"state"_s));
    if (state.isEmpty() || state != m_state) {
        const SignInError problem{
            state.isEmpty() ? SignInError::Kind::StateMissing : SignInError::Kind::StateMismatch,
            tr("The answer that reached the app does not belong to the sign-in it started (its "
               "state %1), so it was refused: it may not come from Battle.net. Nothing changed; "
               "sign in again.")
                .arg(state.isEmpty() ? tr("is missing") : tr("does not match"))};
        setPageText(problem.message());
        finish(problem);
        return;
    }
    if (decoded(values.value(u"code"_s)).isEmpty()) {
        const SignInError problem{SignInError::Kind::NoCode,
                                  tr("Battle.net's answer carried no sign-in code. Nothing "
                                     "changed; sign in again.")};
        setPageText(problem.message());
        finish(problem);
        return;
    }
    // Qt's flow exchanges the code next; the answer arrives in onTokenReply.
    m_exchanging = true;
    setPageText(tr("Battle.net Character Sync received your sign-in. You can close this tab and "
                   "go back to the app."));
}

void SignInFlow::onTokenReply(int httpStatus, const QByteArray &body,
                              QNetworkReply::NetworkError networkError, const QString &errorText)
{
    if (!m_running)
        return;
    if (networkError != QNetworkReply::NoError) {
        const QString why = networkError == QNetworkReply::OperationCanceledError
                                ? tr("no answer within 30 seconds")
                                : errorText;
        finish({SignInError::Kind::Network,
                tr("Could not reach Battle.net's sign-in service at %1: %2. Nothing changed; "
                   "check the connection and sign in again.")
                    .arg(m_tokenHost, why)});
        return;
    }
    const ParseResult<TokenResponse> parsed = parseTokenResponse(httpStatus, body);
    if (!parsed.isOk()) {
        const SignInError::Kind kind =
            parsed.error.kind() == ApiError::Kind::MalformedBody ? SignInError::Kind::TokenMalformed
            : parsed.error.isTransient()                         ? SignInError::Kind::Network
                                                                 : SignInError::Kind::TokenRefused;
        finish(
            {kind,
             tr("The sign-in did not complete: %1. Nothing changed.").arg(parsed.error.message())});
        return;
    }
    UserToken token;
    token.accessToken = parsed.value.accessToken;
    token.expiresAt = m_clock.nowUtc().addSecs(parsed.value.expiresInSeconds);
    token.scopes = parsed.value.scopeGiven
                       ? parsed.value.scopes
                       : signin::requestedScope().split(u' ', Qt::SkipEmptyParts);
    if (!token.hasScope(signin::wowProfileScope())) {
        finish({SignInError::Kind::ScopeMissing,
                tr("You signed in, but World of Warcraft was unticked on Battle.net's consent "
                   "page, so the app may not read your characters. Nothing changed. Sign in "
                   "again and leave World of Warcraft ticked.")});
        return;
    }
    identify(token);
}

void SignInFlow::identify(UserToken token)
{
    m_api.fetchUserInfo(
        token.accessToken, this, [this, token](const ParseResult<UserInfo> &result) mutable {
            if (!m_running)
                return;
            if (!result.isOk()) {
                finish({result.error.isTransient() ? SignInError::Kind::Network
                                                   : SignInError::Kind::AccountUnknown,
                        tr("%1. Nothing changed; sign in again.").arg(result.error.message())});
                return;
            }
            token.accountId = result.value.accountId;
            token.battleTag = result.value.battleTag;
            finish({}, token);
        });
}

void SignInFlow::finish(const SignInError &error, const UserToken &token)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    releaseListener();
    if (m_flow)
        m_flow->deleteLater(); // with its network access; an exchange in flight is aborted
    if (error.isError()) {
        qCInfo(lcAuth) << "sign-in failed:" << error.code();
        Q_EMIT failed(error);
    } else {
        qCInfo(lcAuth) << "sign-in complete for account" << token.accountId;
        Q_EMIT succeeded(token);
    }
}

void SignInFlow::releaseListener()
{
    LoopbackReplyHandler *handler = m_handler.data();
    if (!handler)
        return;
    m_handler.clear();
    disconnect(handler, nullptr, this, nullptr);
    handler->close(); // the port is free again at once
    // The page for the browser may still be leaving the handler's socket: let it go first.
    handler->setParent(nullptr);
    QTimer::singleShot(2000, handler, &QObject::deleteLater);
}

void SignInFlow::setPageText(const QString &text)
{
    if (m_handler)
        m_handler->setCallbackText(text.toHtmlEscaped());
}

} // namespace bnet
