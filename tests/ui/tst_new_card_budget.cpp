// The grid's new-card budget: when a screen of new cards appears at once, the delegate paints
// a few per frame and the rest on the following frames; every card gets painted, a card
// already on screen never goes back to its empty frame, and the cards look the same as when
// everything is painted in one frame.
#include "model/CharacterListModel.h"
#include "paint/AvatarImages.h"
#include "paint/CardDelegate.h"
#include "paint/StatusAnimator.h"
#include "util/Clock.h"
#include "widgets/CharacterGridView.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace {

QList<CharacterRow> characters(int count)
{
    QList<Character> list;
    for (qint64 id = 1; id <= count; ++id) {
        Character c;
        c.rowId = id;
        c.key = {Region::EU, GameVersion::Retail, u"silvermoon"_s, id};
        c.name = u"Hero%1"_s.arg(id);
        c.realmName = u"Silvermoon"_s;
        c.level = int(id % 80) + 1;
        c.classId = int(id % 13) + 1;
        list.append(c);
    }
    return makeRows(list);
}

// One grid as the window has it: model, delegate, view, 800x600, shown.
struct Grid
{
    explicit Grid(std::chrono::nanoseconds budget)
        : animator(model, clock)
        , delegate(avatars, animator)
        , view(model)
    {
        QObject::connect(&view, &CharacterGridView::cardWidthChanged, &delegate,
                         &CardDelegate::setCardWidth);
        delegate.setNewCardBudget(budget);
        view.setItemDelegate(&delegate);
        view.setModel(&model);
        view.resize(800, 600);
        delegate.setCardWidth(view.cardWidth());
        model.setCharacters(characters(200));
    }

    bool everyVisibleCardPainted() const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (view.visualRect(index).intersects(view.viewport()->rect()) &&
                !delegate.hasPainted(index.data(CharacterListModel::RowIdRole).toLongLong()))
                return false;
        }
        return true;
    }

    int visibleCards() const
    {
        int visible = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            visible += view.visualRect(model.index(row)).intersects(view.viewport()->rect());
        return visible;
    }

    ManualClock clock;
    CharacterListModel model;
    AvatarImages avatars;
    StatusAnimator animator;
    CardDelegate delegate;
    CharacterGridView view;
};

} // namespace

class TestNewCardBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aScreenOfNewCardsIsPaintedOverSeveralFrames()
    {
        // A budget no frame can keep: each frame paints one new card, the rest wait.
        Grid grid(std::chrono::nanoseconds(1));
        grid.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid.view));
        grid.view.doItemsLayout();
        const int visible = grid.visibleCards();
        QVERIFY2(visible >= 6, qPrintable(QString::number(visible)));

        grid.view.viewport()->repaint();
        QVERIFY(grid.delegate.paintedCards() < visible); // not all at once
        // The rest follow on their own, one turn of the event loop after another.
        QTRY_COMPARE(grid.delegate.paintedCards(), visible);
    }

    void withTheBudgetSpentTheCardsLookAsIfPaintedAtOnce()
    {
        Grid spread(std::chrono::nanoseconds(1));
        Grid atOnce(std::chrono::nanoseconds(0)); // no budget: everything in one frame
        for (Grid *grid : {&spread, &atOnce}) {
            grid->view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&grid->view));
            grid->view.doItemsLayout();
        }
        atOnce.view.viewport()->repaint();
        QCOMPARE(atOnce.delegate.paintedCards(), atOnce.visibleCards());
        spread.view.viewport()->repaint();
        QTRY_COMPARE(spread.delegate.paintedCards(), spread.visibleCards());
        const QImage a = spread.view.viewport()->grab().toImage();
        const QImage b = atOnce.view.viewport()->grab().toImage();
        QCOMPARE(a.size(), b.size());
        QVERIFY(a == b);
    }

    void aCardOnScreenNeverGoesBackToItsEmptyFrame()
    {
        Grid spread(std::chrono::nanoseconds(1));
        Grid atOnce(std::chrono::nanoseconds(0));
        QList<int> known; // rows on screen before the scroll
        for (Grid *grid : {&spread, &atOnce}) {
            grid->view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&grid->view));
            grid->view.doItemsLayout();
            grid->view.verticalScrollBar()->setValue(grid->view.verticalScrollBar()->maximum() / 2);
            grid->view.viewport()->repaint();
        }
        QTRY_VERIFY(spread.everyVisibleCardPainted());
        for (int row = 0; row < spread.model.rowCount(); ++row) {
            if (spread.view.visualRect(spread.model.index(row))
                    .intersects(spread.view.viewport()->rect()))
                known << row;
        }

        // Every card changes at once (a palette colour cards do not use, so the pixels stay
        // the same) and the view scrolls up half a screen: the new cards at the top take the
        // budget, and the known ones below must still be painted in full in the same frame.
        for (Grid *grid : {&spread, &atOnce}) {
            QPalette palette = grid->view.palette();
            palette.setColor(QPalette::ToolTipBase, Qt::darkRed);
            grid->view.setPalette(palette);
            QScrollBar *bar = grid->view.verticalScrollBar();
            bar->setValue(bar->value() - grid->view.viewport()->height() / 2);
            QCoreApplication::sendPostedEvents();
            grid->view.viewport()->repaint();
        }
        const QImage a = spread.view.viewport()->grab().toImage();
        const QImage b = atOnce.view.viewport()->grab().toImage();
        int compared = 0;
        for (const int row : std::as_const(known)) {
            const QRect card =
                spread.view.visualRect(spread.model.index(row)).intersected(a.rect());
            if (card.isEmpty())
                continue;
            QVERIFY2(a.copy(card) == b.copy(card), qPrintable(u"row %1"_s.arg(row)));
            ++compared;
        }
        QVERIFY(compared >= 3);
    }
};

QTEST_MAIN(TestNewCardBudget)
#include "tst_new_card_budget.moc"
