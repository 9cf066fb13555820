#pragma once

#include "SignInError.h"
#include "UserToken.h"
#include "domain/Region.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;

namespace bnet {

class BattleNetApi;
class Clock;
class LoopbackReplyHandler;

// One Battle.net sign-in with the authorization-code flow, through Qt NetworkAuth:
//   start()  listens on the loopback redirect port and prepares Battle.net's authorize address
//            (scope wow.profile, a fresh random state); authorizeUrlReady hands it to whoever
//            opens the browser (the desktop app) or prints it (the CLI);
//   then     the redirect comes back to the loopback port: its state is checked, an error or a
//            refusal is reported; the code is exchanged for a user token at /token with HTTP
//            Basic client credentials; the granted scope must include wow.profile; /userinfo
//            says whose account it is; succeeded() carries the token.
// It changes nothing on its own: whoever receives succeeded() keeps the token (AuthSession), so
// a sign-in that fails in any way leaves the previous one exactly as it was. The base URLs come
// from the API's endpoints (the app's one HTTP seam).
class SignInFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    struct Request
    {
        QString clientId;
        QByteArray clientSecret;
        Region region = Region::US;
        quint16 redirectPort = 47813; // 0: any free port (tests and the simulator only)
        int timeoutSeconds = 300;     // for the player to answer in the browser
    };

    SignInFlow(BattleNetApi &api, const Clock &clock, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Starts a sign-in; authorizeUrlReady fires before this returns. When it cannot start (no
    // client, China, port taken) it returns the error and emits nothing.
    SignInError start(const Request &request);
    // Stops a running sign-in: failed(Cancelled).
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void succeeded(const bnet::UserToken &token);
    void failed(const bnet::SignInError &error);

private:
    void onCallback(const QVariantMap &values);
    void onTokenReply(int httpStatus, const QByteArray &body,
                      QNetworkReply::NetworkError networkError, const QString &errorText);
    void identify(UserToken token);
    void finish(const SignInError &error, const UserToken &token = {});
    void releaseListener();
    void setPageText(const QString &text);

    BattleNetApi &m_api;
    const Clock &m_clock;
    QPointer<LoopbackReplyHandler> m_handler;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QTimer m_timeout;
    QString m_state;
    QString m_redirectUri;
    QUrl m_authorizeUrl;
    QString m_tokenHost;
    bool m_running = false;
    bool m_exchanging = false; // the code was accepted; later redirects are ignored
};

} // namespace bnet
