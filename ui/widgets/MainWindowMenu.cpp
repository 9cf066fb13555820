// The character actions of MainWindow: the card's context menu and what its entries do.
#include "CharacterLinks.h"
#include "Icons.h"
#include "MainWindow.h"
#include "model/CharacterListModel.h"
#include "sync/SyncController.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace bnet::ui {

QMenu *MainWindow::createCharacterMenu(qint64 characterRowId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const CharacterRow *row = rowOf(characterRowId);
    if (!row)
        return menu;
    menu->setTitle(row->character.name);
    QAction *refresh = menu->addAction(Icons::themed(u"refresh"_s), tr("&Refresh this character"));
    refresh->setObjectName(u"refreshCharacter"_s);
    refresh->setEnabled(!row->character.archived);
    if (row->character.archived)
        refresh->setToolTip(tr("Archived characters are no longer on the account"));
    connect(refresh, &QAction::triggered, this,
            [this, characterRowId] { m_controller->refresh(characterRowId); });

    QAction *armory = menu->addAction(Icons::themed(u"external-link"_s), tr("Open on the &Armory"));
    armory->setObjectName(u"openArmory"_s);
    armory->setEnabled(armoryUrl(row->character).has_value());
    connect(armory, &QAction::triggered, this,
            [this, characterRowId] { openArmory(characterRowId); });

    QAction *copy =
        menu->addAction(Icons::themed(u"copy"_s), tr("&Copy “%1”").arg(nameRealm(row->character)));
    copy->setObjectName(u"copyNameRealm"_s);
    connect(copy, &QAction::triggered, this,
            [this, characterRowId] { copyNameRealm(characterRowId); });
    menu->setToolTipsVisible(true);
    return menu;
}

void MainWindow::openArmory(qint64 characterRowId)
{
    const CharacterRow *row = rowOf(characterRowId);
    const auto url = row ? armoryUrl(row->character) : std::nullopt;
    if (!url)
        return;
    if (!QDesktopServices::openUrl(*url))
        statusBar()->showMessage(
            tr("No web browser could be opened; the page is %1").arg(url->toString()), 10'000);
}

void MainWindow::copyNameRealm(qint64 characterRowId)
{
    const CharacterRow *row = rowOf(characterRowId);
    if (!row)
        return;
    const QString text = nameRealm(row->character);
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied “%1”").arg(text), 4000);
}

} // namespace bnet::ui
