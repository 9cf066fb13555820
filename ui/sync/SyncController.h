#pragma once

#include "engine/SyncAccount.h"
#include "model/CharacterRow.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace bnet {
struct SyncEvent;
class StoreError;
} // namespace bnet

namespace bnet::ui {

class CharacterListModel;
class CharacterLoader;
class EngineBridge;
class StatusAnimator;

// Where the sync the window follows stands: the whole-account sync while one runs, else the
// latest single-character refresh.
struct SyncProgress
{
    qint64 sessionId = 0;
    bool running = false;
    bool single = false;
    int total = 0;
    int processed = 0; // completed + failed
    int failed = 0;
    qint64 etaMs = -1;
    QString currentName;
    CardStatus currentStatus = CardStatus::None;
    QString outcome; // the session's final status code once it ended

    int percent() const { return total > 0 ? qRound(100.0 * processed / total) : 0; }
};

// Something the player should know, with what they can do about it.
struct Problem
{
    enum class Severity {
        Info,
        Warning,
        Error
    };
    enum class Action {
        None,
        RetrySync,
        SignIn,
        ReopenDatabase,
        ReloadCharacters
    };
    Severity severity = Severity::Error;
    QString message;
    Action action = Action::None;
};

// Turns what the engine reports into what the window shows: card statuses in the model, the
// progress of the followed sync, and problems for the banner. Also the one place that starts,
// refreshes and stops syncs for the window.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    SyncController(EngineBridge &bridge, CharacterListModel &model, CharacterLoader &loader,
                   const StatusAnimator &animator, QObject *parent = nullptr);
    ~SyncController() override;

    void setAccount(std::optional<SyncAccount> account);
    bool hasAccount() const { return m_account.has_value(); }
    const std::optional<SyncAccount> &account() const { return m_account; }

    // Without an account these ask for a sign-in (signInNeeded) instead.
    void syncAll();
    void refresh(qint64 characterRowId);
    // Completes the followed sync now; what is not enriched yet is skipped.
    void stop();

    const SyncProgress &progress() const { return m_progress; }
    bool isSyncing() const { return m_progress.running; }

Q_SIGNALS:
    void progressChanged(const bnet::ui::SyncProgress &progress);
    void problem(const bnet::ui::Problem &problem);
    // A new sync started: earlier problems are stale.
    void problemsCleared();
    void signInNeeded();
    void sessionFinished(qint64 sessionId, const QString &outcome);

private:
    struct Session
    {
        bool single = false;
        int total = 0;
        int processed = 0;
        int failed = 0;
        qint64 etaMs = -1;
        QString currentName;
        CardStatus currentStatus = CardStatus::None;
    };

    void onSessionKnown(qint64 sessionId, bool single);
    void onEvents(const QList<bnet::SyncEvent> &events);
    void onError(const bnet::SyncEvent &event);
    void onComplete(const bnet::SyncEvent &event);
    void onLoaded();
    void follow(qint64 sessionId);
    void publish();

    EngineBridge &m_bridge;
    CharacterListModel &m_model;
    CharacterLoader &m_loader;
    const StatusAnimator &m_animator;
    std::optional<SyncAccount> m_account;
    QHash<qint64, Session> m_sessions; // running ones
    qint64 m_batchSession = 0;         // the running whole-account sync, 0 when none
    SyncProgress m_progress;
};

} // namespace bnet::ui

Q_DECLARE_METATYPE(bnet::ui::SyncProgress)
Q_DECLARE_METATYPE(bnet::ui::Problem)
