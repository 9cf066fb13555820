#include "AvatarCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bnet {

AvatarCache::AvatarCache(QString directory)
    : m_directory(std::move(directory))
{}

QString AvatarCache::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(u"avatars"_s);
}

QString AvatarCache::thumbnailPath(qint64 characterRowId) const
{
    return QDir(m_directory)
        .filePath(u"avatar-%1-%2.png"_s.arg(characterRowId).arg(kThumbnailSize));
}

bool AvatarCache::hasThumbnail(const QString &file) const
{
    return !file.isEmpty() && QFileInfo::exists(file);
}

Result<QString, ApiError> AvatarCache::store(qint64 characterRowId, const QByteArray &bytes) const
{
    const auto failure = [](const QString &why) {
        return Result<QString, ApiError>{
            {},
            ApiError(
                ApiError::Kind::MalformedBody,
                QCoreApplication::translate("AvatarCache", "Unusable avatar image: %1").arg(why))};
    };
    const QImage image = QImage::fromData(bytes);
    if (image.isNull() || image.width() < 8 || image.height() < 8)
        return failure(QCoreApplication::translate("AvatarCache", "not a readable picture"));
    if (!QDir().mkpath(m_directory))
        return failure(
            QCoreApplication::translate("AvatarCache", "cannot create %1").arg(m_directory));

    // The original, as downloaded, beside the thumbnail the grid draws.
    QSaveFile original(QDir(m_directory).filePath(u"avatar-%1.img"_s.arg(characterRowId)));
    if (!original.open(QIODevice::WriteOnly) || original.write(bytes) != bytes.size() ||
        !original.commit())
        return failure(original.errorString());

    const QImage square = image.scaled(kThumbnailSize, kThumbnailSize,
                                       Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QImage thumbnail =
        square.copy((square.width() - kThumbnailSize) / 2, (square.height() - kThumbnailSize) / 2,
                    kThumbnailSize, kThumbnailSize);
    const QString path = thumbnailPath(characterRowId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !thumbnail.save(&file, "PNG") || !file.commit())
        return failure(file.errorString());
    return {path, {}};
}

} // namespace bnet
