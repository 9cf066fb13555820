#include "SyncController.h"

#include "engine/EngineBridge.h"
#include "model/CharacterListModel.h"
#include "model/CharacterLoader.h"
#include "paint/StatusAnimator.h"

using namespace Qt::StringLiterals;

namespace bnet::ui {
namespace {

bool isAuthCode(const QString &code)
{
    return code == u"unauthorized"_s || code == u"forbidden"_s;
}

bool isStoreCode(const QString &code)
{
    return code == u"corrupt"_s || code == u"locked"_s || code == u"read-only"_s ||
           code == u"newer-schema"_s || code == u"cannot-open"_s;
}

} // namespace

SyncController::SyncController(EngineBridge &bridge, CharacterListModel &model,
                               CharacterLoader &loader, const StatusAnimator &animator,
                               QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_model(model)
    , m_loader(loader)
    , m_animator(animator)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<Problem>();
    connect(&bridge, &EngineBridge::sessionKnown, this, &SyncController::onSessionKnown);
    connect(&bridge, &EngineBridge::eventsReady, this, &SyncController::onEvents);
    connect(&bridge, &EngineBridge::characterListChanged, &loader, &CharacterLoader::reloadAll);
    connect(&bridge, &EngineBridge::charactersChanged, &loader,
            qOverload<const QList<qint64> &>(&CharacterLoader::reload));
    connect(&bridge, &EngineBridge::requestFailed, this,
            [this](const QString &what, const StoreError &error) {
                Q_EMIT problem({Problem::Severity::Error, tr("%1: %2").arg(what, error.message()),
                                Problem::Action::RetrySync});
            });
    connect(&loader, &CharacterLoader::loaded, this, &SyncController::onLoaded);
}

SyncController::~SyncController() = default;

void SyncController::setAccount(std::optional<SyncAccount> account)
{
    m_account = std::move(account);
}

void SyncController::syncAll()
{
    if (!m_account) {
        Q_EMIT signInNeeded();
        return;
    }
    if (m_batchSession != 0)
        return; // one whole-account sync at a time; the engine would return the same one
    Q_EMIT problemsCleared();
    m_bridge.startSync(*m_account);
}

void SyncController::refresh(qint64 characterRowId)
{
    if (!m_account) {
        Q_EMIT signInNeeded();
        return;
    }
    m_bridge.refreshCharacter(characterRowId);
}

void SyncController::stop()
{
    if (m_progress.running)
        m_bridge.completeSession(m_progress.sessionId);
}

void SyncController::onSessionKnown(qint64 sessionId, bool single)
{
    Session &session = m_sessions[sessionId];
    session.single = single;
    if (!single) {
        m_batchSession = sessionId;
        follow(sessionId);
    } else if (m_batchSession == 0) {
        follow(sessionId);
    }
    publish();
}

void SyncController::onEvents(const QList<SyncEvent> &events)
{
    QList<CharacterListModel::StatusChange> statuses;
    const auto applyStatuses = [&] {
        if (!statuses.isEmpty())
            m_model.setStatuses(std::exchange(statuses, {}), m_animator.nowMs());
    };
    for (const SyncEvent &event : events) {
        auto it = m_sessions.find(event.sessionId);
        switch (event.type) {
        case SyncEvent::Type::SyncStarted:
            if (it == m_sessions.end())
                it = m_sessions.insert(event.sessionId, {});
            it->total = event.total;
            if (!it->single) {
                applyStatuses();
                m_model.setStatusOfActive(CardStatus::Queued, m_animator.nowMs());
            }
            break;
        case SyncEvent::Type::CharacterStatus: {
            const CardStatus status = cardStatusFrom(event.status);
            statuses.append({event.characterRowId, status,
                             status == CardStatus::Failed ? event.message : QString()});
            if (it != m_sessions.end()) {
                it->currentName = event.characterName;
                it->currentStatus = status;
            }
            break;
        }
        case SyncEvent::Type::SyncProgress:
            if (it != m_sessions.end()) {
                it->total = event.total;
                it->processed = event.processed;
                it->failed = event.failed;
                it->etaMs = event.etaMs;
            }
            break;
        case SyncEvent::Type::SyncComplete:
            applyStatuses();
            onComplete(event);
            break;
        case SyncEvent::Type::SyncError:
            onError(event);
            break;
        }
    }
    applyStatuses();
    publish();
}

void SyncController::onError(const SyncEvent &event)
{
    Problem p;
    p.message = event.message;
    if (isAuthCode(event.errorCode)) {
        p.action = Problem::Action::SignIn;
        p.message += u' ' + tr("Sign in again to go on.");
    } else if (isStoreCode(event.errorCode)) {
        p.action = Problem::Action::None;
    } else if (!event.scope.isEmpty()) {
        p.severity = Problem::Severity::Warning;
        p.action = Problem::Action::RetrySync;
        p.message += u' ' + tr("Those characters were kept as they were; retry later.");
    } else if (event.errorCode == u"network"_s || event.errorCode == u"timeout"_s) {
        p.action = Problem::Action::RetrySync;
        p.message += u' ' + tr("Check your internet connection, then retry.");
    } else {
        p.action = Problem::Action::RetrySync;
    }
    if (!event.fatal && event.scope.isEmpty() && p.severity == Problem::Severity::Error)
        p.severity = Problem::Severity::Warning;
    Q_EMIT problem(p);
}

void SyncController::onComplete(const SyncEvent &event)
{
    const auto it = m_sessions.constFind(event.sessionId);
    const bool single = it != m_sessions.cend() && it->single;
    if (event.sessionId == m_progress.sessionId) {
        if (it != m_sessions.cend() && !it->currentName.isEmpty()) {
            m_progress.currentName = it->currentName;
            m_progress.currentStatus = it->currentStatus;
        }
        m_progress.running = false;
        m_progress.total = event.total;
        m_progress.processed = event.processed;
        m_progress.failed = event.failed;
        m_progress.etaMs = -1;
        m_progress.outcome = event.sessionStatus;
    }
    m_sessions.remove(event.sessionId);
    if (event.sessionId == m_batchSession)
        m_batchSession = 0;
    if (event.failed > 0 && event.sessionStatus != u"failed"_s) {
        Q_EMIT problem({Problem::Severity::Warning,
                        single ? tr("The character could not be refreshed; hover over its red "
                                    "cross to see why.")
                               : tr("%n character(s) could not be synced; hover over a red cross "
                                    "to see why.",
                                    nullptr, event.failed),
                        Problem::Action::RetrySync});
    }
    Q_EMIT sessionFinished(event.sessionId, event.sessionStatus);
    // A refresh that ended while a whole sync still runs hands the bar back to it.
    if (m_progress.sessionId == event.sessionId && m_batchSession != 0)
        follow(m_batchSession);
}

void SyncController::onLoaded()
{
    // Characters the list pass just added arrive after sync-started queued the others.
    if (m_batchSession != 0)
        m_model.setStatusOfUntouched(CardStatus::Queued, m_animator.nowMs());
}

void SyncController::follow(qint64 sessionId)
{
    if (m_progress.sessionId != sessionId)
        m_progress = SyncProgress{};
    m_progress.sessionId = sessionId;
}

void SyncController::publish()
{
    if (const auto it = m_sessions.constFind(m_progress.sessionId); it != m_sessions.cend()) {
        m_progress.running = true;
        m_progress.single = it->single;
        m_progress.total = it->total;
        m_progress.processed = it->processed;
        m_progress.failed = it->failed;
        m_progress.etaMs = it->etaMs;
        if (!it->currentName.isEmpty()) {
            m_progress.currentName = it->currentName;
            m_progress.currentStatus = it->currentStatus;
        }
    }
    Q_EMIT progressChanged(m_progress);
}

} // namespace bnet::ui
