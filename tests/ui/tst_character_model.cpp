// The grid's model and proxy through whole syncs run by the real engine on its own thread:
// the list arrives as one insert, statuses and enrichment as ranged dataChanged, a character
// that leaves the account is archived (kept, hidden by the proxy) and comes back - all under
// QAbstractItemModelTester and without a single model reset.
#include "GuiHarness.h"
#include "model/CharacterFilterProxy.h"
#include "model/CharacterListModel.h"
#include "model/CharacterLoader.h"
#include "paint/StatusAnimator.h"
#include "sync/SyncController.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace {

struct Range
{
    int top;
    int bottom;
    QList<int> roles;
};

// The grid's parts as MainWindow wires them, minus the widgets.
struct Grid
{
    explicit Grid(GuiHarness &harness)
        : proxy(&model)
        , loader(model)
        , animator(model, clock)
        , controller(harness.bridge(), model, loader, animator)
        , modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        QObject::connect(
            &model, &QAbstractItemModel::dataChanged, &model,
            [this](const QModelIndex &top, const QModelIndex &bottom, const QList<int> &roles) {
                changes.append({top.row(), bottom.row(), roles});
                for (int row = top.row(); row <= bottom.row(); ++row) {
                    const CharacterRow &r = model.rowAt(row);
                    if (r.status == CardStatus::Processing)
                        spun.insert(r.character.rowId);
                }
            });
        // Rows that arrive with a status already (reported before the reload brought them).
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                         [this](const QModelIndex &, int first, int last) {
                             for (int row = first; row <= last; ++row) {
                                 if (model.rowAt(row).status == CardStatus::Processing)
                                     spun.insert(model.rowAt(row).character.rowId);
                             }
                         });
    }

    // Runs a whole-account sync and waits until it finished and its results are in the model.
    QString syncAll()
    {
        QSignalSpy finished(&controller, &SyncController::sessionFinished);
        controller.syncAll();
        if (!finished.wait(60'000))
            return u"timeout"_s;
        if (loader.pendingReads() > 0) {
            QSignalSpy idle(&loader, &CharacterLoader::idle);
            idle.wait(10'000);
        }
        return finished.constFirst().at(1).toString();
    }

    const CharacterRow *row(const QString &name) const
    {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.rowAt(i).character.name == name)
                return &model.rowAt(i);
        }
        return nullptr;
    }

    SystemClock clock;
    CharacterListModel model;
    CharacterFilterProxy proxy;
    CharacterLoader loader;
    StatusAnimator animator;
    SyncController controller;
    QAbstractItemModelTester modelTester;
    QAbstractItemModelTester proxyTester;
    QList<Range> changes;
    QSet<qint64> spun; // characters whose card showed the spinning arrow
};

void removeCharacter(bnetsim::SimulatedBattleNet &simulator, const QString &name)
{
    simulator.editData([&](bnetsim::SimulatorData &data) {
        for (bnetsim::SimAccount &account : data.accounts)
            account.characters.removeIf(
                [&](const bnetsim::SimCharacter &c) { return c.name == name; });
    });
}

} // namespace

class TestCharacterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWholeSyncFillsAndUpdatesTheModelWithoutResets()
    {
        GuiHarness::Options options;
        options.simulator.latencyMs = 40; // as on a real network: answers are not instant
        GuiHarness harness(options);
        QVERIFY(harness.isReady());
        Grid grid(harness);
        QSignalSpy inserted(&grid.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&grid.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&grid.model, &QAbstractItemModel::modelReset);
        QSignalSpy proxyResets(&grid.proxy, &QAbstractItemModel::modelReset);
        QVERIFY(harness.openDatabase());
        grid.loader.setDatabase(&harness.bridge().database());
        QSignalSpy loaded(&grid.loader, &CharacterLoader::loaded);
        grid.loader.reloadAll();
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.constFirst().constFirst().toInt(), 0); // an empty database
        grid.controller.setAccount(harness.account());

        QCOMPARE(grid.syncAll(), u"completed"_s);
        QCOMPARE(grid.model.rowCount(), 15);
        QCOMPARE(grid.proxy.rowCount(), 15);
        // The list arrived as one block insert.
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
        QCOMPARE(inserted.constFirst().at(2).toInt(), 14);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(proxyResets.size(), 0);

        // Every card spun while it was worked on, even on this first sync where the engine
        // reports on characters before the model has loaded them.
        QCOMPARE(grid.spun.size(), 15);
        // Every card ended green with enriched data.
        for (int i = 0; i < grid.model.rowCount(); ++i) {
            const CharacterRow &row = grid.model.rowAt(i);
            QVERIFY2(row.status == CardStatus::Completed, qPrintable(row.character.name));
            QVERIFY2(row.character.details.isEnriched(), qPrintable(row.character.name));
            QVERIFY(grid.model.index(i).data(CharacterListModel::ItemLevelRole).isValid());
        }
        // Status changes name their roles (so the proxy does not re-sort on them), and at least
        // one update covered a range of rows rather than a single one.
        bool sawRange = false;
        bool sawStatusRoles = false;
        for (const Range &change : std::as_const(grid.changes)) {
            QVERIFY(change.top <= change.bottom);
            sawRange = sawRange || change.bottom > change.top;
            sawStatusRoles =
                sawStatusRoles || (change.roles.contains(CharacterListModel::StatusRole) &&
                                   !change.roles.contains(CharacterListModel::SortKeyRole));
        }
        QVERIFY(sawRange);
        QVERIFY(sawStatusRoles);

        // A second sync updates in place: no insert, no removal, no reset.
        grid.changes.clear();
        QCOMPARE(grid.syncAll(), u"completed"_s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!grid.changes.isEmpty());
    }

    void archiveAndReactivateKeepTheRow()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        Grid grid(harness);
        QVERIFY(harness.openDatabase());
        grid.loader.setDatabase(&harness.bridge().database());
        grid.controller.setAccount(harness.account());
        QCOMPARE(grid.syncAll(), u"completed"_s);
        QCOMPARE(grid.proxy.rowCount(), 15);
        const CharacterRow *found = grid.row(u"Gruntak"_s);
        QVERIFY(found);
        const qint64 gruntak = found->character.rowId;
        const int modelRow = grid.model.indexOfRowId(gruntak);

        QSignalSpy resets(&grid.model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&grid.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy proxyRemoved(&grid.proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy proxyInserted(&grid.proxy, &QAbstractItemModel::rowsInserted);
        const bnetsim::SimulatorData original = harness.simulator().data();
        removeCharacter(harness.simulator(), u"Gruntak"_s);
        grid.changes.clear();
        QCOMPARE(grid.syncAll(), u"completed"_s);

        // Archived: still in the model at the same row, hidden by the (active-only) proxy.
        QCOMPARE(grid.model.rowCount(), 15);
        QCOMPARE(grid.model.indexOfRowId(gruntak), modelRow);
        QVERIFY(grid.model.index(modelRow).data(CharacterListModel::ArchivedRole).toBool());
        QCOMPARE(removed.size(), 0);
        QCOMPARE(grid.proxy.rowCount(), 14);
        QCOMPARE(proxyRemoved.size(), 1);
        const bool archiveAnnounced =
            std::any_of(grid.changes.cbegin(), grid.changes.cend(), [&](const Range &change) {
                return change.top <= modelRow && modelRow <= change.bottom &&
                       change.roles.isEmpty();
            });
        QVERIFY(archiveAnnounced);
        // Archived characters are not queued by a sync.
        QCOMPARE_NE(grid.model.rowAt(modelRow).status, CardStatus::Queued);

        // Shown again when the filter asks for archived characters.
        CharacterFilterProxy::Filters filters;
        filters.archived = CharacterFilterProxy::ArchivedFilter::ArchivedOnly;
        grid.proxy.setFilters(filters);
        QCOMPARE(grid.proxy.rowCount(), 1);
        QCOMPARE(grid.proxy.index(0, 0).data(CharacterListModel::NameRole).toString(),
                 u"Gruntak"_s);
        grid.proxy.setFilters({});
        proxyInserted.clear();

        // Back on the account: reactivated in place.
        harness.simulator().editData([&](bnetsim::SimulatorData &data) { data = original; });
        QCOMPARE(grid.syncAll(), u"completed"_s);
        QCOMPARE(grid.model.indexOfRowId(gruntak), modelRow);
        QVERIFY(!grid.model.index(modelRow).data(CharacterListModel::ArchivedRole).toBool());
        QCOMPARE(grid.proxy.rowCount(), 15);
        QCOMPARE(proxyInserted.size(), 1);
        QCOMPARE(grid.model.rowCount(), 15);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void aFailedCharacterCarriesItsReason()
    {
        GuiHarness harness;
        QVERIFY(harness.isReady());
        QVERIFY(harness.simulator().addFault(u"/profile/wow/character/area-52/thrallson?*=404*"_s));
        Grid grid(harness);
        QVERIFY(harness.openDatabase());
        grid.loader.setDatabase(&harness.bridge().database());
        grid.controller.setAccount(harness.account());
        QSignalSpy problems(&grid.controller, &SyncController::problem);
        QCOMPARE(grid.syncAll(), u"completed_with_errors"_s);
        const CharacterRow *thrallson = grid.row(u"Thrallson"_s);
        QVERIFY(thrallson);
        QCOMPARE(thrallson->status, CardStatus::Failed);
        QVERIFY(!thrallson->statusReason.isEmpty());
        const QModelIndex index =
            grid.model.index(grid.model.indexOfRowId(thrallson->character.rowId));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(thrallson->statusReason));
        QVERIFY(
            index.data(Qt::AccessibleDescriptionRole).toString().contains(thrallson->statusReason));
        QCOMPARE(grid.controller.progress().failed, 1);
        // The player hears about it once, with a retry.
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().constFirst().value<Problem>().action,
                 Problem::Action::RetrySync);
    }
};

QTEST_MAIN(TestCharacterModel)
#include "tst_character_model.moc"
