#pragma once

#include "secrets/SecretBackend.h"

#include <QHash>
#include <QTimer>

#include <memory>

// A keychain for unit tests: entries in a shared table the test can inspect, answers on the next
// turn of the event loop like a real one, and failures on demand (a locked or absent keychain).
// The real keychain has its own tests (tst_keychain, tst_keychain_unavailable).
struct FakeKeychain
{
    QHash<QString, QByteArray> entries;
    bnet::SecretError writeError;
    bnet::SecretError readError;
    bnet::SecretError removeError;
    int writes = 0;
};

class FakeSecretBackend final : public bnet::SecretBackend
{
public:
    explicit FakeSecretBackend(std::shared_ptr<FakeKeychain> keychain)
        : m_keychain(std::move(keychain))
    {}

    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override
    {
        QTimer::singleShot(0, context, [keychain = m_keychain, key, secret, done] {
            ++keychain->writes;
            if (!keychain->writeError.isError())
                keychain->entries.insert(key, secret);
            done(keychain->writeError);
        });
    }
    void read(const QString &key, QObject *context, ReadDone done) override
    {
        QTimer::singleShot(0, context, [keychain = m_keychain, key, done] {
            if (keychain->readError.isError())
                done({}, keychain->readError);
            else if (!keychain->entries.contains(key))
                done({}, bnet::SecretError::notFound(key));
            else
                done(keychain->entries.value(key), {});
        });
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        QTimer::singleShot(0, context, [keychain = m_keychain, key, done] {
            if (!keychain->removeError.isError())
                keychain->entries.remove(key);
            done(keychain->removeError);
        });
    }

private:
    std::shared_ptr<FakeKeychain> m_keychain;
};
