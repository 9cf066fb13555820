#include "MainWindow.h"

#include "Banner.h"
#include "CharacterGridView.h"
#include "DetailPanel.h"
#include "FilterBar.h"
#include "FirstRunPage.h"
#include "Icons.h"
#include "SyncProgressWidget.h"
#include "WindowStateStore.h"
#include "engine/EngineBridge.h"
#include "model/CharacterFilterProxy.h"
#include "model/CharacterListModel.h"
#include "model/CharacterLoader.h"
#include "paint/AvatarImages.h"
#include "paint/CardDelegate.h"
#include "paint/StatusAnimator.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bnet::ui {

MainWindow::MainWindow(EngineBridge &bridge, Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_bridge(bridge)
    , m_options(std::move(options))
    , m_model(new CharacterListModel(this))
    , m_proxy(new CharacterFilterProxy(m_model, this))
    , m_loader(new CharacterLoader(*m_model, this))
    , m_animator(new StatusAnimator(*m_model, bridge.clock(), this))
    , m_avatars(new AvatarImages(this))
    , m_controller(new SyncController(bridge, *m_model, *m_loader, *m_animator, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::app());
    setWindowTitle(m_options.demo ? tr("Battle.net Character Sync (demo)")
                                  : tr("Battle.net Character Sync"));
    buildActions();

    m_banner = new Banner(this);
    m_firstRun = new FirstRunPage(this);
    m_gridPage = buildGridPage();
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_gridPage);
    m_pages->addWidget(m_firstRun);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_counts = new QLabel(this);
    m_accountLabel = new QLabel(this);
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_accountLabel);

    wire();
    WindowStateStore::restore(*this, m_splitter, m_options.settingsGroup);
    updateActions();
    updateCounts();
    m_bridge.start();
}

MainWindow::~MainWindow()
{
    // Widgets first (they refer to the animator, avatars and models), then the parts in the
    // reverse order of their dependencies; QObject's own child deletion would go in creation
    // order.
    delete takeCentralWidget();
    delete m_controller;
    delete m_loader;
    delete m_animator;
    delete m_avatars;
    delete m_proxy;
    delete m_model;
}

void MainWindow::buildActions()
{
    m_syncAll = new QAction(Icons::themed(u"sync"_s), tr("&Sync all"), this);
    m_syncAll->setObjectName(u"syncAll"_s);
    m_syncAll->setShortcut(QKeySequence::Refresh);
    m_syncAll->setToolTip(tr("Sync every character of the account (%1)")
                              .arg(m_syncAll->shortcut().toString(QKeySequence::NativeText)));
    m_stop = new QAction(Icons::themed(u"stop"_s), tr("&Complete now"), this);
    m_stop->setObjectName(u"completeNowAction"_s);
    m_stop->setToolTip(tr("Complete the running sync now; characters not synced yet are skipped"));
    m_refreshSelected = new QAction(Icons::themed(u"refresh"_s), tr("&Refresh character"), this);
    m_refreshSelected->setShortcut(Qt::CTRL | Qt::Key_R);
    m_signIn = new QAction(Icons::themed(u"sign-in"_s), tr("Sign &in"), this);
    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] { m_filters->focusSearch(); });
    addAction(findAction);

    auto *toolbar = addToolBar(tr("Sync"));
    toolbar->setObjectName(u"syncToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_syncAll);
    toolbar->addAction(m_stop);
    toolbar->addAction(m_refreshSelected);
    toolbar->addSeparator();
    toolbar->addAction(m_signIn);
}

QWidget *MainWindow::buildGridPage()
{
    auto *page = new QWidget(this);
    m_filters = new FilterBar(page);
    m_grid = new CharacterGridView(*m_model, page);
    m_delegate = new CardDelegate(*m_avatars, *m_animator, m_grid);
    m_grid->setItemDelegate(m_delegate);
    m_delegate->setCardWidth(m_grid->cardWidth());
    // A screen of new cards (the first list of a sync) is painted over a few frames of at most
    // about this long each, so the UI thread is never held for one long frame (bench_grid).
    m_delegate->setNewCardBudget(std::chrono::milliseconds(4));
    connect(m_grid, &CharacterGridView::cardWidthChanged, m_delegate, &CardDelegate::setCardWidth);
    m_grid->setModel(m_proxy);
    m_detail = new DetailPanel(*m_avatars, page);
    m_progress = new SyncProgressWidget(*m_animator, page);
    m_emptyHint = new QLabel(page);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_emptyHint);
    leftLayout->addWidget(m_grid, 1);
    m_splitter = new QSplitter(page);
    m_splitter->setObjectName(u"gridSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setCollapsible(0, false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_progress);
    setTabOrder(m_filters->searchField(), m_grid);
    return page;
}

