#pragma once

#include "api/ApiError.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace bnet {

// Avatars on disk (CacheLocation/avatars): the image as downloaded and a square thumbnail for
// the grid. store() decodes, scales and writes; it is thread-safe and meant for the pool.
class AvatarCache
{
public:
    static constexpr int kThumbnailSize = 64;

    explicit AvatarCache(QString directory);
    static QString defaultDirectory();

    const QString &directory() const { return m_directory; }
    QString thumbnailPath(qint64 characterRowId) const;
    bool hasThumbnail(const QString &file) const;

    // The thumbnail's path, or why the bytes are not a usable image.
    Result<QString, ApiError> store(qint64 characterRowId, const QByteArray &bytes) const;

private:
    QString m_directory;
};

} // namespace bnet
