#pragma once

#include "domain/Character.h"

#include <QLocale>
#include <QString>
#include <QUrl>

#include <optional>

namespace bnet::ui {

// The character's page on the official Armory (worldofwarcraft.blizzard.com), in the
// player's language where the site has it. Only retail characters have one: Blizzard runs no
// Armory for the Classic game versions, so those get none rather than a broken link.
std::optional<QUrl> armoryUrl(const Character &character, const QLocale &locale = QLocale());

// "Name-Realm" as the game writes it in chat and invites (realm without spaces).
QString nameRealm(const Character &character);

} // namespace bnet::ui
