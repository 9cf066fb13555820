#include "CardDelegate.h"

#include "AvatarImages.h"
#include "CardPainter.h"
#include "StatusAnimator.h"
#include "StatusPainter.h"
#include "model/CharacterListModel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace bnet::ui {

CardDelegate::CardDelegate(AvatarImages &avatars, const StatusAnimator &animator, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_avatars(avatars)
    , m_animator(animator)
    , m_bodies(32 * 1024) // 32 MiB: about 280 cards at 1x, two screens' worth at 2x
{}

CardDelegate::~CardDelegate() = default;

CardContent CardDelegate::contentFor(const QModelIndex &index) const
{
    using M = CharacterListModel;
    CardContent c;
    // The source row has everything in one struct; roles would cost a QVariant (and a proxy
    // mapping) each, for every card of every frame.
    QModelIndex sourceIndex = index;
    const QAbstractItemModel *model = index.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        sourceIndex = proxy->mapToSource(sourceIndex);
        model = proxy->sourceModel();
    }
    const auto *source = qobject_cast<const M *>(model);
    if (!source || !sourceIndex.isValid())
        return c;
    const CharacterRow &row = source->rowAt(sourceIndex.row());
    const Character &ch = row.character;
    const qint64 rowId = ch.rowId;
    c.rowId = rowId;
    c.name = ch.name;
    c.levelRaceClass = M::describeLevelRaceClass(ch);
    c.realm = tr("%1 · %2").arg(ch.realmName, regionCode(ch.key.region).toUpper());
    QStringList details;
    if (ch.details.averageItemLevel)
        details << tr("Item level %1").arg(qRound(*ch.details.averageItemLevel));
    else if (ch.details.equippedItemLevel)
        details << tr("Item level %1").arg(*ch.details.equippedItemLevel);
    if (!ch.details.guildName.isEmpty())
        details << tr("<%1>").arg(ch.details.guildName);
    if (details.isEmpty())
        details << (ch.details.isEnriched() ? tr("No guild") : tr("Details not synced yet"));
    c.details = details.join(tr(" · "));
    c.version = ch.key.version;
    c.versionBadge = gameVersionDisplayName(ch.key.version);
    c.classId = ch.classId;
    c.archived = ch.archived;
    c.avatar =
        m_avatars.avatar(rowId, ch.details.avatarFile, ch.details.enrichedAt.toMSecsSinceEpoch());
    c.revision = row.revision;
    c.status = row.status;
    c.statusOpacity = row.statusSinceMs == CharacterRow::kNoFade
                          ? 1.0
                          : m_animator.fadeProgress(row.statusSinceMs);
    c.spinAngle = StatusPainter::spinAngle(m_animator.nowMs());
    return c;
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const CardContent content = contentFor(index);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const auto state = opt.state & (QStyle::State_Selected | QStyle::State_MouseOver |
                                    QStyle::State_HasFocus | QStyle::State_Enabled);
    // The revision is unique in the model, so it names the row and its content at once.
    const QString key = u"%1:%2:%3x%4:%5:%6:%7:%8:%9"_s.arg(content.revision)
                            .arg(content.avatar.cacheKey())
                            .arg(opt.rect.width())
                            .arg(opt.rect.height())
                            .arg(int(state))
                            .arg(opt.palette.cacheKey())
                            .arg(ratio)
                            .arg(int(opt.direction))
                            .arg(qHash(opt.font.key()));
    QPixmap *body = m_bodies.object(key);
    if (!body) {
        const bool newCard = !m_paintedRows.contains(content.rowId);
        if (newCard && m_newCardBudgetNs > 0 && m_frameClock.isValid() && m_newCardsThisFrame > 0 &&
            m_frameClock.nsecsElapsed() > m_newCardBudgetNs) {
            // This frame has painted enough new cards: this one shows its frame now and its
            // content on the next turn of the event loop. A card already on screen is never
            // taken back to its frame.
            CardPainter::paintSkeleton(painter, opt);
            m_deferred.append(opt.rect);
            return;
        }
        if (newCard) {
            m_paintedRows.insert(content.rowId);
            ++m_newCardsThisFrame; // each frame paints at least one, so every card gets its turn
        }
        body = paintBodyPixmap(opt, content, ratio, key);
    }
    if (body)
        painter->drawPixmap(opt.rect.topLeft(), *body);
    else // larger than the whole cache: paint it directly
        CardPainter::paintBody(painter, opt, content);
    CardPainter::paintStatus(painter, opt, content);
}

QPixmap *CardDelegate::paintBodyPixmap(const QStyleOptionViewItem &opt, const CardContent &content,
                                       qreal ratio, const QString &key) const
{
    auto *pixmap = new QPixmap(opt.rect.size() * ratio);
    pixmap->setDevicePixelRatio(ratio);
    // Opaque, on the colour the view paints behind its cards: copying it to the screen is a
    // plain copy rather than a blend, and text on an opaque surface rasterises faster (on a
    // transparent one, a new card cost twice as much in bench_grid).
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    const QWidget *surface = view ? view->viewport() : opt.widget;
    pixmap->fill(surface ? surface->palette().color(surface->backgroundRole())
                         : opt.palette.color(QPalette::Base));
    QPainter bodyPainter(pixmap);
    QStyleOptionViewItem local = opt;
    local.rect = QRect(QPoint(0, 0), opt.rect.size());
    CardPainter::paintBody(&bodyPainter, local, content);
    bodyPainter.end();
    const int cost = std::max(1, int(qint64(pixmap->width()) * pixmap->height() * 4 / 1024));
    m_bodies.insert(key, pixmap, cost); // deletes it at once when it is larger than the cache
    return m_bodies.object(key);
}

void CardDelegate::beginFrame() const
{
    m_frameClock.start();
    m_newCardsThisFrame = 0;
    m_deferred.clear();
}

QList<QRect> CardDelegate::takeDeferredCards() const
{
    m_frameClock.invalidate();
    return std::exchange(m_deferred, {});
}

void CardDelegate::warmUp(const QStyleOptionViewItem &option) const
{
    const QString glyphs =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 <>·.-'"_s;
    CardContent sample;
    sample.name = glyphs;
    sample.levelRaceClass = glyphs;
    sample.realm = glyphs;
    sample.details = glyphs;
    sample.versionBadge = glyphs;
    sample.archived = true; // the archived pill's text too
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(QPoint(0, 0), QSize(2000, CardPainter::sizeHint(option.font).height()));
    QImage image(opt.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (const QChar initial : u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s) {
        sample.name[0] = initial; // the placeholder's big initial
        CardPainter::paint(&painter, opt, sample);
    }
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QSize size = CardPainter::sizeHint(option.font);
    if (m_cardWidth > 0)
        size.setWidth(m_cardWidth);
    return size;
}

bool CardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip = index.data(Qt::ToolTipRole).toString(); // the failure reason, if any
    if (tip.isEmpty()) {
        const CardContent content = contentFor(index);
        if (CardPainter::isNameElided(option, content))
            tip = content.name;
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}

} // namespace bnet::ui
