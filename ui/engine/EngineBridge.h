#pragma once

#include "SyncAccount.h"
#include "domain/SyncEvent.h"
#include "engine/Engine.h"
#include "store/StoreError.h"
#include "util/Clock.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace bnet {
class Database;
}

namespace bnet::ui {

class EngineHost;

// The UI thread's handle on the sync engine, which runs on a thread of its own: the engine
// (network, sync service, writer) is created there and only ever touched there. Calls here
// return at once and are carried out on the engine thread; what the engine reports comes back
// as signals on the UI thread. The database object is shared: every thread reads through its
// own connection.
class EngineBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineBridge)

public:
    struct Setup
    {
        QString databasePath;
        Engine::Config engine;
    };

    explicit EngineBridge(Setup setup, QObject *parent = nullptr);
    // Stops the engine thread; unfinished work stays queued in the database.
    ~EngineBridge() override;

    // Opens the database and builds the engine on the engine thread; opened() follows.
    void start();
    bool isOpen() const { return m_open; }
    Database &database() { return *m_database; }
    const Clock &clock() const { return m_clock; }
    const QString &databasePath() const { return m_databasePath; }

    void startSync(const SyncAccount &account);
    void refreshCharacter(qint64 characterRowId);
    void completeSession(qint64 sessionId);
    void resumeInterrupted();
    // Who a user token belongs to (identified() answers).
    void identify(const QByteArray &userToken);
    // The API client and user token enrichment uses from now on (after a sign-in or sign-out).
    void setCredentials(const QByteArray &clientId, const QByteArray &clientSecret,
                        const QByteArray &userToken);

Q_SIGNALS:
    void opened(const bnet::StoreError &error);
    // Which kind a session is (a whole account, or one character's refresh); always before its
    // first event.
    void sessionKnown(qint64 sessionId, bool single);
    // Every event of the engine, in order, in batches.
    void eventsReady(const QList<bnet::SyncEvent> &events);
    void characterListChanged();
    void charactersChanged(const QList<qint64> &characterRowIds);
    void requestFailed(const QString &what, const bnet::StoreError &error);
    void identified(qint64 battleNetId, const QString &battleTag, const QString &error);

private:
    template<typename F>
    void onEngineThread(F &&work);

    SystemClock m_clock;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    QThread m_thread;
    EngineHost *m_host = nullptr; // lives on m_thread; deleted there
    bool m_open = false;
};

} // namespace bnet::ui
