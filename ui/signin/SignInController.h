#pragma once

#include "SignInDialog.h"
#include "api/BattleNetApi.h"
#include "api/HttpClient.h"
#include "auth/AuthSession.h"
#include "engine/SyncAccount.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace bnet {
class Settings;
class SignInFlow;
} // namespace bnet

namespace bnet::ui {

struct Problem;

// The desktop app's side of signing in: the stored sign-in (AuthSession over the settings and
// the keychain), the dialog, and Battle.net's authorization-code flow (SignInFlow) with the
// browser. It lives on the UI thread; its network calls are asynchronous and tiny (one token
// answer, one /userinfo parsed on its own small pool), and nothing it does blocks.
class SignInController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInController)

public:
    // Opens an address in the player's browser; false when nothing opened.
    using OpenBrowser = std::function<bool(const QUrl &)>;

    SignInController(Settings &settings, SecretStore &secrets, const Clock &clock,
                     ApiEndpoints endpoints, OpenBrowser openBrowser, QObject *parent = nullptr);
    ~SignInController() override;

    // Reads the stored sign-in from the keychain; ready() follows.
    void load();
    AuthSession &session() { return m_session; }
    // Who syncs: the signed-in account with a user token that is still good.
    std::optional<SyncAccount> account();

    // Shows the sign-in dialog over `parent` (the same one if it is open already).
    void showDialog(QWidget *parent);
    SignInDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // The stored sign-in is known (signed in or not).
    void ready();
    // A sign-in succeeded and is kept; `account` may sync now.
    void signedIn(const bnet::ui::SyncAccount &account);
    // What enrichment may use changed: the API client and the user token.
    void credentialsChanged(const QByteArray &clientId, const QByteArray &clientSecret,
                            const QByteArray &userToken);
    // Something the player should know (sign in again; secrets kept in memory only).
    void problem(const bnet::ui::Problem &problem);

private:
    void start(const SignInDialog::Entry &entry);
    void keep(const UserToken &token, const SignInDialog::Entry &entry, QByteArray secret);
    void announceCredentials();

    Settings &m_settings;
    const Clock &m_clock;
    AuthSession m_session;
    OpenBrowser m_openBrowser;
    QThreadPool m_pool;
    HttpClient m_http;
    BattleNetApi m_api;
    std::unique_ptr<SignInFlow> m_flow;
    QPointer<SignInDialog> m_dialog;
};

} // namespace bnet::ui
