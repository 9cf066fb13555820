// The window as a player meets it: the first-run page on an empty database, the last-known
// characters without a network, a card's menu refreshing one character, problems in a
// non-modal banner, a database that cannot be opened, bad data, keyboard use and remembered
// geometry.
#include "GuiHarness.h"
#include "model/CharacterFilterProxy.h"
#include "model/CharacterListModel.h"
#include "model/CharacterLoader.h"
#include "paint/AvatarImages.h"
#include "store/Database.h"
#include "sync/SyncController.h"
#include "widgets/Banner.h"
#include "widgets/CharacterGridView.h"
#include "widgets/DetailPanel.h"
#include "widgets/FirstRunPage.h"
#include "widgets/MainWindow.h"
#include "widgets/SyncProgressWidget.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace {

MainWindow::Options windowOptions(const QString &group = u"TestWindow"_s)
{
    MainWindow::Options options;
    options.settingsGroup = group;
    return options;
}

// Waits for the first load of the stored characters; returns how many there were.
int waitForCharacters(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::charactersShown);
    if (!shown.wait(10'000))
        return -1;
    return shown.constFirst().constFirst().toInt();
}

QString syncAllAndWait(MainWindow &window)
{
    QSignalSpy finished(&window.controller(), &SyncController::sessionFinished);
    window.syncAllAction()->trigger();
    if (!finished.wait(60'000))
        return u"timeout"_s;
    if (window.loader().pendingReads() > 0) {
        QSignalSpy idle(&window.loader(), &CharacterLoader::idle);
        idle.wait(10'000);
    }
    return finished.constLast().at(1).toString();
}

qint64 rowIdOf(MainWindow &window, const QString &name)
{
    for (int i = 0; i < window.model().rowCount(); ++i) {
        if (window.model().rowAt(i).character.name == name)
            return window.model().rowAt(i).character.rowId;
    }
    return 0;
}

// Fills the harness's database through a first window, as an earlier run of the app would.
bool fillDatabase(GuiHarness &harness)
{
    MainWindow window(harness.bridge(), windowOptions());
    window.setAccount(harness.account());
    if (waitForCharacters(window) != 0)
        return false;
    return syncAllAndWait(window) == u"completed"_s;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // Window geometry goes to a settings file of the test's own.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(u"bnetsync-tests"_s);
        QCoreApplication::setApplicationName(u"tst_ui_main_window"_s);
    }

    void firstRunOnAnEmptyDatabase()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        MainWindow window(harness.bridge(), windowOptions());
        window.show();
        QCOMPARE(waitForCharacters(window), 0);
        QVERIFY(window.isFirstRunShown());
        QVERIFY(window.firstRunPage().isVisible());

        QSignalSpy signIn(&window, &MainWindow::signInRequested);
        QSignalSpy demo(&window, &MainWindow::demoRequested);
        QTest::mouseClick(window.firstRunPage().signInButton(), Qt::LeftButton);
        QCOMPARE(signIn.size(), 1);
        QTest::mouseClick(window.firstRunPage().demoButton(), Qt::LeftButton);
        QCOMPARE(demo.size(), 1);
        // Sync without anyone signed in asks for a sign-in instead of failing.
        window.syncAllAction()->trigger();
        QCOMPARE(signIn.size(), 2);

        // Once someone signs in, the grid takes over.
        window.setAccount(harness.account());
        QVERIFY(!window.isFirstRunShown());
    }

    void noFirstRunWhenCharactersAreStored()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(fillDatabase(harness));
        harness.restartBridge();
        MainWindow window(harness.bridge(), windowOptions());
        window.show();
        QCOMPARE(waitForCharacters(window), 15);
        QVERIFY(!window.isFirstRunShown());
    }

    void lastKnownDataWithoutANetwork()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(fillDatabase(harness));

        // The same database, but Battle.net out of reach (nothing listens on port 9).
        EngineBridge::Setup setup;
        setup.databasePath = harness.databasePath();
        setup.engine.endpoints = ApiEndpoints::singleHost(QUrl(u"http://127.0.0.1:9"_s));
        setup.engine.http.retry = {1, 5, 10};
        setup.engine.avatarDirectory = harness.directory() + u"/avatars"_s;
        EngineBridge offline(setup);
        MainWindow window(offline, windowOptions());
        window.setAccount(harness.account());
        window.show();
        QCOMPARE(waitForCharacters(window), 15);
        // Everything enrichment stored is on the cards at once.
        const int thrallson = window.model().indexOfRowId(rowIdOf(window, u"Thrallson"_s));
        QCOMPARE(window.model().index(thrallson).data(CharacterListModel::GuildRole).toString(),
                 u"Storm Chasers"_s);

        QCOMPARE(syncAllAndWait(window), u"failed"_s);
        // Said in the banner, with a retry; never a modal dialog; the characters stay.
        QVERIFY(window.banner().isVisible());
        QVERIFY(!window.banner().text().isEmpty());
        QCOMPARE(window.banner().problems().constLast().action, Problem::Action::RetrySync);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(window.model().rowCount(), 15);
        QCOMPARE(window.proxy().rowCount(), 15);
    }

    void contextMenuRefreshRunsASingleCharacterSession()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        MainWindow window(harness.bridge(), windowOptions());
        window.setAccount(harness.account());
        window.show();
        QCOMPARE(waitForCharacters(window), 0);
        QCOMPARE(syncAllAndWait(window), u"completed"_s);
        const qint64 thrallson = rowIdOf(window, u"Thrallson"_s);
        QVERIFY(thrallson > 0);
        const qint64 profilesBefore = harness.simulator().counters().profiles;

        QSignalSpy known(&harness.bridge(), &EngineBridge::sessionKnown);
        QSignalSpy events(&harness.bridge(), &EngineBridge::eventsReady);
        QSignalSpy finished(&window.controller(), &SyncController::sessionFinished);
        std::unique_ptr<QMenu> menu(window.createCharacterMenu(thrallson, &window));
        auto *refresh = menu->findChild<QAction *>(u"refreshCharacter"_s);
        QVERIFY(refresh);
        QVERIFY(refresh->isEnabled());
        QVERIFY(menu->findChild<QAction *>(u"openArmory"_s)->isEnabled()); // a retail character
        QCOMPARE(
            menu->findChild<QAction *>(u"copyNameRealm"_s)->text().contains(u"Thrallson-Area52"_s),
            true);
        refresh->trigger();

        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.constFirst().at(1).toString(), u"completed"_s);
        // One session of one character, known as a single refresh before its first event.
        QCOMPARE(known.size(), 1);
        const qint64 session = known.constFirst().at(0).toLongLong();
        QVERIFY(known.constFirst().at(1).toBool());
        QCOMPARE(finished.constFirst().at(0).toLongLong(), session);
        QList<SyncEvent> seen;
        for (const QList<QVariant> &batch : std::as_const(events))
            seen += batch.constFirst().value<QList<SyncEvent>>();
        QList<ItemStatus> statuses;
        for (const SyncEvent &event : std::as_const(seen)) {
            QCOMPARE(event.sessionId, session);
            if (event.type == SyncEvent::Type::SyncStarted)
                QCOMPARE(event.total, 1);
            if (event.type == SyncEvent::Type::CharacterStatus) {
                QCOMPARE(event.characterRowId, thrallson);
                statuses.append(event.status);
            }
        }
        QCOMPARE(statuses, (QList<ItemStatus>{ItemStatus::Processing, ItemStatus::Completed}));
        // A manual refresh asks Battle.net again, whatever the stamps say.
        QCOMPARE(harness.simulator().counters().profiles, profilesBefore + 1);
        const CharacterRow &row = window.model().rowAt(window.model().indexOfRowId(thrallson));
        QCOMPARE(row.status, CardStatus::Completed);
        QVERIFY(window.progressWidget().currentText().contains(u"Thrallson"_s));
    }

    void problemsAreABannerWithWhatToDo()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/userinfo*=401*"_s));
        MainWindow window(harness.bridge(), windowOptions());
        window.setAccount(harness.account());
        window.show();
        waitForCharacters(window);
        QCOMPARE(syncAllAndWait(window), u"failed"_s);
        QVERIFY(window.banner().isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(window.banner().problems().constLast().action, Problem::Action::SignIn);
        auto *action = window.banner().findChild<QPushButton *>(u"bannerAction"_s);
        QVERIFY(action && action->isVisible());
        QSignalSpy signIn(&window, &MainWindow::signInRequested);
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(signIn.size(), 1);
        QVERIFY(!window.banner().isVisible());
    }

    void aDatabaseThatFailsToOpen_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not a database") << QByteArray("this is not SQLite at all\n").repeated(200);
        QTest::newRow("a folder") << QByteArray();
    }

    void aDatabaseThatFailsToOpen()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.sqlite"_s);
        if (content.isEmpty()) {
            QVERIFY(QDir(dir.path()).mkdir(u"broken.sqlite"_s));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        GuiHarness::Options options;
        options.databasePath = path;
        GuiHarness harness(options);
        QVERIFY(harness.isReady());
        MainWindow window(harness.bridge(), windowOptions());
        window.setAccount(harness.account());
        QSignalSpy opened(&harness.bridge(), &EngineBridge::opened);
        window.show();
        QVERIFY(opened.wait(10'000));
        // The window is up, says what is wrong, and offers to try again.
        QVERIFY(window.isVisible());
        QVERIFY(window.banner().isVisible());
        QVERIFY2(window.banner().text().contains(u"database"_s),
                 qPrintable(window.banner().text()));
        QCOMPARE(window.banner().problems().constLast().action, Problem::Action::ReopenDatabase);
        QVERIFY(!window.isFirstRunShown());
        QCOMPARE(window.model().rowCount(), 0);
        // The file is left as it was.
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content);
        }
        // Syncing is refused quietly, not crashed into.
        window.syncAllAction()->trigger();
        QCoreApplication::processEvents();
        QVERIFY(window.isVisible());
        QVERIFY(!window.controller().isSyncing());
    }

    void badDataStillShows()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(fillDatabase(harness));
        // A damaged avatar, a missing one, and a name far too long for any card.
        const QString garbage = harness.directory() + u"/garbage.png"_s;
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GIF89a but not really");
        file.close();
        {
            QSqlQuery query(harness.bridge().database().connection());
            QVERIFY(query.exec(
                u"UPDATE characters SET avatar_file = '%1' WHERE name = 'Thrallson'"_s.arg(
                    garbage)));
            QVERIFY(query.exec(
                u"UPDATE characters SET avatar_file = '/nonexistent/a.png' WHERE name = 'Léonie'"_s));
            QVERIFY(query.exec(
                u"UPDATE characters SET name = '%1' WHERE name = 'Zül'"_s.arg(QString(400, u'Z'))));
        }
        harness.bridge().database().closeThreadConnection();
        harness.restartBridge();
        MainWindow window(harness.bridge(), windowOptions());
        window.resize(1000, 700);
        window.show();
        QCOMPARE(waitForCharacters(window), 15);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Paint everything (avatars are asked for, read on the pool, found broken).
        window.grid().viewport()->repaint();
        const qint64 thrallson = rowIdOf(window, u"Thrallson"_s);
        window.grid().setCurrentIndex(window.grid().indexOfCharacter(thrallson));
        QCOMPARE(window.detailPanel().characterRowId(), thrallson);
        const auto note = [&] {
            for (QLabel *label : window.detailPanel().findChildren<QLabel *>()) {
                if (label->accessibleName() == u"Portrait"_s && label->isVisible())
                    return label->text();
            }
            return QString();
        };
        QTRY_VERIFY(note().contains(u"could not be read"_s));
        QVERIFY(!window.grab().isNull());
        QVERIFY(rowIdOf(window, QString(400, u'Z')) > 0);
    }

    void keyboardAndAccessibility()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(fillDatabase(harness));
        harness.restartBridge();
        MainWindow window(harness.bridge(), windowOptions());
        window.show();
        QCOMPARE(waitForCharacters(window), 15);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);

        // Ctrl+F goes to the search; typing filters; Tab reaches the grid.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *search = window.findChild<QLineEdit *>(u"search"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"thrall"_s);
        QCOMPARE(window.proxy().rowCount(), 1);
        search->clear();
        CharacterGridView &grid = window.grid();
        grid.setFocus();
        grid.setCurrentIndex(grid.model()->index(0, 0));
        QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(grid.currentIndex().row(), 1);
        QTest::keyClick(&grid, Qt::Key_Down);
        QVERIFY(grid.currentIndex().row() > 1);
        QCOMPARE(window.detailPanel().characterRowId(), grid.characterRowId(grid.currentIndex()));

        // The menu key opens the card's menu. (The platform turns the key into a keyboard
        // context-menu event; the offscreen platform does not, so the test sends that event.)
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(0, 0),
                                  grid.mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(&grid, &menuKey);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu->findChild<QAction *>(u"refreshCharacter"_s));
        menu->close();

        // Screen readers get a name and a status for every card.
        const QModelIndex index = grid.currentIndex();
        const QString text = index.data(Qt::AccessibleTextRole).toString();
        QVERIFY(text.contains(index.data(CharacterListModel::NameRole).toString()));
        QVERIFY(text.contains(index.data(CharacterListModel::RealmRole).toString()));
        QVERIFY(!index.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
        QVERIFY(!grid.accessibleName().isEmpty());
    }

    void geometryIsRemembered()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        const QString group = u"GeometryTest"_s;
        {
            MainWindow window(harness.bridge(), windowOptions(group));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(913, 611);
            QTRY_COMPARE(window.size(), QSize(913, 611));
            window.close();
        }
        harness.restartBridge();
        MainWindow again(harness.bridge(), windowOptions(group));
        QCOMPARE(again.size(), QSize(913, 611));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
