#pragma once

#include "StoreError.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace bnet {

template<typename T>
using StoreResult = Result<T, StoreError>;

struct Account
{
    qint64 rowId = 0;
    qint64 battleNetId = 0;
    QString battleTag;
};

class AccountRepository
{
public:
    AccountRepository(QSqlDatabase db, QString path);

    // Inserts the account or refreshes its BattleTag; returns the stored row.
    StoreResult<Account> upsert(qint64 battleNetId, const QString &battleTag, const QDateTime &now);
    StoreResult<std::optional<Account>> findByBattleNetId(qint64 battleNetId);
    StoreResult<QList<Account>> all();

private:
    QSqlDatabase m_db;
    QString m_path;
};

} // namespace bnet
