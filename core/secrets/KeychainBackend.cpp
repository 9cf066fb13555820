#include "KeychainBackend.h"

#include "util/Logging.h"

#include <qt6keychain/keychain.h>

namespace bnet {
namespace {

SecretError errorOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretError::notFound(job.key());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::locked(job.errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // Without a Secret Service, QtKeychain says OtherError ("Could not connect..."), not
    // NoBackendAvailable: whatever it is, the secret is not in the keychain.
    return SecretError::unavailable(job.errorString());
}

void prepare(QKeychain::Job *job, const QString &key)
{
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
}

} // namespace

KeychainBackend::KeychainBackend(QString service)
    : m_service(std::move(service))
{}

void KeychainBackend::write(const QString &key, const QByteArray &secret, QObject *context,
                            Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    prepare(job, key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         const SecretError error = errorOf(*finished);
                         if (error.isError())
                             qCWarning(lcSecrets) << "keychain: cannot store" << finished->key()
                                                  << "-" << finished->errorString();
                         done(error);
                     });
    job->start();
}

void KeychainBackend::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    prepare(job, key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done = std::move(done)](QKeychain::Job *) {
                         const SecretError error = errorOf(*job);
                         if (error.isError() && error.kind() != SecretError::Kind::NotFound)
                             qCWarning(lcSecrets) << "keychain: cannot read" << job->key() << "-"
                                                  << job->errorString();
                         done(error.isError() ? QByteArray() : job->binaryData(), error);
                     });
    job->start();
}

void KeychainBackend::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    prepare(job, key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         SecretError error = errorOf(*finished);
                         if (error.kind() == SecretError::Kind::NotFound)
                             error = {}; // already gone is what we wanted
                         done(error);
                     });
    job->start();
}

} // namespace bnet
