#pragma once

#include "CharacterKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace bnet {

// One character to enrich in one session, with what a conditional request needs from the
// last time (Last-Modified stamps, the avatar we have).
struct EnrichmentTask
{
    qint64 sessionId = 0;
    qint64 characterRowId = 0;
    CharacterKey key;
    QString name;
    QByteArray profileLastModified;
    QString avatarUrl;
    QByteArray avatarLastModified;
    QString avatarFile;
    int attempts = 0;        // job runs so far, this one not counted
    QDateTime notBefore;     // a deferred retry waits until then
    bool revalidate = false; // a manual refresh asks again, ignoring the stamps
};

} // namespace bnet
