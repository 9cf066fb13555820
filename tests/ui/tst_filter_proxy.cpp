// Search, filters and sort orders of the grid, on hand-made characters; a change that affects
// the order re-sorts, a status change does not.
#include "model/CharacterFilterProxy.h"
#include "model/CharacterListModel.h"
#include "model/SearchKey.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bnet;
using namespace bnet::ui;
using namespace Qt::StringLiterals;

namespace {

Character make(qint64 id, const QString &name, const QString &realm, Region region,
               GameVersion version, int classId, Faction faction, int level,
               std::optional<double> itemLevel, int lastLoginDaysAgo, bool archived = false)
{
    Character c;
    c.rowId = id;
    c.key = {region, version, realm.toLower().replace(u' ', u'-'), id * 100};
    c.name = name;
    c.realmName = realm;
    c.classId = classId;
    c.faction = faction;
    c.level = level;
    c.archived = archived;
    c.details.averageItemLevel = itemLevel;
    if (lastLoginDaysAgo >= 0)
        c.details.lastLogin =
            QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC).addDays(-lastLoginDaysAgo);
    return c;
}

QList<Character> roster()
{
    using R = Region;
    using V = GameVersion;
    return {
        make(1, u"Thrallson"_s, u"Area 52"_s, R::US, V::Retail, 7, Faction::Horde, 80, 626.4, 1),
        make(2, u"Léonie"_s, u"Stormrage"_s, R::US, V::Retail, 5, Faction::Alliance, 80, 619, 3),
        make(3, u"Ælfwyn"_s, u"Silvermoon"_s, R::EU, V::Retail, 13, Faction::Alliance, 72, 580, 10),
        make(4, u"Владимир"_s, u"Гордунни"_s, R::EU, V::Retail, 1, Faction::Horde, 70, 500, 30),
        make(5, u"Grimhilde"_s, u"Defias Pillager"_s, R::US, V::ClassicEra, 2, Faction::Alliance,
             42, std::nullopt, -1),
        make(6, u"Gruntak"_s, u"Faerlina"_s, R::US, V::Classic, 1, Faction::Horde, 85, 346, 200,
             true),
        make(7, u"zed2"_s, u"Area 52"_s, R::US, V::Anniversary, 9, Faction::Horde, 60, 64, 5),
        make(8, u"zed10"_s, u"Area 52"_s, R::US, V::Anniversary, 9, Faction::Horde, 60, 64, 5),
    };
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int i = 0; i < model.rowCount(); ++i)
        result << model.index(i, 0).data(CharacterListModel::NameRole).toString();
    return result;
}

} // namespace

class TestFilterProxy : public QObject
{
    Q_OBJECT

private:
    CharacterListModel *m_model = nullptr;
    CharacterFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_testers[2] = {};

private Q_SLOTS:
    void init()
    {
        m_model = new CharacterListModel(this);
        m_proxy = new CharacterFilterProxy(m_model, this);
        m_testers[0] = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_testers[1] = new QAbstractItemModelTester(
            m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->setCharacters(makeRows(roster()));
    }

    void cleanup()
    {
        delete m_testers[0];
        delete m_testers[1];
        delete m_proxy;
        delete m_model;
    }

    void foldingIgnoresCaseAndAccents()
    {
        QCOMPARE(foldForSearch(u"Léonie"_s), u"leonie"_s);
        QCOMPARE(foldForSearch(u"ÆLFWYN"_s), u"aelfwyn"_s);
        QCOMPARE(foldForSearch(u"Søren"_s), u"soren"_s);
        QCOMPARE(foldForSearch(u"Владимир"_s), u"владимир"_s);
        QCOMPARE(foldForSearch(u"Ñandú"_s), u"nandu"_s);
    }

    void archivedAreHiddenByDefault()
    {
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_proxy->rowCount(), 7);
        QVERIFY(!names(*m_proxy).contains(u"Gruntak"_s));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name, no accent typed") << u"leo"_s << QStringList{u"Léonie"_s};
        QTest::newRow("name, ligature typed out") << u"aelf"_s << QStringList{u"Ælfwyn"_s};
        QTest::newRow("upper case") << u"THRALL"_s << QStringList{u"Thrallson"_s};
        QTest::newRow("realm") << u"stormrage"_s << QStringList{u"Léonie"_s};
        QTest::newRow("realm with space")
            << u"area 52"_s << QStringList{u"Thrallson"_s, u"zed2"_s, u"zed10"_s};
        QTest::newRow("cyrillic realm") << u"гордун"_s << QStringList{u"Владимир"_s};
        QTest::newRow("surrounding blanks") << u"  leonie "_s << QStringList{u"Léonie"_s};
        QTest::newRow("nothing") << u"no such hero"_s << QStringList{};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(text);
        QStringList found = names(*m_proxy);
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
    }