void MainWindow::wire()
{
    connect(&m_bridge, &EngineBridge::opened, this, &MainWindow::onOpened);
    connect(m_loader, &CharacterLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &CharacterLoader::failed, this, [this](const StoreError &error) {
        m_banner->showProblem({Problem::Severity::Error,
                               tr("Could not read the saved characters: %1").arg(error.message()),
                               Problem::Action::ReloadCharacters});
    });
    connect(m_controller, &SyncController::problem, m_banner, &Banner::showProblem);
    connect(m_controller, &SyncController::problemsCleared, m_banner, &Banner::clear);
    connect(m_controller, &SyncController::signInNeeded, this, &MainWindow::signInRequested);
    connect(m_controller, &SyncController::progressChanged, m_progress,
            &SyncProgressWidget::setProgress);
    connect(m_controller, &SyncController::progressChanged, this, &MainWindow::updateActions);
    connect(m_banner, &Banner::actionRequested, this,
            [this](Problem::Action action) { onProblemAction(int(action)); });
    connect(m_firstRun, &FirstRunPage::signInRequested, this, &MainWindow::signInRequested);
    connect(m_firstRun, &FirstRunPage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_signIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_syncAll, &QAction::triggered, m_controller, &SyncController::syncAll);
    connect(m_stop, &QAction::triggered, m_controller, &SyncController::stop);
    connect(m_progress, &SyncProgressWidget::stopRequested, m_controller, &SyncController::stop);
    connect(m_refreshSelected, &QAction::triggered, this, [this] {
        if (m_detail->characterRowId() > 0)
            m_controller->refresh(m_detail->characterRowId());
    });

    connect(m_filters, &FilterBar::filtersChanged, m_proxy, &CharacterFilterProxy::setFilters);
    connect(m_filters, &FilterBar::sortChanged, this,
            [this](CharacterFilterProxy::SortKey key, Qt::SortOrder order) {
                m_proxy->setSortKey(key, order);
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateSelection);
    // The selected card changes many times a second during a sync; the panel follows once per
    // event-loop turn, after the grid has painted.
    m_detailRefresh.setSingleShot(true);
    m_detailRefresh.setInterval(0);
    connect(&m_detailRefresh, &QTimer::timeout, this, &MainWindow::updateSelection);
    // The detail panel is never empty while there are cards: the first one is current until
    // the player picks another.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_grid->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_grid->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &top, const QModelIndex &bottom) {
                const int shown = m_model->indexOfRowId(m_detail->characterRowId());
                if (shown >= top.row() && shown <= bottom.row())
                    m_detailRefresh.start();
            });
    connect(m_grid, &CharacterGridView::menuRequested, this,
            [this](const QModelIndex &index, const QPoint &position) {
                QMenu *menu = createCharacterMenu(m_grid->characterRowId(index), this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(position);
            });
    connect(m_animator, &StatusAnimator::rowsNeedRepaint, m_grid,
            &CharacterGridView::repaintStatuses);
    connect(m_avatars, &AvatarImages::ready, this, [this](qint64 rowId) {
        m_grid->repaintCharacters({rowId});
        if (rowId == m_detail->characterRowId())
            m_detailRefresh.start();
    });
    connect(m_detail, &DetailPanel::refreshRequested, m_controller, &SyncController::refresh);
    connect(m_detail, &DetailPanel::armoryRequested, this, &MainWindow::openArmory);
    connect(m_detail, &DetailPanel::copyRequested, this, &MainWindow::copyNameRealm);
}

