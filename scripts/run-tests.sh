#!/usr/bin/env bash
# Sets up, builds (CI preset: warnings are errors) and runs every test, inside a private
# keyring session (scripts/with-test-keyring.sh). .ci/run calls exactly this, so the README's
# test command and CI never drift apart.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" ci
cd "$root"
# The keychain tests need a real Secret Service: a private D-Bus session with a fresh,
# unlocked GNOME Keyring (never the keyring of whoever runs this).
exec "$root/scripts/with-test-keyring.sh" ctest --preset ci -j "$(nproc)" "$@"
