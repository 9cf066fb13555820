#pragma once

#include "model/CharacterFilterProxy.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace bnet::ui {

// Search field, filters (region, game version, class, faction, archived) and sort order above
// the grid. Every control has a label a screen reader can read and a place in the tab order.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    CharacterFilterProxy::Filters filters() const;
    CharacterFilterProxy::SortKey sortKey() const;
    Qt::SortOrder sortOrder() const;

    QLineEdit *searchField() const { return m_search; }
    void focusSearch();

Q_SIGNALS:
    void filtersChanged(const bnet::ui::CharacterFilterProxy::Filters &filters);
    void sortChanged(bnet::ui::CharacterFilterProxy::SortKey key, Qt::SortOrder order);

private:
    QComboBox *addCombo(const QString &label, const QString &objectName);
    void emitFilters();
    void emitSort();

    QLineEdit *m_search;
    QComboBox *m_region;
    QComboBox *m_version;
    QComboBox *m_class;
    QComboBox *m_faction;
    QComboBox *m_archived;
    QComboBox *m_sort;
    QToolButton *m_order;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace bnet::ui
