#pragma once

#include "EnrichmentOutcome.h"
#include "api/json/CharacterMediaParser.h"

#include <QObject>

#include <functional>

namespace bnet {

class AvatarCache;
class BattleNetApi;
class Clock;
class TokenProvider;

// Enriches one character: profile (conditional) -> media -> avatar (conditional, cached) ->
// thumbnail. Network on this object's thread, parsing and image work on the pool. Emits
// `finished` once, unless aborted. A 401 fetches a new token once.
class EnrichmentJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentJob)

public:
    struct Services
    {
        BattleNetApi &api;
        TokenProvider &tokens;
        const AvatarCache &avatars;
        const Clock &clock;
    };

    EnrichmentJob(Services services, EnrichmentTask task, QObject *parent = nullptr);

    void start();
    const EnrichmentTask &task() const { return m_outcome.task; }

Q_SIGNALS:
    void finished(const bnet::EnrichmentOutcome &outcome);

private:
    using Step = void (EnrichmentJob::*)();
    void withToken(Step step);
    bool retriedAfterUnauthorized(const ApiError &error, Step step);
    void fetchProfile();
    void fetchMedia();
    void fetchAvatar(const QUrl &url);
    void storeAvatar(const QByteArray &bytes, const QByteArray &lastModified);
    void succeed();
    void fail(const ApiError &error);

    Services m_services;
    EnrichmentOutcome m_outcome;
    QByteArray m_token;
    QByteArray m_newProfileStamp;
    bool m_renewedToken = false;
    bool m_done = false;
};

} // namespace bnet
