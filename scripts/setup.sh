#!/usr/bin/env bash
# Installs what Battle.net Character Sync needs on Debian 12 (skipping what is there already),
# then configures and builds one CMake preset. Works as root without sudo, or as a normal user
# with sudo. Usage: scripts/setup.sh [preset]   (default preset: dev)
set -euo pipefail

preset="${1:-dev}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
    # toolchain
    cmake ninja-build g++ git
    # Qt 6 and friends
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-networkauth-dev qt6-httpserver-dev qt6-svg-dev qt6-translations-l10n
    libqt6sql6-sqlite qtkeychain-qt6-dev
    # the OS keychain and a display for tests and screenshots
    libsecret-1-0 gnome-keyring dbus-daemon dbus-x11 xvfb xauth
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    if [[ $(id -u) -eq 0 ]]; then
        sudo=()
    elif command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "setup: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
    echo "setup: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
else
    echo "setup: every package is installed"
fi

cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
