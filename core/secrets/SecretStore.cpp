#include "SecretStore.h"

#include "KeychainBackend.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace bnet {

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{}

SecretStore::~SecretStore() = default;

std::unique_ptr<SecretStore> SecretStore::systemKeychain(QObject *parent)
{
    return std::make_unique<SecretStore>(std::make_unique<KeychainBackend>(defaultService()),
                                         parent);
}

QString SecretStore::defaultService()
{
    const QString overridden = qEnvironmentVariable("BNETSYNC_KEYCHAIN_SERVICE");
    return overridden.isEmpty() ? u"bnetsync"_s : overridden;
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                        WriteDone done)
{
    if (secret.isEmpty()) {
        done(Where::Nowhere, {});
        return;
    }
    // The backend answers on `this` as context: no answer arrives after the store is gone.
    m_backend->write(key, secret, this,
                     [this, key, secret, context = QPointer<QObject>(context),
                      done = std::move(done)](const SecretError &error) {
                         if (!error.isError()) {
                             m_memory.remove(key); // the keychain has the newest now
                             if (context)
                                 done(Where::Keychain, {});
                             return;
                         }
                         m_memory.insert(key, secret);
                         m_memoryOnlyReason =
                             QCoreApplication::translate(
                                 "SecretStore", "%1. Your sign-in is kept in memory for this "
                                                "run only and nothing was written to disk; you "
                                                "will have to sign in again next time")
                                 .arg(error.message());
                         qCWarning(lcSecrets) << "secrets: kept in memory only:" << key;
                         Q_EMIT keptInMemoryOnly(m_memoryOnlyReason);
                         if (context)
                             done(Where::MemoryOnly, error);
                     });
}

void SecretStore::read(const QString &key, QObject *context, SecretBackend::ReadDone done)
{
    const auto inMemory = m_memory.constFind(key);
    if (inMemory != m_memory.constEnd()) {
        const QByteArray copy = *inMemory;
        QMetaObject::invokeMethod(
            context, [copy, done = std::move(done)] { done(copy, {}); }, Qt::QueuedConnection);
        return;
    }
    m_backend->read(key, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, SecretBackend::Done done)
{
    m_memory.remove(key);
    m_backend->remove(key, context, std::move(done));
}

} // namespace bnet
