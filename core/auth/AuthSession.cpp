#include "AuthSession.h"

#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QLocale>

#include <climits>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

QString shownTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AuthSession::AuthSession(Settings &settings, SecretStore &secrets, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_clock(clock)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &AuthSession::checkExpiry);
    connect(&m_secrets, &SecretStore::keptInMemoryOnly, this, &AuthSession::secretsInMemoryOnly);
}

AuthSession::~AuthSession() = default;

QString AuthSession::userTokenKey(qint64 accountId)
{
    return u"user-token/"_s + QString::number(accountId);
}

QString AuthSession::clientSecretKey(const QString &clientId)
{
    return u"client-secret/"_s + clientId;
}

qint64 AuthSession::accountId() const
{
    return m_settings.accountId();
}

QString AuthSession::battleTag() const
{
    return m_settings.battleTag();
}

QString AuthSession::clientId() const
{
    return m_settings.clientId();
}

void AuthSession::load()
{
    setState(State::Loading);
    const QString id = clientId();
    if (id.isEmpty()) {
        m_clientSecret.clear();
        readToken();
        return;
    }
    m_secrets.read(clientSecretKey(id), this,
                   [this](const QByteArray &secret, const SecretError &) {
                       // A missing secret only means the player enters it again; a keychain
                       // that cannot be read shows in the token's state just below.
                       m_clientSecret = secret;
                       readToken();
                   });
}

void AuthSession::readToken()
{
    const qint64 account = m_settings.accountId();
    if (account == 0) {
        m_token = {};
        setState(State::SignedOut);
        // loaded() always comes after load() returned, keychain or not.
        QMetaObject::invokeMethod(this, &AuthSession::loaded, Qt::QueuedConnection);
        return;
    }
    m_secrets.read(userTokenKey(account), this,
                   [this, account](const QByteArray &data, const SecretError &error) {
                       const std::optional<UserToken> token = UserToken::fromKeychainData(data);
                       m_token = token && token->accountId == account ? *token : UserToken{};
                       if (error.isError() && error.kind() != SecretError::Kind::NotFound) {
                           setState(State::Unreadable, tr("The sign-in of %1 could not be read: %2")
                                                           .arg(battleTag(), error.message()));
                       } else if (!m_token.isValid()) {
                           setState(State::SignedOut,
                                    tr("%1 signed in before, but the keychain holds no usable "
                                       "sign-in for that account (the keychain may be locked, "
                                       "or the entry was removed). Sign in again.")
                                        .arg(battleTag()));
                       } else if (m_token.isExpiredAt(m_clock.nowUtc(), expiryMarginSeconds)) {
                           setState(State::Expired);
                       } else {
                           setState(State::SignedIn);
                           scheduleExpiryCheck();
                       }
                       Q_EMIT loaded();
                   });
}

void AuthSession::setState(State state, const QString &message)
{
    m_message = message;
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcAuth) << "auth: state" << state;
    Q_EMIT stateChanged(state);
    if (state == State::Expired)
        Q_EMIT signInRequired(stateMessage());
}

QString AuthSession::stateMessage() const
{
    if (!m_message.isEmpty())
        return m_message;
    switch (m_state) {
    case State::Loading:
        return tr("Reading the sign-in from the keychain...");
    case State::SignedOut:
        return tr("Not signed in to Battle.net.");
    case State::SignedIn:
        return tr("Signed in as %1 until %2.").arg(battleTag(), shownTime(m_token.expiresAt));
    case State::Expired:
        return tr("The sign-in of %1 expired at %2 (Battle.net sign-ins last 24 hours). Sign in "
                  "again to refresh the character list; characters already listed keep "
                  "updating.")
            .arg(battleTag(), shownTime(m_token.expiresAt));
    case State::Unreadable:
        break;
    }
    return tr("The keychain could not be read.");
}

