#include "CharacterLoader.h"

#include "CharacterListModel.h"
#include "store/CharacterRepository.h"
#include "store/Database.h"
#include "util/PoolResult.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace bnet::ui {
namespace {

struct ReadResult
{
    QList<CharacterRow> rows;
    StoreError error;
};

} // namespace

CharacterLoader::CharacterLoader(CharacterListModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_pool.setObjectName(u"bnetsync-ui-reader"_s);
    m_pool.setMaxThreadCount(1);
    // Keep the thread (and so its SQLite connection) for a while between syncs' reloads.
    m_pool.setExpiryTimeout(60'000);
}

CharacterLoader::~CharacterLoader()
{
    // Not clear(): a task taken off the queue would leave its future without a result, and
    // reads take milliseconds anyway.
    m_pool.waitForDone();
}

void CharacterLoader::setDatabase(Database *database)
{
    m_pool.waitForDone(); // no read of the old database may still be running
    m_database = database;
    ++m_generation;
    if (m_pending > 0) {
        m_pending = 0;
        Q_EMIT idle();
    }
}

void CharacterLoader::reloadAll()
{
    if (!m_database)
        return;
    Database *database = m_database;
    const quint64 generation = m_generation;
    ++m_pending;
    whenReady(QtConcurrent::run(&m_pool,
                                [database] {
                                    auto read = CharacterRepository(database->connection(),
                                                                    database->path())
                                                    .list({.includeArchived = true});
                                    return ReadResult{makeRows(read.value), read.error};
                                }),
              this, [this, generation](ReadResult result) {
                  if (generation != m_generation)
                      return;
                  if (result.error.isError()) {
                      Q_EMIT failed(result.error);
                  } else {
                      const int count = int(result.rows.size());
                      m_model.setCharacters(std::move(result.rows));
                      Q_EMIT loaded(count);
                  }
                  finishRead();
              });
}

void CharacterLoader::reload(const QList<qint64> &rowIds)
{
    if (!m_database || rowIds.isEmpty())
        return;
    Database *database = m_database;
    const quint64 generation = m_generation;
    ++m_pending;
    whenReady(QtConcurrent::run(&m_pool,
                                [database, rowIds] {
                                    CharacterRepository repository(database->connection(),
                                                                   database->path());
                                    QList<Character> found;
                                    found.reserve(rowIds.size());
                                    for (const qint64 id : rowIds) {
                                        auto read = repository.find(id);
                                        if (!read.isOk())
                                            return ReadResult{{}, read.error};
                                        if (read.value)
                                            found.append(*read.value);
                                    }
                                    return ReadResult{makeRows(found), {}};
                                }),
              this, [this, generation](const ReadResult &result) {
                  if (generation != m_generation)
                      return;
                  if (result.error.isError())
                      Q_EMIT failed(result.error);
                  else
                      m_model.updateCharacters(result.rows);
                  finishRead();
              });
}

void CharacterLoader::finishRead()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

} // namespace bnet::ui
