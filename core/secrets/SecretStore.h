#pragma once

#include "SecretBackend.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace bnet {

// The app's secrets (the API client secret, the user token): in the OS keychain, or, when the
// keychain cannot store one, in this process's memory for this run only. Never in a file, the
// settings or the database, and never in the log. A fallback is announced once per write with
// keptInMemoryOnly(reason) so the app can tell the player.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Where {
        Keychain,
        MemoryOnly, // the keychain refused; gone when the app quits
        Nowhere,    // nothing was stored (an empty secret)
    };
    Q_ENUM(Where)

    using WriteDone = std::function<void(Where where, const SecretError &keychainError)>;

    explicit SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    // The OS keychain under the app's service name (defaultService()).
    static std::unique_ptr<SecretStore> systemKeychain(QObject *parent = nullptr);
    // "bnetsync", or BNETSYNC_KEYCHAIN_SERVICE when set (tests keep their entries apart).
    static QString defaultService();

    void write(const QString &key, const QByteArray &secret, QObject *context, WriteDone done);
    // This run's in-memory copy first (it is the newest), then the keychain.
    void read(const QString &key, QObject *context, SecretBackend::ReadDone done);
    // From memory and from the keychain; a missing entry is not an error.
    void remove(const QString &key, QObject *context, SecretBackend::Done done);

    // Whether any secret of this run lives in memory only, and why.
    bool hasMemoryOnlySecrets() const { return !m_memory.isEmpty(); }
    const QString &memoryOnlyReason() const { return m_memoryOnlyReason; }

Q_SIGNALS:
    void keptInMemoryOnly(const QString &reason);

private:
    std::unique_ptr<SecretBackend> m_backend;
    QHash<QString, QByteArray> m_memory;
    QString m_memoryOnlyReason;
};

} // namespace bnet
