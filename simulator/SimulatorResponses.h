#pragma once

#include "SimulatorData.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

// Bodies shaped like Battle.net's, field for field where it matters (see the fixtures under
// tests/data/battlenet). Without a locale every display name is an object of translations.
namespace bnetsim::responses {

QByteArray accountSummary(const SimAccount &account, const QList<const SimCharacter *> &characters,
                          const QString &profileNamespace, const QString &locale,
                          const QUrl &apiBase);
QByteArray characterProfile(const SimCharacter &character, const QString &locale,
                            const QUrl &apiBase);
QByteArray characterMedia(const SimCharacter &character, bool emptyAssets, const QUrl &apiBase,
                          const QUrl &renderBase);
QByteArray userInfo(const SimAccount &account);
QByteArray token(const QString &accessToken, int expiresInSeconds, const QString &scope);
QByteArray error(int status, const QString &detail);

// The render path of a character's avatar: "/{region}/character/{realm}/{id %
// 256}/{id}-avatar.jpg".
QString avatarPath(const SimCharacter &character);
// An 84x84 JPEG in the character's class colour, different for every appearance change.
QByteArray avatarJpeg(const SimCharacter &character);

} // namespace bnetsim::responses
