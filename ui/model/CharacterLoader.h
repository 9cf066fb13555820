#pragma once

#include "CharacterRow.h"
#include "store/StoreError.h"

#include <QObject>
#include <QThreadPool>

namespace bnet {
class Database;
}

namespace bnet::ui {

class CharacterListModel;

// Reads characters from the database on a pool thread (with that thread's own connection)
// and hands them to the model on the UI thread. One worker thread, so reads finish in the
// order they were asked for and an older read never overwrites a newer one.
class CharacterLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharacterLoader)

public:
    CharacterLoader(CharacterListModel &model, QObject *parent = nullptr);
    ~CharacterLoader() override;

    // The database to read from; nullptr stops reading (reads under way are dropped).
    void setDatabase(Database *database);

    // Every character, archived ones too (the proxy hides them).
    void reloadAll();
    // Just these (after enrichment committed them).
    void reload(const QList<qint64> &rowIds);

    int pendingReads() const { return m_pending; }

Q_SIGNALS:
    void loaded(int characterCount);
    void failed(const bnet::StoreError &error);
    // Every read asked for so far has been applied.
    void idle();

private:
    void finishRead();

    CharacterListModel &m_model;
    Database *m_database = nullptr;
    quint64 m_generation = 0; // bumps when the database changes
    int m_pending = 0;
    QThreadPool m_pool;
};

} // namespace bnet::ui
