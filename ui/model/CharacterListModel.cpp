#include "CharacterListModel.h"

#include "domain/GameVersion.h"
#include "domain/Region.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bnet::ui {
namespace {

// What a card, the detail panel, sorting or filtering can show: a difference here is worth a
// dataChanged. Seen-times change on every sync and are shown nowhere.
bool visiblyDiffers(const Character &a, const Character &b)
{
    const CharacterDetails &x = a.details;
    const CharacterDetails &y = b.details;
    return a.listFieldsDiffer(b) || a.key != b.key || a.archived != b.archived ||
           a.archivedAt != b.archivedAt || x.equippedItemLevel != y.equippedItemLevel ||
           x.averageItemLevel != y.averageItemLevel || x.activeSpec != y.activeSpec ||
           x.guildName != y.guildName || x.lastLogin != y.lastLogin || x.selfFound != y.selfFound ||
           x.ghost != y.ghost || x.avatarFile != y.avatarFile || x.enrichedAt != y.enrichedAt ||
           x.lastError != y.lastError;
}

// A row that takes new stored data keeps its live status, unless that status only came from
// the database (the last enrichment's error), which the new data then replaces.
void adopt(CharacterRow &existing, CharacterRow incoming)
{
    const bool liveStatus = existing.statusSinceMs != CharacterRow::kNoFade;
    if (liveStatus) {
        incoming.status = existing.status;
        incoming.statusReason = existing.statusReason;
        incoming.statusSinceMs = existing.statusSinceMs;
    }
    // A sync queues every active character as it starts; one the same sync then archives
    // (the list pass's result can arrive after that) will not be worked on.
    if (incoming.character.archived && incoming.status == CardStatus::Queued) {
        incoming.status = CardStatus::None;
        incoming.statusReason.clear();
    }
    existing = std::move(incoming);
}

QVariant itemLevel(const CharacterDetails &details)
{
    if (details.averageItemLevel)
        return *details.averageItemLevel;
    if (details.equippedItemLevel)
        return double(*details.equippedItemLevel);
    return {};
}

} // namespace

CharacterListModel::CharacterListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

CharacterListModel::~CharacterListModel() = default;

int CharacterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CharacterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CharacterRow &row = m_rows.at(index.row());
    const Character &c = row.character;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case Qt::ToolTipRole:
        if (row.status == CardStatus::Failed && !row.statusReason.isEmpty())
            return tr("%1: %2").arg(c.name, row.statusReason);
        return {};
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case Qt::AccessibleDescriptionRole:
        if (row.status == CardStatus::Failed && !row.statusReason.isEmpty())
            return tr("%1: %2").arg(statusText(row.status), row.statusReason);
        return statusText(row.status);
    case RowIdRole:
        return c.rowId;
    case RealmRole:
        return c.realmName;
    case RegionRole:
        return int(c.key.region);
    case GameVersionRole:
        return int(c.key.version);
    case ClassIdRole:
        return c.classId;
    case FactionRole:
        return int(c.faction);
    case LevelRole:
        return c.level;
    case ItemLevelRole:
        return itemLevel(c.details);
    case LastLoginRole:
        return c.details.lastLogin;
    case GuildRole:
        return c.details.guildName;
    case ArchivedRole:
        return c.archived;
    case AvatarFileRole:
        return c.details.avatarFile;
    case StatusRole:
        return int(row.status);
    case StatusReasonRole:
        return row.statusReason;
    case StatusSinceRole:
        return row.statusSinceMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> CharacterListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{RowIdRole, "rowId"},
                  {NameRole, "name"},
                  {RealmRole, "realm"},
                  {RegionRole, "region"},
                  {GameVersionRole, "gameVersion"},
                  {ClassIdRole, "classId"},
                  {FactionRole, "faction"},
                  {LevelRole, "level"},
                  {ItemLevelRole, "itemLevel"},
                  {LastLoginRole, "lastLogin"},
                  {GuildRole, "guild"},
                  {ArchivedRole, "archived"},
                  {AvatarFileRole, "avatarFile"},
                  {StatusRole, "status"},
                  {StatusReasonRole, "statusReason"},
                  {StatusSinceRole, "statusSince"},
                  {SortKeyRole, "sortKey"}});
    return names;
}

void CharacterListModel::setCharacters(QList<CharacterRow> rows)
{
    QHash<qint64, qsizetype> incomingById;
    incomingById.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        incomingById.insert(rows.at(i).character.rowId, i);

    // Characters the database no longer has (deleted by hand or another tool): remove them,
    // from the back so earlier row numbers stay valid, one contiguous block at a time.
    for (int end = int(m_rows.size()) - 1; end >= 0;) {
        if (incomingById.contains(m_rows.at(end).character.rowId)) {
            --end;
            continue;
        }
        int begin = end;
        while (begin > 0 && !incomingById.contains(m_rows.at(begin - 1).character.rowId))
            --begin;
        beginRemoveRows({}, begin, end);
        for (int i = begin; i <= end; ++i)
            m_indexByRowId.remove(m_rows.at(i).character.rowId);
        m_rows.remove(begin, end - begin + 1);
        rebuildIndex(begin);
        endRemoveRows();
        end = begin - 1;
    }

    QList<int> changed;
    QList<CharacterRow> added;
    for (CharacterRow &incoming : rows) {
        const int at = indexOfRowId(incoming.character.rowId);
        if (at < 0) {
            incoming.revision = ++m_revisions;
            added.append(std::move(incoming));
            continue;
        }
        CharacterRow &existing = m_rows[at];
        const bool differs = visiblyDiffers(existing.character, incoming.character) ||
                             (existing.statusSinceMs == CharacterRow::kNoFade &&
                              existing.statusReason != incoming.statusReason);
        incoming.revision = differs ? ++m_revisions : existing.revision;
        adopt(existing, std::move(incoming));
        if (differs)
            changed.append(at);
    }
    emitRanges(changed, {});

    if (!added.isEmpty()) {
        QList<qint64> early;
        for (CharacterRow &row : added) {
            const auto it = m_earlyStatuses.constFind(row.character.rowId);
            if (it == m_earlyStatuses.cend())
                continue;
            row.status = it->status;
            row.statusReason = it->statusReason;
            row.statusSinceMs = it->statusSinceMs;
            early.append(row.character.rowId);
        }
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(std::move(added));
        rebuildIndex(first);
        endInsertRows();
        for (const qint64 id : std::as_const(early))
            m_earlyStatuses.remove(id);
        if (!early.isEmpty())
            Q_EMIT statusesChanged(early);
    }
}

