// The one animation timer: runs while a card spins or fades and the window is visible, stops
// as soon as nothing animates, and stops while the window is hidden or minimised.
#include "GuiHarness.h"
#include "model/CharacterListModel.h"
#include "paint/StatusAnimator.h"
#include "util/Clock.h"
#include "widgets/MainWindow.h"
#include "widgets/SyncProgressWidget.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace {

QList<CharacterRow> threeCharacters()
{
    QList<Character> characters;
    for (qint64 id = 1; id <= 3; ++id) {
        Character c;
        c.rowId = id;
        c.key = {Region::EU, GameVersion::Retail, u"silvermoon"_s, id};
        c.name = u"Hero%1"_s.arg(id);
        characters.append(c);
    }
    return makeRows(characters);
}

} // namespace

class TestAnimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsOnlyWhileSomethingAnimates()
    {
        ManualClock clock;
        CharacterListModel model;
        model.setCharacters(threeCharacters());
        StatusAnimator animator(model, clock);
        animator.setVisible(true);
        QVERIFY(!animator.isRunning()); // nothing to animate

        QSignalSpy repaint(&animator, &StatusAnimator::rowsNeedRepaint);
        model.setStatuses({{2, CardStatus::Processing, {}}}, clock.monotonicMs());
        QVERIFY(animator.isRunning());
        QVERIFY(repaint.wait());
        QVERIFY(repaint.constLast().constFirst().value<QList<qint64>>().contains(2));

        // A spinning arrow keeps it running however much time passes.
        clock.advance(10'000);
        QVERIFY(repaint.wait());
        QVERIFY(animator.isRunning());

        // Completed: it fades in for kFadeMs, then the timer stops by itself.
        model.setStatuses({{2, CardStatus::Completed, {}}}, clock.monotonicMs());
        QVERIFY(repaint.wait());
        QVERIFY(animator.isRunning());
        QCOMPARE(animator.fadeProgress(clock.monotonicMs()), 0.0);
        clock.advance(StatusAnimator::kFadeMs / 2);
        QCOMPARE(animator.fadeProgress(clock.monotonicMs() - StatusAnimator::kFadeMs / 2), 0.5);
        clock.advance(StatusAnimator::kFadeMs);
        QTRY_VERIFY(!animator.isRunning());
        QCOMPARE(animator.animatingRows(), 0);

        // Statuses loaded from the database (no fade) start nothing.
        QList<CharacterRow> rows = threeCharacters();
        rows[0].character.details.lastError = u"404"_s;
        model.setCharacters(makeRows({rows[0].character}) + rows.mid(1));
        QVERIFY(!animator.isRunning());
    }

    void stopsWhileHidden()
    {
        ManualClock clock;
        CharacterListModel model;
        model.setCharacters(threeCharacters());
        StatusAnimator animator(model, clock);
        model.setStatuses({{1, CardStatus::Processing, {}}}, clock.monotonicMs());
        QVERIFY(!animator.isRunning()); // not visible yet
        animator.setVisible(true);
        QVERIFY(animator.isRunning());
        animator.setVisible(false);
        QVERIFY(!animator.isRunning());
        // Changes while hidden are caught up on when shown again.
        model.setStatuses({{3, CardStatus::Processing, {}}}, clock.monotonicMs());
        QVERIFY(!animator.isRunning());
        animator.setVisible(true);
        QVERIFY(animator.isRunning());
        QCOMPARE(animator.animatingRows(), 2);

        // Other animations (the progress bar's icon) share the timer.
        model.setStatuses({{1, CardStatus::Completed, {}}, {3, CardStatus::Completed, {}}},
                          clock.monotonicMs());
        clock.advance(StatusAnimator::kFadeMs + 1);
        QTRY_VERIFY(!animator.isRunning());
        QObject source;
        animator.setAnimating(&source, true);
        QVERIFY(animator.isRunning());
        QSignalSpy frames(&animator, &StatusAnimator::frame);
        QVERIFY(frames.wait());
        animator.setAnimating(&source, false);
        QVERIFY(!animator.isRunning());
    }

    void theWindowDrivesVisibility()
    {
        GuiHarness::Options options;
        options.simulator.latencyMs = 80; // a sync long enough to hide the window during it
        GuiHarness harness(options);
        QVERIFY(harness.isReady());
        MainWindow window(harness.bridge(), {.settingsGroup = u"AnimationTest"_s});
        window.setAccount(harness.account());
        StatusAnimator &animator = window.animator();
        QVERIFY(!animator.isVisible());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(animator.isVisible());

        // A real sync: the timer runs while cards spin and fade...
        QSignalSpy finished(&window.controller(), &SyncController::sessionFinished);
        window.controller().syncAll();
        const auto spinning = [&] {
            for (int i = 0; i < window.model().rowCount(); ++i) {
                if (window.model().rowAt(i).status == CardStatus::Processing)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(spinning(), 10'000);
        QVERIFY(animator.isRunning());
        // ...but not while the window is hidden, even mid-sync with cards still spinning.
        window.hide();
        QVERIFY(!animator.isVisible());
        QVERIFY(!animator.isRunning());
        QVERIFY(animator.animatingRows() > 0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        QVERIFY(!animator.isVisible());
        QVERIFY(!animator.isRunning());
        window.showNormal();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.constFirst().at(1).toString(), u"completed"_s);
        // Once the last fade is over, everything is still.
        QTRY_VERIFY_WITH_TIMEOUT(!animator.isRunning(), 5000);
        QCOMPARE(window.progressWidget().percent(), 100);
    }
};

QTEST_MAIN(TestAnimation)
#include "tst_animation.moc"
