#pragma once

#include "UserToken.h"
#include "api/ApiError.h"
#include "secrets/SecretStore.h"
#include "util/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace bnet {

class Clock;
class Settings;

// Who is signed in, with which token, until when; and the player's API client. The token and
// the client secret live in the SecretStore (the OS keychain, keyed per app and account:
// "user-token/<account id>", "client-secret/<client id>"), the account's id and BattleTag and
// the client id in the Settings.
//
// A user token lasts 24 hours and cannot be refreshed. When the character list needs one and
// it has expired (or Battle.net refused it), userTokenForList() says "sign in again" and
// signInRequired fires once; enrichment of public data goes on with a client-credentials token
// made from clientId() and clientSecret(), which do not expire.
class AuthSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthSession)

public:
    enum class State {
        Loading,    // load() has not finished
        SignedOut,  // nobody signed in, or the stored sign-in is gone
        SignedIn,   // a user token that is still good
        Expired,    // the token expired or Battle.net refused it: sign in again
        Unreadable, // the keychain could not be read (locked, absent); nothing was changed
    };
    Q_ENUM(State)

    // What a store operation did: where the secret went, and the keychain's complaint if any.
    struct Outcome
    {
        SecretStore::Where where = SecretStore::Where::Nowhere;
        SecretError error;     // for a write that fell back to memory, or a failed removal
        QString settingsError; // the settings file could not be saved
        bool isOk() const { return !error.isError() && settingsError.isEmpty(); }
    };
    using Done = std::function<void(const Outcome &)>;

    // A token is treated as expired this long before Battle.net's deadline, so a list sync
    // never starts with a token that dies halfway.
    static constexpr int expiryMarginSeconds = 60;

    AuthSession(Settings &settings, SecretStore &secrets, const Clock &clock,
                QObject *parent = nullptr);
    ~AuthSession() override;

    static QString userTokenKey(qint64 accountId);
    static QString clientSecretKey(const QString &clientId);

    // Reads the client secret and the signed-in account's token from the keychain; loaded()
    // follows. Reading changes nothing, whatever the keychain says.
    void load();
    State state() const { return m_state; }
    // One sentence for the player about the state ("Signed in as X until Y", "... expired").
    QString stateMessage() const;
    qint64 accountId() const;
    QString battleTag() const;
    QDateTime expiresAt() const { return m_token.expiresAt; }

    // The user token for the character list, or an Unauthorized error saying to sign in again.
    Result<QByteArray, ApiError> userTokenForList();
    // Battle.net answered 401 to the user token: it is dead before its time.
    void userTokenRejected();
    // Re-checks the expiry against the clock (also done by a timer and by userTokenForList()).
    void checkExpiry();

    QString clientId() const;
    QByteArray clientSecret() const { return m_clientSecret; }
    bool hasClientCredentials() const { return !clientId().isEmpty() && !m_clientSecret.isEmpty(); }
    // Keeps the player's API client: the id in the settings, the secret in the keychain.
    void setClientCredentials(const QString &clientId, const QByteArray &secret, Done done);

    // Keeps a fresh sign-in: its token in the keychain (or, when the keychain refuses, in
    // memory for this run, with secretsInMemoryOnly), its account in the settings.
    void adopt(const UserToken &token, Done done);
    // Removes the sign-in (and with forgetClient the API client too). When the keychain refuses
    // to remove it, nothing else is changed either and the error says why.
    void signOut(bool forgetClient, Done done);

Q_SIGNALS:
    void loaded();
    void stateChanged(bnet::AuthSession::State state);
    // The character list needs a fresh sign-in; `reason` is the sentence to show.
    void signInRequired(const QString &reason);
    void secretsInMemoryOnly(const QString &reason);

private:
    void readToken();
    void setState(State state, const QString &message = {});
    void scheduleExpiryCheck();

    Settings &m_settings;
    SecretStore &m_secrets;
    const Clock &m_clock;
    UserToken m_token;
    QByteArray m_clientSecret;
    State m_state = State::Loading;
    QString m_message;
    QTimer m_expiryTimer;
};

} // namespace bnet
