#!/usr/bin/env bash
# Sets up, builds (CI preset: warnings are errors) and runs every test. .ci/run calls exactly
# this, so the README's test command and CI never drift apart.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" ci
cd "$root"
exec ctest --preset ci -j "$(nproc)" "$@"
