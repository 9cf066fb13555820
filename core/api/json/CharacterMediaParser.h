#pragma once

#include "ParseResult.h"

#include <QByteArray>
#include <QUrl>

namespace bnet {

// .../character-media. Retail lists avatar, inset and main-raw; Classic often only the avatar,
// sometimes nothing at all. Older answers used avatar_url / bust_url / render_url.
struct CharacterMedia
{
    QUrl avatar;
    QUrl inset;
    QUrl mainRaw;
};

ParseResult<CharacterMedia> parseCharacterMedia(const QByteArray &body);

} // namespace bnet
