#include "SignInController.h"

#include "auth/SignInFlow.h"
#include "settings/Settings.h"
#include "sync/SyncController.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace bnet::ui {

SignInController::SignInController(Settings &settings, SecretStore &secrets, const Clock &clock,
                                   ApiEndpoints endpoints, OpenBrowser openBrowser, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_session(settings, secrets, clock)
    , m_openBrowser(std::move(openBrowser))
    , m_http(std::move(endpoints), {}, clock)
    , m_api(m_http, m_pool)
{
    qRegisterMetaType<Problem>();
    qRegisterMetaType<SyncAccount>();
    m_pool.setMaxThreadCount(1);
    connect(&m_session, &AuthSession::loaded, this, [this] {
        announceCredentials();
        Q_EMIT ready();
    });
    connect(&m_session, &AuthSession::signInRequired, this, [this](const QString &reason) {
        Q_EMIT problem({Problem::Severity::Warning, reason, Problem::Action::SignIn});
    });
    connect(&m_session, &AuthSession::secretsInMemoryOnly, this, [this](const QString &reason) {
        Q_EMIT problem({Problem::Severity::Warning, reason, Problem::Action::None});
    });
}

SignInController::~SignInController()
{
    if (m_flow)
        m_flow->cancel();
    m_flow.reset();
    m_pool.waitForDone();
}

void SignInController::load()
{
    m_session.load();
}

std::optional<SyncAccount> SignInController::account()
{
    if (m_session.state() != AuthSession::State::SignedIn)
        return std::nullopt;
    const auto token = m_session.userTokenForList();
    if (!token.isOk())
        return std::nullopt;
    SyncAccount account;
    account.battleNetId = m_session.accountId();
    account.battleTag = m_session.battleTag();
    account.userToken = token.value;
    account.regions = m_settings.regions();
    account.versions = m_settings.gameVersions();
    return account;
}

void SignInController::announceCredentials()
{
    const auto token = m_session.userTokenForList();
    Q_EMIT credentialsChanged(m_session.clientId().toUtf8(), m_session.clientSecret(),
                              token.isOk() ? token.value : QByteArray());
}

void SignInController::showDialog(QWidget *parent)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_settings.redirectPort(), parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SignInDialog::signInRequested, this, &SignInController::start);
        connect(m_dialog, &SignInDialog::cancelRequested, this, [this] {
            if (m_flow)
                m_flow->cancel();
        });
    }
    m_dialog->setKnown(m_session.clientId(), !m_session.clientSecret().isEmpty(),
                       m_settings.signInRegion());
    m_dialog->open();
    m_dialog->raise();
}

void SignInController::start(const SignInDialog::Entry &entry)
{
    const QByteArray secret = entry.clientSecret.isEmpty() && entry.clientId == m_session.clientId()
                                  ? m_session.clientSecret()
                                  : entry.clientSecret;
    m_flow = std::make_unique<SignInFlow>(m_api, m_clock);
    SignInFlow *flow = m_flow.get();
    connect(flow, &SignInFlow::authorizeUrlReady, this, [this](const QUrl &url) {
        const bool opened = m_openBrowser && m_openBrowser(url);
        if (m_dialog)
            m_dialog->showWaiting(url, opened);
    });
    connect(flow, &SignInFlow::failed, this, [this](const SignInError &error) {
        if (m_dialog)
            m_dialog->showError(error.message());
        m_flow.release()->deleteLater(); // we are inside one of its signals
    });
    connect(flow, &SignInFlow::succeeded, this, [this, entry, secret](const UserToken &token) {
        m_flow.release()->deleteLater();
        keep(token, entry, secret);
    });
    SignInFlow::Request request;
    request.clientId = entry.clientId;
    request.clientSecret = secret;
    request.region = entry.region;
    request.redirectPort = m_settings.redirectPort();
    if (const SignInError error = flow->start(request); error.isError()) {
        m_flow.reset();
        if (m_dialog)
            m_dialog->showError(error.message());
    }
}

void SignInController::keep(const UserToken &token, const SignInDialog::Entry &entry,
                            QByteArray secret)
{
    // The client first, then the sign-in; each keeps the previous one when it cannot be kept.
    m_session.setClientCredentials(
        entry.clientId, secret, [this, token, entry](const AuthSession::Outcome &client) {
            if (!client.settingsError.isEmpty()) {
                if (m_dialog)
                    m_dialog->showError(client.settingsError);
                return;
            }
            m_settings.setValue(Settings::Key::SignInRegion, regionCode(entry.region));
            m_session.adopt(token, [this](const AuthSession::Outcome &adopted) {
                if (!adopted.settingsError.isEmpty()) {
                    if (m_dialog)
                        m_dialog->showError(adopted.settingsError);
                    return;
                }
                if (m_dialog)
                    m_dialog->accept(); // it deletes itself; the next sign-in gets a fresh one
                m_dialog = nullptr;
                announceCredentials();
                if (const auto signedInAccount = account())
                    Q_EMIT signedIn(*signedInAccount);
            });
        });
}

} // namespace bnet::ui
