#include "AvatarImages.h"

#include "util/PoolResult.h"

#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace bnet::ui {
namespace {

constexpr int kMaxSide = 128; // thumbnails are 64 px; anything bigger is scaled down once

QString keyFor(const QString &file, qint64 version)
{
    return file + u'@' + QString::number(version);
}

QImage readImage(const QString &file)
{
    QImageReader reader(file);
    // A hostile or damaged file must not make us allocate a giant buffer.
    reader.setAllocationLimit(16);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxSide || size.height() > kMaxSide))
        reader.setScaledSize(size.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return image;
    // Rounded here, once, on the pool: clipping every card's avatar to a rounded path on each
    // paint was half the cost of painting a card.
    QImage rounded(image.size(), QImage::Format_ARGB32_Premultiplied);
    rounded.fill(Qt::transparent);
    QPainter painter(&rounded);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath clip;
    const qreal radius = AvatarImages::kCornerRadius * image.width() / 64.0;
    clip.addRoundedRect(QRectF(rounded.rect()), radius, radius);
    painter.setClipPath(clip);
    painter.drawImage(0, 0, image);
    painter.end();
    return rounded;
}

} // namespace

AvatarImages::AvatarImages(QObject *parent)
    : QObject(parent)
    , m_cache(4000) // cost = one thumbnail; about 64 MB at most
{
    m_pool.setObjectName(u"bnetsync-avatars"_s);
    m_pool.setMaxThreadCount(2);
}

AvatarImages::~AvatarImages()
{
    m_pool.waitForDone();
}

QPixmap AvatarImages::avatar(qint64 characterRowId, const QString &file, qint64 version)
{
    if (file.isEmpty() || !m_enabled)
        return {};
    const QString key = keyFor(file, version);
    if (const QPixmap *cached = m_cache.object(key))
        return *cached;
    if (m_loading.contains(key) || m_broken.contains(key))
        return {};
    m_loading.insert(key);
    whenReady(QtConcurrent::run(&m_pool, readImage, file), this,
              [this, key, characterRowId](const QImage &image) {
                  m_loading.remove(key);
                  if (image.isNull()) {
                      m_broken.insert(key);
                  } else {
                      m_cache.insert(key, new QPixmap(QPixmap::fromImage(image)));
                  }
                  Q_EMIT ready(characterRowId);
              });
    return {};
}

bool AvatarImages::isBroken(const QString &file, qint64 version) const
{
    return m_broken.contains(keyFor(file, version));
}

} // namespace bnet::ui
