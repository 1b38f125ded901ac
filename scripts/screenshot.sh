#!/usr/bin/env bash
# Takes the README's screenshot of the real window under Xvfb:
#   scripts/screenshot.sh [OUTPUT.png] [app arguments...]
# A fresh, throwaway profile is used, so the picture shows what a new reader sees.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
output="${1:-$root/docs/screenshot.png}"
shift || true
build="${PILOTZONES_BUILD_DIR:-$root/build/release}"

"$root/scripts/setup.sh" --tests
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target pilotzones >&2

profile=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
    [[ -n "$app" ]] && kill "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$profile"
}
trap cleanup EXIT

export DISPLAY="$display" HOME="$profile" XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data"
for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
"$build/app/pilotzones" "$@" &
app=$!
# Wait until the window is mapped, then give it a moment to finish its first paints and load its comments.
window=""
for _ in $(seq 100); do
    window=$(xdotool search --onlyvisible --name '^Pilot Zones' 2>/dev/null | head -n 1 || true)
    [[ -n "$window" ]] && break
    sleep 0.1
done
[[ -n "$window" ]] || { echo "the window never appeared" >&2; exit 1; }
sleep 2
mkdir -p "$(dirname "$output")"
import -window "$window" "$output"
echo "$output"
