#include "FilterBar.h"

#include "Icons.h"
#include "paint/ClassColours.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bnet::ui {
namespace {

template<typename T>
std::optional<T> chosen(const QComboBox *combo)
{
    const QVariant value = combo->currentData();
    if (!value.isValid())
        return std::nullopt;
    return T(value.toInt());
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search by name or realm"));
    m_search->setAccessibleName(tr("Search characters by name or realm"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::themed(u"search"_s), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(150);
    layout->addWidget(m_search, 3);

    m_region = addCombo(tr("Region"), u"regionFilter"_s);
    m_region->addItem(tr("All regions"));
    for (const Region region : supportedRegions())
        m_region->addItem(regionCode(region).toUpper(), int(region));

    m_version = addCombo(tr("Game version"), u"versionFilter"_s);
    m_version->addItem(tr("All versions"));
    for (const GameVersion version : allGameVersions())
        m_version->addItem(gameVersionDisplayName(version), int(version));

    m_class = addCombo(tr("Class"), u"classFilter"_s);
    m_class->addItem(tr("All classes"));
    for (const int id : knownClassIds())
        m_class->addItem(classDisplayName(id), id);

    m_faction = addCombo(tr("Faction"), u"factionFilter"_s);
    m_faction->addItem(tr("Both factions"));
    m_faction->addItem(tr("Alliance"), int(Faction::Alliance));
    m_faction->addItem(tr("Horde"), int(Faction::Horde));
    m_faction->addItem(tr("Neutral"), int(Faction::Neutral));

    m_archived = addCombo(tr("Active or archived characters"), u"archivedFilter"_s);
    m_archived->addItem(tr("Active characters"),
                        int(CharacterFilterProxy::ArchivedFilter::ActiveOnly));
    m_archived->addItem(tr("Active and archived"), int(CharacterFilterProxy::ArchivedFilter::All));
    m_archived->addItem(tr("Archived only"),
                        int(CharacterFilterProxy::ArchivedFilter::ArchivedOnly));

    m_sort = addCombo(tr("Sort order"), u"sortKey"_s);
    m_sort->addItem(tr("Sort by name"), int(CharacterFilterProxy::SortKey::Name));
    m_sort->addItem(tr("Sort by level"), int(CharacterFilterProxy::SortKey::Level));
    m_sort->addItem(tr("Sort by item level"), int(CharacterFilterProxy::SortKey::ItemLevel));
    m_sort->addItem(tr("Sort by last login"), int(CharacterFilterProxy::SortKey::LastLogin));
    m_order = new QToolButton(this);
    m_order->setObjectName(u"sortOrder"_s);
    m_order->setIcon(Icons::themed(u"sort"_s));
    m_order->setToolTip(tr("Reverse the order"));
    m_order->setAccessibleName(tr("Reverse the sort order"));
    layout->addWidget(m_order);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitFilters);
    for (QComboBox *combo : {m_region, m_version, m_class, m_faction, m_archived})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilters);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_sortOrder = CharacterFilterProxy::naturalOrder(sortKey());
        emitSort();
    });
    connect(m_order, &QToolButton::clicked, this, [this] {
        m_sortOrder = m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        emitSort();
    });
}

FilterBar::~FilterBar() = default;

QComboBox *FilterBar::addCombo(const QString &label, const QString &objectName)
{
    // No label beside it: the first entry says what the combo is ("All regions"), and the
    // label is its accessible name and tooltip. Combos may shrink (eliding their text), so the
    // window stays usable on a small screen, and share the room of a wide one.
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(7);
    combo->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    combo->setAccessibleName(label);
    combo->setToolTip(label);
    static_cast<QHBoxLayout *>(layout())->addWidget(combo, 1);
    return combo;
}

CharacterFilterProxy::Filters FilterBar::filters() const
{
    CharacterFilterProxy::Filters f;
    f.search = m_search->text();
    f.region = chosen<Region>(m_region);
    f.version = chosen<GameVersion>(m_version);
    f.classId = chosen<int>(m_class);
    f.faction = chosen<Faction>(m_faction);
    f.archived = chosen<CharacterFilterProxy::ArchivedFilter>(m_archived)
                     .value_or(CharacterFilterProxy::ArchivedFilter::ActiveOnly);
    return f;
}

CharacterFilterProxy::SortKey FilterBar::sortKey() const
{
    return chosen<CharacterFilterProxy::SortKey>(m_sort).value_or(
        CharacterFilterProxy::SortKey::Name);
}

Qt::SortOrder FilterBar::sortOrder() const
{
    return m_sortOrder;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::emitFilters()
{
    Q_EMIT filtersChanged(filters());
}

void FilterBar::emitSort()
{
    Q_EMIT sortChanged(sortKey(), m_sortOrder);
}

} // namespace bnet::ui
