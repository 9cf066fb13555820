#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME Keyring, so the
# tests that need the OS keychain use a real Secret Service and never touch the player's own
# keyring (or a developer's). HOME and XDG_RUNTIME_DIR point at a scratch folder that is removed
# afterwards. Sets BNETSYNC_TEST_KEYRING=1 for the tests to see.
#
# Usage: scripts/with-test-keyring.sh COMMAND [ARGUMENTS...]
#   e.g. scripts/with-test-keyring.sh ctest --preset dev -R keychain
set -euo pipefail

self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGUMENTS...]" >&2
    exit 2
fi

if [[ "${BNETSYNC_INSIDE_KEYRING_SESSION:-}" != 1 ]]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "with-test-keyring: $tool is missing (scripts/setup.sh installs it)" >&2
            exit 1
        fi
    done
    # A session bus of our own; the keyring daemon ends with it.
    exec env BNETSYNC_INSIDE_KEYRING_SESSION=1 dbus-run-session -- bash "$self" "$@"
fi
unset BNETSYNC_INSIDE_KEYRING_SESSION

scratch="$(mktemp -d "${TMPDIR:-/tmp}/bnetsync-keyring.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# An empty password unlocks (and first creates) the login keyring; the daemon answers on the
# session bus as org.freedesktop.secrets.
if ! keyring_env="$(echo "" | gnome-keyring-daemon --unlock --components=secrets)"; then
    echo "with-test-keyring: gnome-keyring-daemon did not start" >&2
    exit 1
fi
# It may print its control socket (GNOME_KEYRING_CONTROL=...); pass that on.
while IFS= read -r line; do
    if [[ "$line" == *=* ]]; then
        export "${line?}"
    fi
done <<<"$keyring_env"
export BNETSYNC_TEST_KEYRING=1

status=0
"$@" || status=$?
exit "$status"
