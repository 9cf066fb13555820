#pragma once

#include "model/CharacterRow.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace bnet::ui {

class AvatarImages;

// Everything known about the selected character, with the card's actions as buttons.
class DetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPanel)

public:
    DetailPanel(AvatarImages &avatars, QWidget *parent = nullptr);
    ~DetailPanel() override;

    // nullptr: nothing selected.
    void showCharacter(const CharacterRow *row);
    qint64 characterRowId() const { return m_rowId; }

Q_SIGNALS:
    void refreshRequested(qint64 characterRowId);
    void armoryRequested(qint64 characterRowId);
    void copyRequested(qint64 characterRowId);

private:
    QLabel *addRow(const QString &label);
    void setValue(QLabel *field, const QString &value);

    AvatarImages &m_avatars;
    qint64 m_rowId = 0;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_summary;
    QLabel *m_empty;
    QWidget *m_details;
    QGridLayout *m_form;
    QHash<QLabel *, QLabel *> m_captions; // field -> its caption
    QLabel *m_realm;
    QLabel *m_version;
    QLabel *m_faction;
    QLabel *m_spec;
    QLabel *m_itemLevel;
    QLabel *m_guild;
    QLabel *m_lastLogin;
    QLabel *m_hardcore;
    QLabel *m_synced;
    QLabel *m_status;
    QLabel *m_avatarNote;
    QPushButton *m_refresh;
    QPushButton *m_armory;
    QPushButton *m_copy;
};

} // namespace bnet::ui