void MainWindow::setAccount(std::optional<SyncAccount> account)
{
    m_accountLabel->setText(account ? account->battleTag : tr("Not signed in"));
    m_controller->setAccount(std::move(account));
    if (m_controller->hasAccount() && isFirstRunShown())
        m_pages->setCurrentWidget(m_gridPage);
    updateActions();
    maybeResume();
}

bool MainWindow::isFirstRunShown() const
{
    return m_pages->currentWidget() == m_firstRun;
}

void MainWindow::onOpened(const StoreError &error)
{
    if (error.isError()) {
        // The window stays usable: it says what is wrong and offers to try again.
        m_banner->showProblem(
            {Problem::Severity::Error,
             tr("The character database could not be opened. %1").arg(error.message()),
             Problem::Action::ReopenDatabase});
        m_emptyHint->setText(tr("No characters can be shown until the database opens."));
        updateCounts();
        return;
    }
    m_loader->setDatabase(&m_bridge.database());
    m_loader->reloadAll();
    maybeResume();
}

void MainWindow::onLoaded(int count)
{
    updateCounts();
    if (m_loadedOnce)
        return;
    m_loadedOnce = true;
    if (count == 0 && !m_controller->hasAccount())
        m_pages->setCurrentWidget(m_firstRun);
    if (m_options.syncOnStart && m_controller->hasAccount())
        m_controller->syncAll();
    Q_EMIT charactersShown(count);
}

void MainWindow::maybeResume()
{
    // A sync a crash interrupted goes on once the database is open and someone is signed in.
    if (m_resumed || !m_bridge.isOpen() || !m_controller->hasAccount())
        return;
    m_resumed = true;
    m_bridge.resumeInterrupted();
}

void MainWindow::onProblemAction(int action)
{
    switch (Problem::Action(action)) {
    case Problem::Action::RetrySync:
        m_controller->syncAll();
        break;
    case Problem::Action::SignIn:
        Q_EMIT signInRequested();
        break;
    case Problem::Action::ReopenDatabase:
        m_bridge.start();
        break;
    case Problem::Action::ReloadCharacters:
        m_loader->reloadAll();
        break;
    case Problem::Action::None:
        break;
    }
}

void MainWindow::updateSelection()
{
    const QModelIndex current = m_grid->currentIndex();
    const CharacterRow *row = current.isValid() ? rowOf(m_grid->characterRowId(current)) : nullptr;
    m_detail->showCharacter(row);
    updateActions();
}

const CharacterRow *MainWindow::rowOf(qint64 characterRowId) const
{
    const int at = m_model->indexOfRowId(characterRowId);
    return at < 0 ? nullptr : &m_model->rowAt(at);
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_counts->setText(tr("%n character(s) shown", nullptr, shown) +
                      (shown != total ? tr(" of %1").arg(total) : QString()));
    if (total > 0 && shown == 0)
        m_emptyHint->setText(tr("No character matches the search and filters."));
    else if (total == 0 && m_bridge.isOpen())
        m_emptyHint->setText(m_controller->hasAccount()
                                 ? tr("No characters yet: press Sync all to fetch them.")
                                 : tr("No characters yet: sign in to fetch them."));
    m_emptyHint->setVisible(shown == 0 && !m_emptyHint->text().isEmpty());
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isSyncing();
    m_syncAll->setEnabled(!running || m_controller->progress().single);
    m_stop->setEnabled(running);
    m_refreshSelected->setEnabled(m_detail->characterRowId() > 0);
    m_signIn->setVisible(!m_controller->hasAccount());
}

void MainWindow::updateAnimatorVisibility()
{
    m_animator->setVisible(isVisible() && !isMinimized());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateAnimatorVisibility();
    if (!std::exchange(m_warmedUp, true)) {
        // Before any card is shown (the database is still opening): measured, the first frame
        // with cards was the UI thread's longest stall of a whole sync without this.
        QStyleOptionViewItem option;
        option.initFrom(m_grid->viewport());
        option.font = m_grid->font();
        m_delegate->warmUp(option);
    }
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateAnimatorVisibility();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateAnimatorVisibility();
}

void MainWindow::saveWindowState() const
{
    WindowStateStore::save(*this, m_splitter, m_options.settingsGroup);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

} // namespace bnet::ui
