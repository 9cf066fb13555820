#include "CharacterListSync.h"

#include "api/BattleNetApi.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/PoolResult.h"

#include <QtConcurrent/QtConcurrentRun>

namespace bnet {

CharacterListSync::CharacterListSync(BattleNetApi &api, Database &database, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_database(database)
    , m_clock(clock)
{
    qRegisterMetaType<ListSyncResult>();
}

bool CharacterListSync::start(const Request &request,
                              CharacterListWriter::AlsoInTransaction alsoInTransaction)
{
    if (m_running)
        return false;
    m_running = true;
    m_request = request;
    m_alsoInTransaction = std::move(alsoInTransaction);
    m_answers.clear();
    qCInfo(lcSync) << "List sync started for" << request.regions.size() << "regions and"
                   << request.versions.size() << "game versions";
    m_api.fetchUserInfo(request.userToken, this, [this](const ParseResult<UserInfo> &user) {
        if (!user.isOk()) {
            ListSyncResult result;
            result.fatalError = user.error;
            finish(result);
            return;
        }
        fetchSummaries(user.value);
    });
    return true;
}

void CharacterListSync::fetchSummaries(const UserInfo &user)
{
    m_user = user;
    for (Region region : std::as_const(m_request.regions)) {
        for (GameVersion version : std::as_const(m_request.versions))
            m_answers.append({region, version, false, {}, {}});
    }
    m_pendingScopes = int(m_answers.size());
    if (m_pendingScopes == 0) {
        onScopeAnswered();
        return;
    }
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        m_api.fetchAccountSummary(m_answers[i].region, m_answers[i].version, m_request.userToken,
                                  this, [this, i](const ParseResult<AccountSummary> &summary) {
                                      ScopeAnswer &answer = m_answers[i];
                                      answer.answered = summary.isOk();
                                      answer.summary = summary.value;
                                      answer.error = summary.error;
                                      if (!summary.isOk())
                                          qCWarning(lcSync)
                                              << "Scope failed:" << summary.error.message();
                                      --m_pendingScopes;
                                      onScopeAnswered();
                                  });
    }
}

void CharacterListSync::onScopeAnswered()
{
    if (m_pendingScopes > 0)
        return;
    Database *database = &m_database;
    whenReady(QtConcurrent::run(&m_api.pool(),
                                [database, user = m_user, answers = m_answers,
                                 now = m_clock.nowUtc(), also = m_alsoInTransaction] {
                                    return CharacterListWriter::apply(*database, user, answers, now,
                                                                      also);
                                }),
              this, [this](const ListSyncResult &result) { finish(result); });
}

void CharacterListSync::finish(const ListSyncResult &result)
{
    m_running = false;
    m_alsoInTransaction = {};
    Q_EMIT finished(result);
}

} // namespace bnet
