#!/usr/bin/env bash
# Takes the README's screenshot of the real window under Xvfb:
#   scripts/screenshot.sh [OUTPUT.png] [app arguments...]
# A fresh, throwaway profile is used, so the picture shows what a new reader sees.
# PILOTZONES_SCREEN=1024x640 takes the whole screen of that size instead of the window alone, to check the
# layout on a small screen; LANGUAGE=zh_CN (with LANG=zh_CN.UTF-8) takes it in Simplified Chinese.
# PILOTZONES_BUILD_DIR picks an existing build (its build type is kept); PILOTZONES_SKIP_SETUP=1 skips setup.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
output="${1:-$root/docs/screenshot.png}"
shift || true
build="${PILOTZONES_BUILD_DIR:-$root/build/release}"

[[ "${PILOTZONES_SKIP_SETUP:-}" == 1 ]] || "$root/scripts/setup.sh" --tests
if [[ -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" >/dev/null
else
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target pilotzones >&2

profile=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
screen="${PILOTZONES_SCREEN:-1400x900}"
Xvfb "$display" -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 &
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
    # By class: the title is the headline (non-Latin-1 text, which xdotool's --name does not match).
    window=$(xdotool search --onlyvisible --class 'pilotzones|PilotZones' 2>/dev/null | head -n 1 || true)
    [[ -n "$window" ]] && break
    sleep 0.1
done
[[ -n "$window" ]] || { echo "the window never appeared" >&2; exit 1; }
sleep 2
mkdir -p "$(dirname "$output")"
if [[ -n "${PILOTZONES_SCREEN:-}" ]]; then
    import -window root "$output"
else
    import -window "$window" "$output"
fi
echo "$output"
