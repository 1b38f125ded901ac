#!/usr/bin/env bash
# The executable does not link Qt Print Support or Qt TextToSpeech: they come with the print and speech modules,
# which are loaded on first use, so the dynamic loader never maps them before the first paint.
#   tests/packaging/needed-test.sh EXECUTABLE PRINT_MODULE SPEECH_MODULE
set -uo pipefail
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# needed FILE: the DT_NEEDED entries of FILE, one a line.
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }

executable=$(needed "$1") || fail "readelf -d $1"
# It can tell: the executable does link Qt Widgets.
grep -q '^libQt6Widgets\.so' <<<"$executable" || fail "$1 does not link libQt6Widgets; is readelf's output read right?"
for library in libQt6PrintSupport libQt6TextToSpeech; do
    grep -q "^$library\.so" <<<"$executable" && fail "$1 links $library (DT_NEEDED): it must come with its module"
done
grep -q '^libQt6PrintSupport\.so' <<<"$(needed "$2")" || fail "the print module $2 does not link libQt6PrintSupport"
grep -q '^libQt6TextToSpeech\.so' <<<"$(needed "$3")" || fail "the speech module $3 does not link libQt6TextToSpeech"

if [[ $failures -ne 0 ]]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "pilotzones links neither Qt Print Support nor Qt TextToSpeech; its modules do."
