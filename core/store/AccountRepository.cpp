#include "AccountRepository.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bnet {
namespace {

Account accountFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()};
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

StoreResult<Account> AccountRepository::upsert(qint64 battleNetId, const QString &battleTag,
                                               const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(INSERT INTO accounts (battlenet_id, battle_tag, created_at, updated_at)
                      VALUES (:id, :tag, :now, :now)
                      ON CONFLICT (battlenet_id) DO UPDATE SET
                          battle_tag = CASE WHEN excluded.battle_tag = '' THEN battle_tag
                                            ELSE excluded.battle_tag END,
                          updated_at = excluded.updated_at
                      RETURNING id, battlenet_id, battle_tag)"_s);
    query.bindValue(u":id"_s, battleNetId);
    query.bindValue(u":tag"_s, sql::text(battleTag));
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return {{},
                StoreError::fromSql(
                    query.lastError(), m_path,
                    QCoreApplication::translate("AccountRepository", "Saving the account"))};
    const Account account = accountFrom(query);
    query.finish(); // a RETURNING statement holds the write open until it is reset
    return {account, {}};
}

StoreResult<std::optional<Account>> AccountRepository::findByBattleNetId(qint64 battleNetId)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, battlenet_id, battle_tag FROM accounts WHERE battlenet_id = :id"_s);
    query.bindValue(u":id"_s, battleNetId);
    if (!query.exec())
        return {{},
                StoreError::fromSql(
                    query.lastError(), m_path,
                    QCoreApplication::translate("AccountRepository", "Reading the account"))};
    if (!query.next())
        return {std::nullopt, {}};
    return {accountFrom(query), {}};
}

StoreResult<QList<Account>> AccountRepository::all()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, battlenet_id, battle_tag FROM accounts ORDER BY id"_s))
        return {{},
                StoreError::fromSql(
                    query.lastError(), m_path,
                    QCoreApplication::translate("AccountRepository", "Reading the accounts"))};
    QList<Account> accounts;
    while (query.next())
        accounts.append(accountFrom(query));
    return {accounts, {}};
}

} // namespace bnet
