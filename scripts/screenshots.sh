#!/usr/bin/env bash
# Takes the README's screenshots of the demo under Xvfb: mid-sync (mixed statuses) and after
# completion, in the platform's light palette and in the dark one. Needs xvfb-run and
# ImageMagick's `import`; builds the dev preset first. Each run uses a fresh demo database.
# Usage: scripts/screenshots.sh [mid-sync seconds] [done seconds]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mid="${1:-9}"
done_after="${2:-24}"
out="$root/docs/screenshots"
mkdir -p "$out"
for tool in xvfb-run import; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
cmake --build --preset dev --target bnetsync >/dev/null

shoot() { # name, extra arguments...
    local name="$1"
    shift
    local home
    home="$(mktemp -d)"
    XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_CONFIG_HOME="$home/config" \
        xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
            "$0" --demo -geometry 1280x800+0+0 --demo-latency-ms 900 --demo-jitter-ms 700 \
                --demo-fault "/profile/wow/character/area-52/thrallson?*=404*" \
                --demo-fault "*/stormrage/l*onie?*=403*" "${@:4}" &
            app=$!
            sleep "$1"; import -window root "$2-mid-sync.png"
            sleep "$3"; import -window root "$2-complete.png"
            kill "$app"; wait "$app" || true
        ' "$root/build/dev/app/gui/bnetsync" "$mid" "$out/$name" "$((done_after - mid))" "$@"
    rm -rf "$home"
    echo "screenshots: $out/$name-mid-sync.png $out/$name-complete.png"
}

shoot light
shoot dark --palette dark
