#pragma once

#include <QListView>

namespace bnet::ui {

class CharacterListModel;

// The grid of cards: a list view laid out left to right with wrapping and uniform item sizes.
// (IconMode would place every item freely and slows down with thousands of cards; this layout
// is a grid computed arithmetically.) Repaints single cards for animations and avatars.
class CharacterGridView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharacterGridView)

public:
    explicit CharacterGridView(const CharacterListModel &source, QWidget *parent = nullptr);
    ~CharacterGridView() override;

    // Repaints the cards of these characters where they are visible.
    void repaintCharacters(const QList<qint64> &characterRowIds);
    // Repaints only their status badges (an animation frame: the rest of a card is still).
    void repaintStatuses(const QList<qint64> &characterRowIds);
    // The database row id of the character at a view index (through the proxy).
    qint64 characterRowId(const QModelIndex &index) const;
    QModelIndex indexOfCharacter(qint64 characterRowId) const;
    // The width cards get now: the viewport split into as many columns of at least
    // kMinimumCardWidth as fit, so the grid fills the window without a ragged gap.
    int cardWidth() const { return m_cardWidth; }
    static constexpr int kMinimumCardWidth = 280;

Q_SIGNALS:
    // The context menu was asked for over `index` (mouse or keyboard), at global `position`.
    void menuRequested(const QModelIndex &index, const QPoint &globalPosition);
    void cardWidthChanged(int width);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QModelIndex toView(int sourceRow) const;
    void repaint(const QList<qint64> &characterRowIds, bool statusOnly);

    void updateCardWidth();

    const CharacterListModel &m_source;
    int m_cardWidth = kMinimumCardWidth;
};

} // namespace bnet::ui
