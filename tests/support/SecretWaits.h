#pragma once

#include "secrets/SecretStore.h"

#include <QTest>

#include <utility>

// SecretStore's asynchronous calls, waited for (tests only).
struct Written
{
    bnet::SecretStore::Where where = bnet::SecretStore::Where::Nowhere;
    bnet::SecretError error;
    bool answered = false;
};

inline Written writeAndWait(bnet::SecretStore &store, const QString &key, const QByteArray &data)
{
    Written written;
    QObject context;
    store.write(key, data, &context,
                [&](bnet::SecretStore::Where where, const bnet::SecretError &error) {
                    written = {where, error, true};
                });
    if (!QTest::qWaitFor([&] { return written.answered; }, 20'000))
        qWarning("the keychain did not answer a write");
    return written;
}

inline std::pair<QByteArray, bnet::SecretError> readAndWait(bnet::SecretStore &store,
                                                            const QString &key)
{
    std::pair<QByteArray, bnet::SecretError> result;
    bool answered = false;
    QObject context;
    store.read(key, &context, [&](const QByteArray &data, const bnet::SecretError &error) {
        result = {data, error};
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        qWarning("the keychain did not answer a read");
    return result;
}

inline bnet::SecretError removeAndWait(bnet::SecretStore &store, const QString &key)
{
    bnet::SecretError result;
    bool answered = false;
    QObject context;
    store.remove(key, &context, [&](const bnet::SecretError &error) {
        result = error;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        qWarning("the keychain did not answer a removal");
    return result;
}