Result<QByteArray, ApiError> AuthSession::userTokenForList()
{
    checkExpiry();
    if (m_state == State::SignedIn)
        return {m_token.accessToken, {}};
    const QString reason =
        m_state == State::SignedOut && m_message.isEmpty()
            ? tr("Not signed in to Battle.net: sign in first to read the character list")
            : stateMessage();
    return {{}, ApiError(ApiError::Kind::Unauthorized, reason)};
}

void AuthSession::userTokenRejected()
{
    if (m_state != State::SignedIn)
        return;
    m_expiryTimer.stop();
    setState(State::Expired,
             tr("Battle.net no longer accepts the sign-in of %1 (it was revoked or ended early). "
                "Sign in again to refresh the character list.")
                 .arg(battleTag()));
}

void AuthSession::checkExpiry()
{
    if (m_state != State::SignedIn)
        return;
    if (m_token.isExpiredAt(m_clock.nowUtc(), expiryMarginSeconds)) {
        m_expiryTimer.stop();
        setState(State::Expired);
    } else {
        scheduleExpiryCheck();
    }
}

void AuthSession::scheduleExpiryCheck()
{
    const qint64 ms =
        m_clock.nowUtc().msecsTo(m_token.expiresAt) - qint64(expiryMarginSeconds) * 1000;
    m_expiryTimer.start(int(std::clamp<qint64>(ms, 0, INT_MAX)));
}

void AuthSession::setClientCredentials(const QString &clientId, const QByteArray &secret, Done done)
{
    const QString previous = this->clientId();
    m_secrets.write(clientSecretKey(clientId), secret, this,
                    [this, clientId, secret, previous,
                     done = std::move(done)](SecretStore::Where where, const SecretError &error) {
                        const bool saved = m_settings.setValue(Settings::Key::ClientId, clientId);
                        m_clientSecret = secret;
                        if (!previous.isEmpty() && previous != clientId)
                            m_secrets.remove(clientSecretKey(previous), this,
                                             [](const SecretError &) {});
                        done({where, error, saved ? QString() : m_settings.lastError()});
                    });
}

void AuthSession::adopt(const UserToken &token, Done done)
{
    const qint64 previous = m_settings.accountId();
    m_secrets.write(
        userTokenKey(token.accountId), token.toKeychainData(), this,
        [this, token, previous, done = std::move(done)](SecretStore::Where where,
                                                        const SecretError &error) {
            const bool saved = m_settings.setValue(Settings::Key::AccountId, token.accountId) &&
                               m_settings.setValue(Settings::Key::BattleTag, token.battleTag);
            m_token = token;
            // A new sign-in of the same state still needs the signal.
            if (m_state == State::SignedIn)
                m_state = State::Loading;
            setState(State::SignedIn);
            scheduleExpiryCheck();
            if (previous != 0 && previous != token.accountId)
                m_secrets.remove(userTokenKey(previous), this, [](const SecretError &) {});
            done({where, error, saved ? QString() : m_settings.lastError()});
        });
}

void AuthSession::signOut(bool forgetClient, Done done)
{
    const qint64 account = m_settings.accountId();
    const auto forgetClientThen = [this, forgetClient, done] {
        const QString id = clientId();
        if (!forgetClient || id.isEmpty()) {
            done({});
            return;
        }
        m_secrets.remove(clientSecretKey(id), this, [this, done](const SecretError &error) {
            if (!error.isError()) {
                m_settings.reset(Settings::Key::ClientId);
                m_clientSecret.clear();
            }
            done({SecretStore::Where::Nowhere, error});
        });
    };
    if (account == 0) {
        forgetClientThen();
        return;
    }
    m_secrets.remove(userTokenKey(account), this,
                     [this, done, forgetClientThen](const SecretError &error) {
                         if (error.isError()) {
                             done({SecretStore::Where::Nowhere, error});
                             return;
                         }
                         m_settings.reset(Settings::Key::AccountId);
                         m_settings.reset(Settings::Key::BattleTag);
                         m_token = {};
                         m_expiryTimer.stop();
                         setState(State::SignedOut);
                         forgetClientThen();
                     });
}

} // namespace bnet
