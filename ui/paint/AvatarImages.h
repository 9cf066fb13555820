#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

namespace bnet::ui {

// Avatar thumbnails for the cards, loaded lazily: the first paint of a card asks, a pool thread
// decodes the file, and ready() tells the grid to repaint that card. Decoded pixmaps are kept in
// a bounded cache; a missing or broken file is remembered so it is not read again (the card
// keeps its placeholder) until the character's avatar changes.
class AvatarImages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvatarImages)

public:
    // Avatars come with rounded corners (this radius at 64 px), as the cards show them.
    static constexpr int kCornerRadius = 8;

    explicit AvatarImages(QObject *parent = nullptr);
    ~AvatarImages() override;

    // The avatar if it is decoded; otherwise a null pixmap, and a read is started. `version`
    // changes when the file's content does (the enrichment time).
    QPixmap avatar(qint64 characterRowId, const QString &file, qint64 version);
    // Whether the file could not be read as an image.
    bool isBroken(const QString &file, qint64 version) const;

    // Stops answering from disk (benchmarks paint without avatars).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    int pendingReads() const { return int(m_loading.size()); }

Q_SIGNALS:
    void ready(qint64 characterRowId);

private:
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_loading;
    QSet<QString> m_broken;
    QThreadPool m_pool;
    bool m_enabled = true;
};

} // namespace bnet::ui
