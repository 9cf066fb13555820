#pragma once

#include "engine/SyncAccount.h"
#include "store/StoreError.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace bnet::ui {

class AvatarImages;
class Banner;
class CardDelegate;
class CharacterFilterProxy;
class CharacterGridView;
class CharacterListModel;
class CharacterLoader;
class DetailPanel;
class EngineBridge;
class FilterBar;
class FirstRunPage;
class StatusAnimator;
class SyncController;
class SyncProgressWidget;
struct CharacterRow;
struct Problem;

// The desktop app's window: the first-run page or the character grid with its filters, detail
// panel, sync progress and problem banner. It talks to the engine only through EngineBridge, so
// nothing here waits on the network or the database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        bool demo = false;
        // Start a sync as soon as the stored characters are shown (the demo does).
        bool syncOnStart = false;
        QString settingsGroup = QStringLiteral("MainWindow");
    };

    MainWindow(EngineBridge &bridge, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Who syncs. Without an account, Sync asks for a sign-in (signInRequested).
    void setAccount(std::optional<SyncAccount> account);

    // Remembers the window's geometry now (also done on close).
    void saveWindowState() const;

    // The context menu of a character's card (also what the menu key opens).
    QMenu *createCharacterMenu(qint64 characterRowId, QWidget *parent);

    bool isFirstRunShown() const;
    CharacterListModel &model() { return *m_model; }
    CharacterFilterProxy &proxy() { return *m_proxy; }
    CharacterGridView &grid() { return *m_grid; }
    SyncController &controller() { return *m_controller; }
    StatusAnimator &animator() { return *m_animator; }
    Banner &banner() { return *m_banner; }
    SyncProgressWidget &progressWidget() { return *m_progress; }
    FirstRunPage &firstRunPage() { return *m_firstRun; }
    DetailPanel &detailPanel() { return *m_detail; }
    CharacterLoader &loader() { return *m_loader; }
    QAction *syncAllAction() const { return m_syncAll; }

Q_SIGNALS:
    // The player wants to sign in (first-run page, toolbar, banner, Sync without an account).
    void signInRequested();
    // The first-run page's "Try the demo".
    void demoRequested();
    // The stored characters are on screen (count may be 0).
    void charactersShown(int count);
    // The player closed the window.
    void closed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    QWidget *buildGridPage();
    void wire();
    void onOpened(const StoreError &error);
    void onLoaded(int count);
    void onProblemAction(int action);
    void updateSelection();
    void updateCounts();
    void updateActions();
    void maybeResume();
    void openArmory(qint64 characterRowId);
    void copyNameRealm(qint64 characterRowId);
    const CharacterRow *rowOf(qint64 characterRowId) const;
    void updateAnimatorVisibility();

    EngineBridge &m_bridge;
    Options m_options;
    CharacterListModel *m_model;
    CharacterFilterProxy *m_proxy;
    CharacterLoader *m_loader;
    StatusAnimator *m_animator;
    AvatarImages *m_avatars;
    SyncController *m_controller;
    CardDelegate *m_delegate = nullptr;
    CharacterGridView *m_grid = nullptr;
    FilterBar *m_filters = nullptr;
    DetailPanel *m_detail = nullptr;
    SyncProgressWidget *m_progress = nullptr;
    Banner *m_banner = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_gridPage = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_accountLabel = nullptr;
    QAction *m_syncAll = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_refreshSelected = nullptr;
    QAction *m_signIn = nullptr;
    bool m_loadedOnce = false;
    bool m_resumed = false;
    bool m_warmedUp = false;
    QTimer m_detailRefresh;
};

} // namespace bnet::ui
