#!/usr/bin/env bash
# The committed PNGs are what scripts/render-icons.sh makes from the SVG today: an edit to the SVG without a
# new render fails here.
#   tests/packaging/icons-test.sh SOURCE_DIR APP_ID
set -uo pipefail
root=$1
id=$2
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
"$root/scripts/render-icons.sh" --into "$fresh" || exit 1
failures=0
for size in 16 22 24 32 48 64 128 256; do
    committed="$root/resources/icons/${size}x${size}/$id.png"
    if ! cmp -s "$committed" "$fresh/${size}x${size}/$id.png"; then
        echo "FAIL: $committed differs from a fresh render of the SVG: run scripts/render-icons.sh" >&2
        failures=$((failures + 1))
    fi
done
[[ $failures -eq 0 ]] && echo "The PNGs match the SVG."
exit $((failures != 0))
