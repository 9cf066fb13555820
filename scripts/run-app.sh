#!/usr/bin/env bash
# Sets up, builds and runs the app. Without Battle.net credentials it runs the demo: the
# simulated Battle.net, a sync against it, and the table of characters.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" dev
if [[ -n "${BNETSYNC_TOKEN:-}" ]]; then
    "$root/build/dev/app/cli/bnetsync-cli" sync "$@"
    exec "$root/build/dev/app/cli/bnetsync-cli" characters
fi
exec "$root/build/dev/app/cli/bnetsync-cli" demo "$@"
