#pragma once

#include <QMetaType>
#include <QString>

namespace bnet {

// Why the keychain could not read, store or remove a secret. The message says what happened
// and what the player can do; it never contains the secret.
class SecretError
{
public:
    enum class Kind {
        None,
        NotFound,    // nothing stored under that key (a locked keychain may also say this)
        Locked,      // the keychain refused access, usually because it is locked
        Unavailable, // no keychain service (no Secret Service on D-Bus, no Keychain, ...)
    };

    SecretError() = default;
    SecretError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    const QString &message() const { return m_message; }
    // "not-found", "locked", "unavailable": stable codes for JSON and tests.
    QString code() const;

    static SecretError notFound(const QString &key);
    static SecretError locked(const QString &detail);
    static SecretError unavailable(const QString &detail);

private:
    Kind m_kind = Kind::None;
    QString m_message;
};

} // namespace bnet

Q_DECLARE_METATYPE(bnet::SecretError)
