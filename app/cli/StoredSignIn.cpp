#include "StoredSignIn.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bnet::cli {

StoredSignIn::StoredSignIn()
    : m_secrets(SecretStore::systemKeychain())
    , m_session(m_settings, *m_secrets, m_clock)
{}

StoredSignIn::~StoredSignIn() = default;

void StoredSignIn::load()
{
    QEventLoop loop;
    QObject::connect(&m_session, &AuthSession::loaded, &loop, &QEventLoop::quit);
    m_session.load();
    loop.exec();
}

AuthSession::Outcome StoredSignIn::wait(const std::function<void(AuthSession::Done)> &operation)
{
    QEventLoop loop;
    AuthSession::Outcome result;
    bool done = false;
    operation([&](const AuthSession::Outcome &outcome) {
        result = outcome;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

bool StoredSignIn::completeConfig(Engine::Config &config, Output &output, int *exitCode)
{
    StoredSignIn stored;
    const bool needToken = config.userToken.isEmpty();
    if (needToken && stored.settings().accountId() == 0) {
        output.error(QCoreApplication::translate(
            "cli", "Not signed in: run \"bnetsync-cli login\", or pass --token or set "
                   "BNETSYNC_TOKEN"));
        *exitCode = AuthError;
        return false;
    }
    if (!needToken && stored.settings().clientId().isEmpty())
        return true; // nothing stored that could help; the keychain stays closed
    stored.load();
    if (needToken) {
        const auto token = stored.session().userTokenForList();
        if (!token.isOk()) {
            output.error(
                token.error.message() + u' ' +
                QCoreApplication::translate("cli", "(bnetsync-cli login signs in again.)"));
            *exitCode =
                stored.session().state() == AuthSession::State::Unreadable ? OtherError : AuthError;
            return false;
        }
        config.userToken = token.value;
    }
    // Public character data needs only the API client: enrichment goes on after the user
    // token has expired.
    if (config.clientId.isEmpty() && stored.session().hasClientCredentials()) {
        config.clientId = stored.session().clientId().toUtf8();
        config.clientSecret = stored.session().clientSecret();
    }
    return true;
}

int exitCodeFor(const SignInError &error)
{
    switch (error.kind()) {
    case SignInError::Kind::None:
        return Success;
    case SignInError::Kind::MissingClient:
        return UsageError;
    case SignInError::Kind::Network:
        return NetworkError;
    case SignInError::Kind::Unsupported:
    case SignInError::Kind::PortInUse:
        return OtherError;
    case SignInError::Kind::Cancelled:
    case SignInError::Kind::TimedOut:
    case SignInError::Kind::Denied:
    case SignInError::Kind::StateMissing:
    case SignInError::Kind::StateMismatch:
    case SignInError::Kind::AuthorizeError:
    case SignInError::Kind::NoCode:
    case SignInError::Kind::TokenRefused:
    case SignInError::Kind::TokenMalformed:
    case SignInError::Kind::ScopeMissing:
    case SignInError::Kind::AccountUnknown:
        return AuthError;
    }
    return OtherError;
}

QString shownExpiry(const QDateTime &expiresAt, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, now.secsTo(expiresAt) / 60);
    const QString when = QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat);
    // The count is computed outside the translate() call: Qt 6.4's lupdate hangs on a division
    // inside its arguments.
    const int hours = int(minutes / 60);
    if (minutes >= 120)
        return QCoreApplication::translate("cli", "%1 (in %n hour(s))", nullptr, hours).arg(when);
    return QCoreApplication::translate("cli", "%1 (in %n minute(s))", nullptr, int(minutes))
        .arg(when);
}

} // namespace bnet::cli
