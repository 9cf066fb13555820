#pragma once

#include "domain/GameVersion.h"
#include "domain/Region.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bnet::ui {

// Who a sync is for and the user token that reads their character list.
//
// SIGN-IN SEAM: today app/gui fills this in for the demo (the simulator's account) or from
// BNETSYNC_TOKEN; the Battle.net sign-in (issue 4) will fill it from its token store and hand
// it to MainWindow::setAccount(). Nothing else in ui/ knows where it came from.
struct SyncAccount
{
    qint64 battleNetId = 0;
    QString battleTag;
    QByteArray userToken;
    QList<Region> regions = supportedRegions();
    QList<GameVersion> versions = allGameVersions();

    bool isValid() const { return battleNetId > 0 && !userToken.isEmpty(); }
};

} // namespace bnet::ui