    void filters()
    {
        CharacterFilterProxy::Filters f;
        f.region = Region::EU;
        m_proxy->setFilters(f);
        QCOMPARE(m_proxy->rowCount(), 2);
        f.region.reset();
        f.version = GameVersion::Anniversary;
        m_proxy->setFilters(f);
        QCOMPARE(m_proxy->rowCount(), 2);
        f.version.reset();
        f.classId = 1; // warriors: Владимир, and Gruntak only once archived ones show
        m_proxy->setFilters(f);
        QCOMPARE(names(*m_proxy), QStringList{u"Владимир"_s});
        f.archived = CharacterFilterProxy::ArchivedFilter::All;
        m_proxy->setFilters(f);
        QCOMPARE(m_proxy->rowCount(), 2);
        f.archived = CharacterFilterProxy::ArchivedFilter::ArchivedOnly;
        m_proxy->setFilters(f);
        QCOMPARE(names(*m_proxy), QStringList{u"Gruntak"_s});
        f = {};
        f.faction = Faction::Alliance;
        m_proxy->setFilters(f);
        QCOMPARE(m_proxy->rowCount(), 3);
        f.search = u"grim"_s;
        m_proxy->setFilters(f);
        QCOMPARE(names(*m_proxy), QStringList{u"Grimhilde"_s});
    }

    void sorting()
    {
        // Names in reading order, numbers compared as numbers (zed2 before zed10).
        QCOMPARE(names(*m_proxy),
                 (QStringList{u"Ælfwyn"_s, u"Grimhilde"_s, u"Léonie"_s, u"Thrallson"_s, u"zed2"_s,
                              u"zed10"_s, u"Владимир"_s}));
        m_proxy->setSortKey(CharacterFilterProxy::SortKey::Level);
        QCOMPARE(names(*m_proxy).mid(0, 2), (QStringList{u"Léonie"_s, u"Thrallson"_s}));
        QCOMPARE(names(*m_proxy).constLast(), u"Grimhilde"_s);
        m_proxy->setSortKey(CharacterFilterProxy::SortKey::ItemLevel);
        QCOMPARE(names(*m_proxy).constFirst(), u"Thrallson"_s);
        QCOMPARE(names(*m_proxy).constLast(), u"Grimhilde"_s); // never enriched: last
        m_proxy->setSortKey(CharacterFilterProxy::SortKey::LastLogin);
        QCOMPARE(names(*m_proxy).mid(0, 2), (QStringList{u"Thrallson"_s, u"Léonie"_s}));
        m_proxy->setSortKey(CharacterFilterProxy::SortKey::LastLogin, Qt::AscendingOrder);
        QCOMPARE(names(*m_proxy).constFirst(), u"Grimhilde"_s);
        m_proxy->setSortKey(CharacterFilterProxy::SortKey::Name, Qt::DescendingOrder);
        QCOMPARE(names(*m_proxy).constFirst(), u"Владимир"_s);
    }

    void aLevelUpReSortsButAStatusChangeDoesNot()
    {
        m_proxy->setSortKey(CharacterFilterProxy::SortKey::Level);
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        m_model->setStatuses({{5, CardStatus::Processing, {}}}, 1000);
        QCOMPARE(layout.size(), 0);

        QList<Character> updated = roster();
        updated[4].level = 90; // Grimhilde dings past everyone
        m_model->updateCharacters(makeRows({updated[4]}));
        QCOMPARE(names(*m_proxy).constFirst(), u"Grimhilde"_s);
        QVERIFY(layout.size() > 0);
        // The live status survived the new data.
        QCOMPARE(m_model->rowAt(m_model->indexOfRowId(5)).status, CardStatus::Processing);
    }

    void reloadDiffsInsteadOfResetting()
    {
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QList<Character> next = roster();
        next.removeAt(1); // Léonie deleted from the database by hand
        next[2].level = 71;
        next[3].level = 61; // two neighbours change: one ranged dataChanged
        next.append(make(9, u"Newcomer"_s, u"Area 52"_s, Region::US, GameVersion::Retail, 3,
                         Faction::Horde, 10, std::nullopt, -1));
        m_model->setCharacters(makeRows(next));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row() + 1,
                 changed.constFirst().at(1).toModelIndex().row());
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->indexOfRowId(9), 7);
        QCOMPARE(m_model->indexOfRowId(2), -1);
        QCOMPARE(m_model->indexOfRowId(3), 1);
        // Nothing changed: nothing announced.
        changed.clear();
        m_model->setCharacters(makeRows(next));
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_MAIN(TestFilterProxy)
#include "tst_filter_proxy.moc"
