// The app's composition as main() runs it: a first run on an empty database, "Try the demo"
// replacing the session without the app quitting, the demo syncing by itself, and closing
// the window ending the app.
#include "AppSession.h"
#include "SessionSwitcher.h"
#include "model/CharacterListModel.h"
#include "sync/SyncController.h"
#include "widgets/FirstRunPage.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bnet;
using namespace Qt::StringLiterals;

class TestAppSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        // Every file the app writes (demo database, avatars, settings) goes here.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qunsetenv("BNETSYNC_TOKEN");
        QCoreApplication::setApplicationName(u"tst_ui_app_session"_s);
    }

    void tryTheDemoFromTheFirstRunPage()
    {
        gui::GuiOptions options;
        options.databasePath = m_home.filePath(u"empty.sqlite"_s);
        options.demoLatencyMs = 5;
        options.demoJitterMs = 0;
        gui::SessionSwitcher sessions;
        QSignalSpy quit(&sessions, &gui::SessionSwitcher::quitRequested);
        sessions.start(options);
        gui::AppSession *first = sessions.session();
        QVERIFY(first && !first->isDemo());
        QTRY_VERIFY(first->window().isFirstRunShown());

        QTest::mouseClick(first->window().firstRunPage().demoButton(), Qt::LeftButton);
        QTRY_VERIFY(sessions.session() && sessions.session() != first);
        gui::AppSession *demo = sessions.session();
        QVERIFY(demo->isDemo());
        QVERIFY(demo->window().isVisible());
        QVERIFY(!demo->window().isFirstRunShown());
        QCOMPARE(quit.size(), 0); // swapping windows is not the player quitting

        // The demo syncs its account by itself, with no set-up.
        QSignalSpy finished(&demo->window().controller(), &ui::SyncController::sessionFinished);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.constFirst().at(1).toString(), u"completed"_s);
        QTRY_COMPARE(demo->window().model().rowCount(), 15);

        demo->window().close();
        QCOMPARE(quit.size(), 1);
    }
};

QTEST_MAIN(TestAppSession)
#include "tst_app_session.moc"
