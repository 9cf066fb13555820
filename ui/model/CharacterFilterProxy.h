#pragma once

#include "domain/Character.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace bnet::ui {

class CharacterListModel;

// Search, filters and sort order of the grid over CharacterListModel. Reads the source's rows
// directly (no QVariant round trips), because it runs for every row on every change.
class CharacterFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharacterFilterProxy)

public:
    enum class SortKey {
        Name,
        Level,
        ItemLevel,
        LastLogin
    };
    Q_ENUM(SortKey)

    enum class ArchivedFilter {
        ActiveOnly,
        All,
        ArchivedOnly
    };
    Q_ENUM(ArchivedFilter)

    struct Filters
    {
        QString search; // name or realm
        std::optional<Region> region;
        std::optional<GameVersion> version;
        std::optional<int> classId;
        std::optional<Faction> faction;
        ArchivedFilter archived = ArchivedFilter::ActiveOnly;

        friend bool operator==(const Filters &, const Filters &) = default;
    };

    explicit CharacterFilterProxy(CharacterListModel *source, QObject *parent = nullptr);
    ~CharacterFilterProxy() override;

    void setFilters(const Filters &filters);
    const Filters &filters() const { return m_filters; }
    void setSearchText(const QString &text);

    // Name ascending, the numbers and last login descending (highest or latest first) unless
    // `order` says otherwise.
    void setSortKey(SortKey key, std::optional<Qt::SortOrder> order = std::nullopt);
    SortKey sortKey() const { return m_sortKey; }

    static Qt::SortOrder naturalOrder(SortKey key);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CharacterListModel *m_source;
    Filters m_filters;
    QString m_foldedSearch;
    SortKey m_sortKey = SortKey::Name;
    QCollator m_collator;
};

} // namespace bnet::ui
