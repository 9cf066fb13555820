#!/usr/bin/env bash
# Sets up, builds and runs the app. With a display (DISPLAY or WAYLAND_DISPLAY set) it starts
# the desktop app's demo: the simulated Battle.net built into the app, a demo account and its
# own database, no set-up at all. Without a display it runs the command-line demo instead: a
# sync against the simulator and the table of characters. Arguments go to the program run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" dev
if [[ -n "${BNETSYNC_TOKEN:-}" ]]; then
    "$root/build/dev/app/cli/bnetsync-cli" sync "$@"
    exec "$root/build/dev/app/cli/bnetsync-cli" characters
fi
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$root/build/dev/app/gui/bnetsync" --demo "$@"
fi
echo "run-app: no display (DISPLAY and WAYLAND_DISPLAY are unset): running the command-line demo" >&2
exec "$root/build/dev/app/cli/bnetsync-cli" demo "$@"
