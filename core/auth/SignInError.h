#pragma once

#include <QMetaType>
#include <QString>

namespace bnet {

// Why a sign-in did not complete. Every message says what happened and what the player can do;
// none contains a token, a secret or an authorization code. A failed sign-in never changes the
// previous one.
class SignInError
{
public:
    enum class Kind {
        None,
        MissingClient,  // no API client id or secret yet
        Unsupported,    // the China region
        PortInUse,      // the loopback redirect port is taken
        Cancelled,      // the player (or the app) stopped it
        TimedOut,       // no answer from the browser in time
        Denied,         // the player declined on Battle.net's page
        StateMissing,   // the redirect carried no state
        StateMismatch,  // the redirect's state is not ours
        AuthorizeError, // Battle.net's page answered some other error
        NoCode,         // the redirect carried no authorization code
        TokenRefused,   // the token endpoint answered an error
        TokenMalformed, // the token answer could not be read
        ScopeMissing,   // the player unticked World of Warcraft on the consent page
        Network,        // Battle.net could not be reached
        AccountUnknown, // /userinfo did not say whose token it is
    };

    SignInError() = default;
    SignInError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    const QString &message() const { return m_message; }
    // A stable machine code ("state-mismatch", "scope-missing"...) for JSON and tests.
    QString code() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::SignInError)
