#pragma once

#include "SecretBackend.h"

namespace bnet {

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux, the
// Keychain on macOS, the Credential Manager on Windows. Entries live under one service name
// per app; QtKeychain's plain-text fallback is switched off, so a missing keychain is an error,
// never a file.
class KeychainBackend final : public SecretBackend
{
public:
    explicit KeychainBackend(QString service);

    const QString &service() const { return m_service; }

    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    QString m_service;
};

} // namespace bnet
