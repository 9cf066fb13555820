#include "CharacterFilterProxy.h"

#include "CharacterListModel.h"
#include "SearchKey.h"

namespace bnet::ui {
namespace {

double itemLevelOf(const Character &c)
{
    if (c.details.averageItemLevel)
        return *c.details.averageItemLevel;
    return c.details.equippedItemLevel ? double(*c.details.equippedItemLevel) : -1.0;
}

} // namespace

CharacterFilterProxy::CharacterFilterProxy(CharacterListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_collator(nameCollator())
{
    setSourceModel(source);
    // Status updates do not carry this role, so they never re-sort or re-filter the grid;
    // character updates come with an empty role list, which does.
    setSortRole(CharacterListModel::SortKeyRole);
    setFilterRole(CharacterListModel::SortKeyRole);
    setDynamicSortFilter(true);
    sort(0, naturalOrder(m_sortKey));
}

CharacterFilterProxy::~CharacterFilterProxy() = default;

Qt::SortOrder CharacterFilterProxy::naturalOrder(SortKey key)
{
    return key == SortKey::Name ? Qt::AscendingOrder : Qt::DescendingOrder;
}

void CharacterFilterProxy::setFilters(const Filters &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    m_foldedSearch = foldForSearch(m_filters.search.trimmed());
    invalidateFilter();
}

void CharacterFilterProxy::setSearchText(const QString &text)
{
    Filters filters = m_filters;
    filters.search = text;
    setFilters(filters);
}

void CharacterFilterProxy::setSortKey(SortKey key, std::optional<Qt::SortOrder> order)
{
    const Qt::SortOrder wanted = order.value_or(naturalOrder(key));
    if (key == m_sortKey && wanted == sortOrder())
        return;
    m_sortKey = key;
    // sort() with the same column and order is a no-op, so a new key needs invalidate().
    if (wanted == sortOrder())
        invalidate();
    else
        sort(0, wanted);
}

bool CharacterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const CharacterRow &row = m_source->rowAt(sourceRow);
    const Character &c = row.character;
    switch (m_filters.archived) {
    case ArchivedFilter::ActiveOnly:
        if (c.archived)
            return false;
        break;
    case ArchivedFilter::ArchivedOnly:
        if (!c.archived)
            return false;
        break;
    case ArchivedFilter::All:
        break;
    }
    if (m_filters.region && c.key.region != *m_filters.region)
        return false;
    if (m_filters.version && c.key.version != *m_filters.version)
        return false;
    if (m_filters.classId && c.classId != *m_filters.classId)
        return false;
    if (m_filters.faction && c.faction != *m_filters.faction)
        return false;
    return m_foldedSearch.isEmpty() || row.searchKey.contains(m_foldedSearch);
}

bool CharacterFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const CharacterRow &rowA = m_source->rowAt(left.row());
    const CharacterRow &rowB = m_source->rowAt(right.row());
    const Character &a = rowA.character;
    const Character &b = rowB.character;
    const auto byName = [&](bool readingOrder) {
        int names = rowA.nameKey && rowB.nameKey ? rowA.nameKey->compare(*rowB.nameKey)
                                                 : m_collator.compare(a.name, b.name);
        if (names == 0)
            names = a.rowId < b.rowId ? -1 : (a.rowId > b.rowId ? 1 : 0);
        // QSortFilterProxyModel reverses the whole comparison for a descending order; a tie on
        // a number is broken by the name in reading order whichever way the number sorts.
        return readingOrder && sortOrder() == Qt::DescendingOrder ? names > 0 : names < 0;
    };
    switch (m_sortKey) {
    case SortKey::Name:
        break;
    case SortKey::Level:
        if (a.level != b.level)
            return a.level < b.level;
        break;
    case SortKey::ItemLevel:
        if (const double x = itemLevelOf(a), y = itemLevelOf(b); x != y)
            return x < y;
        break;
    case SortKey::LastLogin:
        if (a.details.lastLogin != b.details.lastLogin)
            return a.details.lastLogin < b.details.lastLogin;
        break;
    }
    return byName(m_sortKey != SortKey::Name);
}

} // namespace bnet::ui
