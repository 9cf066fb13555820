#pragma once

#include "engine/Engine.h"
#include "store/Database.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace bnet::ui {

// Lives on the engine thread and owns everything there: it opens the database, builds the
// Engine, calls the sync use cases and forwards what they report. Events are collected and
// sent to the UI thread once per engine event-loop turn, so a burst of committed results
// crosses threads as one queued call instead of hundreds.
class EngineHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineHost)

public:
    EngineHost(Database &database, const Clock &clock, Engine::Config config);
    ~EngineHost() override;

    // All of these run on the engine thread (EngineBridge queues them).
    void open();
    void shutDown();
    void startSync(const SyncService::Request &request);
    void refreshCharacter(qint64 characterRowId);
    void completeSession(qint64 sessionId);
    void resumeInterrupted();
    void identify(const QByteArray &userToken);
    // A sign-in or sign-out changed what enrichment may use.
    void setCredentials(const QByteArray &clientId, const QByteArray &clientSecret,
                        const QByteArray &userToken);

Q_SIGNALS:
    void opened(const bnet::StoreError &error);
    void sessionKnown(qint64 sessionId, bool single);
    void eventsReady(const QList<bnet::SyncEvent> &events);
    void characterListChanged();
    void charactersChanged(const QList<qint64> &characterRowIds);
    void requestFailed(const QString &what, const bnet::StoreError &error);
    void identified(qint64 battleNetId, const QString &battleTag, const QString &error);

private:
    void collect(const SyncEvent &event);
    void flush();
    void announce(qint64 sessionId, bool single);

    Database &m_database;
    const Clock &m_clock;
    Engine::Config m_config;
    std::unique_ptr<Engine> m_engine;
    QList<SyncEvent> m_pending;
    QHash<qint64, bool> m_singleSessions; // sessions the UI knows the kind of
};

} // namespace bnet::ui