void CharacterListModel::updateCharacters(const QList<CharacterRow> &rows)
{
    QList<int> changed;
    for (const CharacterRow &incoming : rows) {
        const int at = indexOfRowId(incoming.character.rowId);
        if (at < 0)
            continue;
        CharacterRow &existing = m_rows[at];
        if (!visiblyDiffers(existing.character, incoming.character) &&
            existing.statusReason == incoming.statusReason)
            continue;
        CharacterRow updated = incoming;
        updated.revision = ++m_revisions;
        adopt(existing, std::move(updated));
        changed.append(at);
    }
    emitRanges(changed, {});
}

void CharacterListModel::clear()
{
    m_earlyStatuses.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_indexByRowId.clear();
    endResetModel();
}

void CharacterListModel::setStatuses(const QList<StatusChange> &changes, qint64 nowMs)
{
    QList<int> changed;
    QList<qint64> ids;
    for (const StatusChange &change : changes) {
        const int at = indexOfRowId(change.rowId);
        if (at < 0) {
            CharacterRow &early = m_earlyStatuses[change.rowId];
            early.status = change.status;
            early.statusReason = change.reason;
            early.statusSinceMs = nowMs;
            continue;
        }
        CharacterRow &row = m_rows[at];
        if (row.status == change.status && row.statusReason == change.reason &&
            row.statusSinceMs != CharacterRow::kNoFade)
            continue;
        row.status = change.status;
        row.statusReason = change.reason;
        row.statusSinceMs = nowMs;
        changed.append(at);
        ids.append(change.rowId);
    }
    if (changed.isEmpty())
        return;
    emitRanges(changed, {StatusRole, StatusReasonRole, StatusSinceRole, Qt::ToolTipRole,
                         Qt::AccessibleDescriptionRole});
    Q_EMIT statusesChanged(ids);
}

void CharacterListModel::setStatusOfActive(CardStatus status, qint64 nowMs)
{
    QList<StatusChange> changes;
    for (const CharacterRow &row : std::as_const(m_rows)) {
        if (!row.character.archived)
            changes.append({row.character.rowId, status, {}});
    }
    setStatuses(changes, nowMs);
}

void CharacterListModel::setStatusOfUntouched(CardStatus status, qint64 nowMs)
{
    QList<StatusChange> changes;
    for (const CharacterRow &row : std::as_const(m_rows)) {
        const bool untouched =
            row.status == CardStatus::None || row.statusSinceMs == CharacterRow::kNoFade;
        if (!row.character.archived && untouched)
            changes.append({row.character.rowId, status, {}});
    }
    setStatuses(changes, nowMs);
}

void CharacterListModel::emitRanges(QList<int> rows, const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i)), index(rows.at(j)), roles);
        i = j + 1;
    }
}

void CharacterListModel::rebuildIndex(int from)
{
    // Rows from `from` on are new or moved up after a removal: number them again.
    m_indexByRowId.reserve(m_rows.size());
    for (int i = from; i < m_rows.size(); ++i)
        m_indexByRowId.insert(m_rows.at(i).character.rowId, i);
}

QString CharacterListModel::statusText(CardStatus status)
{
    switch (status) {
    case CardStatus::None:
        return tr("Not synced in this session");
    case CardStatus::Queued:
        return tr("Waiting to sync");
    case CardStatus::Processing:
        return tr("Syncing now");
    case CardStatus::Completed:
        return tr("Synced");
    case CardStatus::Failed:
        return tr("Sync failed");
    case CardStatus::Cancelled:
        return tr("Skipped");
    }
    return {};
}

QString CharacterListModel::describeLevelRaceClass(const Character &character)
{
    QStringList parts;
    if (character.level > 0)
        parts << tr("Level %1").arg(character.level);
    if (!character.raceName.isEmpty())
        parts << character.raceName;
    if (!character.className.isEmpty())
        parts << character.className;
    return parts.join(u' ');
}

QString CharacterListModel::accessibleText(const CharacterRow &row) const
{
    const Character &c = row.character;
    QString text =
        tr("%1, %2, %3 (%4, %5)")
            .arg(c.name, describeLevelRaceClass(c), c.realmName, regionCode(c.key.region).toUpper(),
                 gameVersionDisplayName(c.key.version));
    if (const QVariant level = itemLevel(c.details); level.isValid())
        text += tr(", item level %1").arg(qRound(level.toDouble()));
    if (!c.details.guildName.isEmpty())
        text += tr(", guild %1").arg(c.details.guildName);
    if (c.archived)
        text += tr(", archived");
    return text;
}

} // namespace bnet::ui
