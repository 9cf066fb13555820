#pragma once

#include "CharacterRow.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace bnet::ui {

// The characters of the database as a flat list, plus each one's live sync status. Rows are
// kept in arrival order (new characters are appended); sorting and filtering belong to
// CharacterFilterProxy. Updates never reset the model: a reload is diffed into inserts,
// removals and dataChanged over contiguous ranges, so selections and scroll positions survive
// a sync.
class CharacterListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharacterListModel)

public:
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        NameRole,
        RealmRole,
        RegionRole,      // int (bnet::Region)
        GameVersionRole, // int (bnet::GameVersion)
        ClassIdRole,
        FactionRole, // int (bnet::Faction)
        LevelRole,
        ItemLevelRole, // double; invalid until enriched
        LastLoginRole, // QDateTime; invalid until enriched
        GuildRole,
        ArchivedRole,
        AvatarFileRole,
        StatusRole, // int (CardStatus)
        StatusReasonRole,
        StatusSinceRole, // qint64 on the animation clock
        // Emitted (as part of an empty role list) whenever what sorting reads may change; status
        // updates leave it out, so the proxy does not re-sort on every status change.
        SortKeyRole,
    };
    Q_ENUM(Role)

    struct StatusChange
    {
        qint64 rowId = 0;
        CardStatus status = CardStatus::None;
        QString reason;
    };

    explicit CharacterListModel(QObject *parent = nullptr);
    ~CharacterListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const CharacterRow &rowAt(int row) const { return m_rows.at(row); }
    // The model row of a database row id, or -1.
    int indexOfRowId(qint64 rowId) const { return m_indexByRowId.value(rowId, -1); }

    // Makes the model hold exactly these characters: new ones are inserted, vanished ones
    // removed, changed ones announced with ranged dataChanged. Live statuses are kept.
    void setCharacters(QList<CharacterRow> rows);
    // Replaces these characters (unknown row ids are ignored).
    void updateCharacters(const QList<CharacterRow> &rows);
    // Drops everything (a different database was opened).
    void clear();

    // Statuses of characters not loaded yet (the engine can report on a character before the
    // reload that brings it in has finished) are kept and applied when the row arrives.
    void setStatuses(const QList<StatusChange> &changes, qint64 nowMs);
    // Every active (not archived) character gets `status`: a batch sync queues them all.
    void setStatusOfActive(CardStatus status, qint64 nowMs);
    // Active characters without a live status (new ones, loaded after a sync began) get
    // `status`; those a sync already touched keep theirs.
    void setStatusOfUntouched(CardStatus status, qint64 nowMs);

    // Words for the status, as a screen reader and the detail panel say it.
    static QString statusText(CardStatus status);
    // "Level 80 Orc Shaman" with what is known.
    static QString describeLevelRaceClass(const Character &character);

Q_SIGNALS:
    // The live status of these rows changed (the animation driver follows it).
    void statusesChanged(const QList<qint64> &rowIds);

private:
    void emitRanges(QList<int> rows, const QList<int> &roles);
    void rebuildIndex(int from);
    QString accessibleText(const CharacterRow &row) const;

    QList<CharacterRow> m_rows;
    QHash<qint64, int> m_indexByRowId;
    QHash<qint64, CharacterRow> m_earlyStatuses; // by row id; only the status fields are used
    quint64 m_revisions = 0;
};

} // namespace bnet::ui
