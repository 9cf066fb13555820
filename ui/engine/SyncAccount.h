#pragma once

#include "domain/GameVersion.h"
#include "domain/Region.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace bnet::ui {

// Who a sync is for and the user token that reads their character list.
//
// app/gui fills this in for the demo (the simulator's account) or from the Battle.net sign-in
// (SignInController) and hands it to MainWindow::setAccount(). Nothing else in ui/ knows
// where it came from.
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

Q_DECLARE_METATYPE(bnet::ui::SyncAccount)
