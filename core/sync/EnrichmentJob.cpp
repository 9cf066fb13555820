#include "EnrichmentJob.h"

#include "AvatarCache.h"
#include "api/BattleNetApi.h"
#include "api/TokenProvider.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/PoolResult.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace bnet {

EnrichmentJob::EnrichmentJob(Services services, EnrichmentTask task, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    m_outcome.task = std::move(task);
    qRegisterMetaType<EnrichmentOutcome>();
}

void EnrichmentJob::start()
{
    withToken(&EnrichmentJob::fetchProfile);
}

void EnrichmentJob::withToken(Step step)
{
    m_services.tokens.token(this, [this, step](const QByteArray &token, const ApiError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        m_token = token;
        (this->*step)();
    });
}

bool EnrichmentJob::retriedAfterUnauthorized(const ApiError &error, Step step)
{
    if (error.kind() != ApiError::Kind::Unauthorized || m_renewedToken ||
        !m_services.tokens.canRenew())
        return false;
    m_renewedToken = true;
    qCInfo(lcSync) << "Token refused; fetching a new one once";
    m_services.tokens.invalidate(m_token);
    withToken(step);
    return true;
}

void EnrichmentJob::fetchProfile()
{
    const EnrichmentTask &task = m_outcome.task;
    const QByteArray since = task.revalidate ? QByteArray() : task.profileLastModified;
    m_services.api.fetchCharacterProfile(
        task.key, task.name, m_token, since, this,
        [this](const BattleNetApi::ProfileAnswer &answer) {
            if (answer.error.isError()) {
                if (retriedAfterUnauthorized(answer.error, &EnrichmentJob::fetchProfile))
                    return;
                if (answer.error.kind() == ApiError::Kind::NotFound) {
                    fail(ApiError(ApiError::Kind::NotFound,
                                  QCoreApplication::translate(
                                      "EnrichmentJob",
                                      "Battle.net has no profile for %1 (below level 10, "
                                      "inactive, or not indexed yet); it is tried again next sync")
                                      .arg(m_outcome.task.name),
                                  404));
                    return;
                }
                fail(answer.error);
                return;
            }
            if (answer.notModified) {
                m_outcome.notModified = true;
                succeed();
                return;
            }
            m_outcome.profile = answer.profile;
            m_newProfileStamp = answer.lastModified;
            fetchMedia();
        });
}

void EnrichmentJob::fetchMedia()
{
    const EnrichmentTask &task = m_outcome.task;
    m_services.api.fetchCharacterMedia(
        task.key, task.name, m_token, this, [this](const ParseResult<CharacterMedia> &media) {
            if (!media.isOk()) {
                if (retriedAfterUnauthorized(media.error, &EnrichmentJob::fetchMedia))
                    return;
                fail(media.error);
                return;
            }
            if (media.value.avatar.isEmpty()) {
                // Battle.net has no picture (common in Classic): keep what we had.
                m_outcome.profileLastModified = m_newProfileStamp;
                succeed();
                return;
            }
            fetchAvatar(media.value.avatar);
        });
}

void EnrichmentJob::fetchAvatar(const QUrl &url)
{
    const EnrichmentTask &task = m_outcome.task;
    const bool haveIt =
        url.toString() == task.avatarUrl && m_services.avatars.hasThumbnail(task.avatarFile);
    const QByteArray since = haveIt && !task.revalidate ? task.avatarLastModified : QByteArray();
    m_outcome.profile->details.avatarUrl = url.toString();
    m_services.api.fetchAsset(url, since, this, [this, haveIt](const ApiResponse &response) {
        if (response.isNotModified() && haveIt) {
            m_outcome.profile->details.avatarFile = m_outcome.task.avatarFile;
            m_outcome.avatarLastModified = m_outcome.task.avatarLastModified;
            m_outcome.profileLastModified = m_newProfileStamp;
            succeed();
            return;
        }
        if (!response.isOk() || response.isNotModified()) {
            // A missing picture does not fail the character; it is asked for in full next time.
            qCWarning(lcSync) << "Avatar not downloaded:" << response.error.message();
            succeed();
            return;
        }
        storeAvatar(response.body, response.lastModified);
    });
}

void EnrichmentJob::storeAvatar(const QByteArray &bytes, const QByteArray &lastModified)
{
    const AvatarCache &avatars = m_services.avatars;
    const qint64 rowId = m_outcome.task.characterRowId;
    whenReady(QtConcurrent::run(&m_services.api.pool(),
                                [&avatars, rowId, bytes] { return avatars.store(rowId, bytes); }),
              this, [this, lastModified](const Result<QString, ApiError> &stored) {
                  if (!stored.isOk()) {
                      qCWarning(lcSync) << stored.error.message();
                      succeed();
                      return;
                  }
                  m_outcome.profile->details.avatarFile = stored.value;
                  m_outcome.avatarLastModified = lastModified;
                  m_outcome.profileLastModified = m_newProfileStamp;
                  succeed();
              });
}

void EnrichmentJob::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.status = ItemStatus::Completed;
    if (m_outcome.profile) {
        CharacterDetails &details = m_outcome.profile->details;
        details.enrichedAt = m_services.clock.nowUtc();
        if (details.avatarFile.isEmpty() && details.avatarUrl.isEmpty()) {
            // No new picture: keep the one we have.
            details.avatarUrl = m_outcome.task.avatarUrl;
            details.avatarFile = m_outcome.task.avatarFile;
            m_outcome.avatarLastModified = m_outcome.task.avatarLastModified;
        } else if (details.avatarFile.isEmpty()) {
            details.avatarFile = m_outcome.task.avatarFile;
        }
    }
    Q_EMIT finished(m_outcome);
}

void EnrichmentJob::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.status = ItemStatus::Failed;
    m_outcome.error = error;
    m_outcome.profile.reset();
    Q_EMIT finished(m_outcome);
}

} // namespace bnet
