#include "CharacterGridView.h"

#include "model/CharacterListModel.h"
#include "paint/CardDelegate.h"
#include "paint/CardPainter.h"

#include <QAbstractProxyModel>
#include <QContextMenuEvent>
#include <QRegion>
#include <QTimer>

namespace bnet::ui {

CharacterGridView::CharacterGridView(const CharacterListModel &source, QWidget *parent)
    : QListView(parent)
    , m_source(source)
{
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setLayoutMode(QListView::SinglePass);
    setSpacing(6);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true); // hover highlight on cards
    setAttribute(Qt::WA_MacShowFocusRect, false);
    setAccessibleName(tr("Characters"));
}

CharacterGridView::~CharacterGridView() = default;

QModelIndex CharacterGridView::toView(int sourceRow) const
{
    QModelIndex index = m_source.index(sourceRow);
    // Map down through whatever proxies sit between the source and the view.
    QList<const QAbstractProxyModel *> chain;
    for (const QAbstractItemModel *m = model(); m && m != &m_source;) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m);
        if (!proxy)
            return {};
        chain.prepend(proxy);
        m = proxy->sourceModel();
    }
    for (const QAbstractProxyModel *proxy : std::as_const(chain))
        index = proxy->mapFromSource(index);
    return index;
}

QModelIndex CharacterGridView::indexOfCharacter(qint64 characterRowId) const
{
    const int row = m_source.indexOfRowId(characterRowId);
    return row < 0 ? QModelIndex() : toView(row);
}

qint64 CharacterGridView::characterRowId(const QModelIndex &index) const
{
    return index.data(CharacterListModel::RowIdRole).toLongLong();
}

void CharacterGridView::repaintCharacters(const QList<qint64> &characterRowIds)
{
    repaint(characterRowIds, false);
}

void CharacterGridView::repaintStatuses(const QList<qint64> &characterRowIds)
{
    repaint(characterRowIds, true);
}

void CharacterGridView::repaint(const QList<qint64> &characterRowIds, bool statusOnly)
{
    const QRect visible = viewport()->rect();
    QStyleOptionViewItem option;
    option.font = font();
    option.direction = layoutDirection();
    for (const qint64 id : characterRowIds) {
        const QModelIndex index = indexOfCharacter(id);
        if (!index.isValid())
            continue;
        option.rect = visualRect(index);
        if (!option.rect.intersects(visible))
            continue;
        // The badge's antialiased edge may reach a pixel past its rectangle.
        viewport()->update(statusOnly ? CardPainter::statusRect(option).adjusted(-2, -2, 2, 2)
                                      : option.rect);
    }
}

void CharacterGridView::paintEvent(QPaintEvent *event)
{
    const auto *cards = qobject_cast<const CardDelegate *>(itemDelegate());
    if (cards)
        cards->beginFrame();
    QListView::paintEvent(event);
    if (!cards)
        return;
    const QList<QRect> deferred = cards->takeDeferredCards();
    if (deferred.isEmpty())
        return;
    // The cards left over get their own frame after the event loop has had a turn.
    QRegion region;
    for (const QRect &rect : deferred)
        region += rect;
    QTimer::singleShot(0, viewport(),
                       [viewport = viewport(), region] { viewport->update(region); });
}

void CharacterGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    updateCardWidth();
}

void CharacterGridView::updateCardWidth()
{
    // Each card takes its width plus the spacing on both sides; the layout also keeps a margin
    // at the edges, and a few pixels spare make sure the last column never wraps.
    const int available = viewport()->width() - 3 * spacing() - 4;
    const int columns = std::max(1, available / (kMinimumCardWidth + 2 * spacing()));
    const int width = std::max(kMinimumCardWidth, available / columns - 2 * spacing());
    if (width == m_cardWidth)
        return;
    m_cardWidth = width;
    Q_EMIT cardWidthChanged(width);
    scheduleDelayedItemsLayout();
}

void CharacterGridView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index;
    QPoint position = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        // The menu key acts on the current card, and the menu opens over it.
        index = currentIndex();
        if (index.isValid())
            position = viewport()->mapToGlobal(visualRect(index).center());
    } else {
        index = indexAt(event->pos());
    }
    if (!index.isValid())
        return;
    Q_EMIT menuRequested(index, position);
    event->accept();
}

} // namespace bnet::ui
