#pragma once

#include "ParseResult.h"

#include <QByteArray>
#include <QString>

namespace bnet {

// The signed-in Battle.net account, from the OAuth /userinfo endpoint.
struct UserInfo
{
    qint64 accountId = 0;
    QString battleTag;
};

ParseResult<UserInfo> parseUserInfo(const QByteArray &body);

} // namespace bnet
