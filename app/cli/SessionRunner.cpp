#include "SessionRunner.h"

#include "ProgressBar.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace bnet::cli {

int exitCodeForErrorCode(const QString &code)
{
    if (code == u"unauthorized"_s || code == u"forbidden"_s)
        return AuthError;
    if (code == u"network"_s || code == u"timeout"_s)
        return NetworkError;
    if (code == u"corrupt"_s || code == u"locked"_s || code == u"read-only"_s ||
        code == u"newer-schema"_s || code == u"cannot-open"_s)
        return DatabaseError;
    return OtherError;
}

SessionRunner::SessionRunner(SyncService &service, Output &output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_bar(output.json() ? nullptr : std::make_unique<ProgressBar>())
{
    connect(&service, &SyncService::eventOccurred, this, &SessionRunner::onEvent);
}

SessionRunner::~SessionRunner() = default;

void SessionRunner::follow(qint64 sessionId)
{
    m_sessionId = sessionId;
    const QList<SyncEvent> early = std::exchange(m_early, {});
    for (const SyncEvent &event : early)
        onEvent(event);
}

void SessionRunner::onEvent(const SyncEvent &event)
{
    if (m_sessionId == 0) {
        m_early.append(event);
        return;
    }
    if (event.sessionId != m_sessionId)
        return;
    m_output.event(event);
    switch (event.type) {
    case SyncEvent::Type::SyncStarted:
        m_output.line(QCoreApplication::translate("cli",
                                                  "%n character(s) to enrich (list: %1 added, "
                                                  "%2 updated, %3 archived, %4 reactivated).",
                                                  nullptr, event.total)
                          .arg(event.added)
                          .arg(event.updated)
                          .arg(event.archived)
                          .arg(event.reactivated));
        break;
    case SyncEvent::Type::SyncError:
        if (m_bar)
            m_bar->clear();
        if (event.fatal)
            m_fatalCode = event.errorCode;
        else
            ++m_scopeErrors;
        if (!event.fatal)
            m_output.line(u"  "_s + event.message);
        else
            m_output.error(event.message);
        break;
    case SyncEvent::Type::CharacterStatus:
        if (event.status == ItemStatus::Failed)
            m_failures << event.characterName + u": "_s + event.message;
        break;
    case SyncEvent::Type::SyncProgress:
        if (m_bar)
            m_bar->update(event.processed, event.total, event.failed, event.etaMs,
                          event.characterName);
        break;
    case SyncEvent::Type::SyncComplete:
        finish(event);
        break;
    }
}

void SessionRunner::finish(const SyncEvent &complete)
{
    if (m_bar)
        m_bar->clear();
    const int completed = complete.processed - complete.failed;
    m_output.line(QCoreApplication::translate("cli", "Enriched %1 of %n character(s); %2 failed.",
                                              nullptr, complete.total)
                      .arg(completed)
                      .arg(complete.failed));
    for (const QString &failure : std::as_const(m_failures))
        m_output.line(u"  "_s + failure);
    if (complete.sessionStatus == u"failed"_s) {
        m_exitCode = exitCodeForErrorCode(m_fatalCode);
    } else if (complete.sessionStatus == u"completed"_s && m_scopeErrors == 0) {
        m_exitCode = Success;
    } else {
        m_exitCode = PartialFailure;
        if (complete.sessionStatus == u"cancelled"_s)
            m_output.error(QCoreApplication::translate("cli", "The sync was completed by hand "
                                                              "before every character was "
                                                              "enriched"));
        else
            m_output.error(QCoreApplication::translate(
                               "cli", "The sync finished with problems: %n character(s) failed",
                               nullptr, complete.failed) +
                           (m_scopeErrors > 0
                                ? QCoreApplication::translate(
                                      "cli", ", %n region/version pair(s) could not be read",
                                      nullptr, m_scopeErrors)
                                : QString()));
    }
    QCoreApplication::exit(m_exitCode);
}

int SessionRunner::wait()
{
    QCoreApplication::exec();
    return m_exitCode;
}

} // namespace bnet::cli
