#pragma once

#include <QUrl>

namespace bnet::cli {

// Opens an address in the player's default browser without a GUI application object
// (QDesktopServices needs one): xdg-open on Linux, open on macOS. False when nothing started.
bool openInBrowser(const QUrl &url);

} // namespace bnet::cli
