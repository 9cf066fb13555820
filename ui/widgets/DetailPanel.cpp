#include "DetailPanel.h"

#include "CharacterLinks.h"
#include "Icons.h"
#include "model/CharacterListModel.h"
#include "paint/AvatarImages.h"
#include "paint/CardPainter.h"
#include "paint/ClassColours.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bnet::ui {

DetailPanel::DetailPanel(AvatarImages &avatars, QWidget *parent)
    : QWidget(parent)
    , m_avatars(avatars)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(tr("Select a character to see the details."), this))
    , m_details(new QWidget(this))
    , m_form(new QGridLayout)
{
    setObjectName(u"detailPanel"_s);
    setAccessibleName(tr("Character details"));
    setMinimumWidth(260);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_avatar->setFixedSize(72, 72);
    m_avatar->setAlignment(Qt::AlignCenter);
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_realm = addRow(tr("Realm"));
    m_version = addRow(tr("Game version"));
    m_faction = addRow(tr("Faction"));
    m_spec = addRow(tr("Specialization"));
    m_itemLevel = addRow(tr("Item level"));
    m_guild = addRow(tr("Guild"));
    m_lastLogin = addRow(tr("Last login"));
    m_hardcore = addRow(tr("Hardcore"));
    m_synced = addRow(tr("Last synced"));
    m_status = addRow(tr("Status"));
    m_avatarNote = addRow(tr("Portrait"));

    m_refresh =
        new QPushButton(Icons::themed(u"refresh"_s), tr("&Refresh this character"), m_details);
    m_armory =
        new QPushButton(Icons::themed(u"external-link"_s), tr("Open on the &Armory"), m_details);
    m_copy = new QPushButton(Icons::themed(u"copy"_s), tr("Cop&y name-realm"), m_details);
    m_refresh->setObjectName(u"detailRefresh"_s);
    // Stacked: the panel is narrow, and full-width buttons keep their whole label.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_armory);
    buttons->addWidget(m_copy);

    auto *header = new QHBoxLayout;
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);

    m_form->setColumnStretch(1, 1);
    m_form->setHorizontalSpacing(12);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(header);
    detailsLayout->addLayout(m_form);
    detailsLayout->addSpacing(8);
    detailsLayout->addLayout(buttons);
    detailsLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);

    connect(m_refresh, &QPushButton::clicked, this, [this] { Q_EMIT refreshRequested(m_rowId); });
    connect(m_armory, &QPushButton::clicked, this, [this] { Q_EMIT armoryRequested(m_rowId); });
    connect(m_copy, &QPushButton::clicked, this, [this] { Q_EMIT copyRequested(m_rowId); });
    showCharacter(nullptr);
}

DetailPanel::~DetailPanel() = default;

QLabel *DetailPanel::addRow(const QString &label)
{
    auto *field = new QLabel(m_details);
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setAccessibleName(label);
    auto *caption = new QLabel(label, m_details);
    caption->setBuddy(field);
    caption->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    const int row = m_form->rowCount();
    m_form->addWidget(caption, row, 0);
    m_form->addWidget(field, row, 1);
    m_captions.insert(field, caption);
    return field;
}

void DetailPanel::setValue(QLabel *field, const QString &value)
{
    // Unknown values leave no empty row. (A grid with hidden widgets rather than
    // QFormLayout::setRowVisible(), which corrupted memory under Qt 6.4.2 when rows were
    // toggled while word-wrapped labels re-laid out; see docs/ui.md.)
    field->setText(value);
    field->setVisible(!value.isEmpty());
    if (QLabel *caption = m_captions.value(field))
        caption->setVisible(!value.isEmpty());
}

void DetailPanel::showCharacter(const CharacterRow *row)
{
    m_empty->setVisible(!row);
    m_details->setVisible(row != nullptr);
    m_rowId = row ? row->character.rowId : 0;
    if (!row)
        return;
    const Character &c = row->character;
    const CharacterDetails &d = c.details;
    const QLocale locale;

    const QColor background = palette().color(QPalette::Window);
    QPalette namePalette = m_name->palette();
    namePalette.setColor(QPalette::WindowText, legibleOn(classColour(c.classId), background));
    m_name->setPalette(namePalette);
    m_name->setText(c.name);
    m_summary->setText(CharacterListModel::describeLevelRaceClass(c));

    CardContent avatar;
    avatar.name = c.name;
    avatar.classId = c.classId;
    avatar.avatar = m_avatars.avatar(c.rowId, d.avatarFile, d.enrichedAt.toMSecsSinceEpoch());
    m_avatar->setPixmap(CardPainter::avatarPixmap(m_avatar->size(), devicePixelRatioF(), avatar,
                                                  background, font()));

    setValue(m_realm, tr("%1 (%2)").arg(c.realmName, regionDisplayName(c.key.region)));
    setValue(m_version, gameVersionDisplayName(c.key.version));
    setValue(m_faction, c.faction == Faction::Alliance  ? tr("Alliance")
                        : c.faction == Faction::Horde   ? tr("Horde")
                        : c.faction == Faction::Neutral ? tr("Neutral")
                                                        : QString());
    setValue(m_spec, d.activeSpec);
    QString itemLevel;
    if (d.averageItemLevel && d.equippedItemLevel)
        itemLevel = tr("%1 (equipped %2)")
                        .arg(locale.toString(*d.averageItemLevel, 'f', 1))
                        .arg(*d.equippedItemLevel);
    else if (d.averageItemLevel)
        itemLevel = locale.toString(*d.averageItemLevel, 'f', 1);
    else if (d.equippedItemLevel)
        itemLevel = QString::number(*d.equippedItemLevel);
    setValue(m_itemLevel, itemLevel);
    setValue(m_guild, d.guildName);
    setValue(m_lastLogin, d.lastLogin.isValid()
                              ? locale.toString(d.lastLogin.toLocalTime(), QLocale::LongFormat)
                              : QString());
    QStringList hardcore;
    if (d.selfFound.value_or(false))
        hardcore << tr("Self-found");
    if (d.ghost.value_or(false))
        hardcore << tr("Died (ghost)");
    setValue(m_hardcore, hardcore.join(u", "_s));
    QString synced = d.isEnriched()
                         ? locale.toString(d.enrichedAt.toLocalTime(), QLocale::ShortFormat)
                         : tr("Not yet: only the account list is known");
    if (c.archived)
        synced +=
            u'\n' + tr("Archived %1: no longer on the account")
                        .arg(locale.toString(c.archivedAt.toLocalTime(), QLocale::ShortFormat));
    setValue(m_synced, synced);
    QString status = CharacterListModel::statusText(row->status);
    if (row->status == CardStatus::Failed && !row->statusReason.isEmpty())
        status += u'\n' + row->statusReason;
    setValue(m_status, row->status == CardStatus::None ? QString() : status);
    QString avatarNote;
    if (!d.avatarFile.isEmpty() &&
        m_avatars.isBroken(d.avatarFile, d.enrichedAt.toMSecsSinceEpoch()))
        avatarNote = tr("The saved portrait could not be read; refresh the character to fetch "
                        "it again.");
    else if (d.isEnriched() && d.avatarFile.isEmpty())
        avatarNote = tr("Battle.net has no portrait for this character.");
    setValue(m_avatarNote, avatarNote);

    const bool hasArmory = armoryUrl(c).has_value();
    m_armory->setEnabled(hasArmory);
    m_armory->setToolTip(hasArmory ? tr("Open the character's page on the Armory")
                                   : tr("The Armory only has pages for retail characters"));
}

} // namespace bnet::ui
