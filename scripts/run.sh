#!/usr/bin/env bash
# Sets up, builds and launches Pilot Zones. Arguments go to the app, e.g. scripts/run.sh --city tianjin
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PILOTZONES_BUILD_DIR:-$root/build/release}"

"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPILOTZONES_BUILD_TESTS=OFF -DPILOTZONES_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target pilotzones

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): start Pilot Zones from a desktop session." >&2
    exit 1
fi
exec "$build/app/pilotzones" "$@"
