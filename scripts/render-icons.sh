#!/usr/bin/env bash
# Renders the app icon's PNGs for the hicolor theme from its SVG, so that they never drift from it:
#   scripts/render-icons.sh             write resources/icons/<N>x<N>/<id>.png (commit them with the SVG)
#   scripts/render-icons.sh --into DIR  write DIR/<N>x<N>/<id>.png instead (the packaging test compares the two)
# Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
id=io.github.pilotzones.PilotZones
out="$root/resources/icons"
if [[ "${1:-}" == "--into" ]]; then
    out=${2:?"--into needs a directory"}
fi
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$out/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$out/${size}x${size}/$id.png" "$root/resources/icons/$id.svg"
done
