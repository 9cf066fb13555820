#pragma once

#include "SecretError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace bnet {

// Where secrets are kept for good: the OS keychain (KeychainBackend). An interface so a test
// can stand in a keychain that misbehaves in ways a real one cannot be made to on demand.
// Every call is asynchronous; `done` runs once on `context`'s thread unless `context` is gone.
class SecretBackend
{
public:
    using Done = std::function<void(const SecretError &)>;
    using ReadDone = std::function<void(const QByteArray &, const SecretError &)>;

    virtual ~SecretBackend() = default;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context,
                       Done done) = 0;
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

} // namespace bnet
