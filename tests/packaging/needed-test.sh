#!/usr/bin/env bash
# The executable does not link Qt Print Support, Qt TextToSpeech, Qt SQL or Qt Network: they come with the print,
# speech and comments modules, which are loaded on first use (the comments once the window has painted), so the
# dynamic loader never maps them before the first paint.
#   tests/packaging/needed-test.sh EXECUTABLE PRINT_MODULE SPEECH_MODULE COMMENTS_MODULE
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
for library in libQt6PrintSupport libQt6TextToSpeech libQt6Sql libQt6Network; do
    grep -q "^$library\.so" <<<"$executable" && fail "$1 links $library (DT_NEEDED): it must come with its module"
done
grep -q '^libQt6PrintSupport\.so' <<<"$(needed "$2")" || fail "the print module $2 does not link libQt6PrintSupport"
grep -q '^libQt6TextToSpeech\.so' <<<"$(needed "$3")" || fail "the speech module $3 does not link libQt6TextToSpeech"
comments=$(needed "$4") || fail "readelf -d $4"
for library in libQt6Sql libQt6Network; do
    grep -q "^$library\.so" <<<"$comments" || fail "the comments module $4 does not link $library"
done

if [[ $failures -ne 0 ]]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "pilotzones links none of Qt Print Support, Qt TextToSpeech, Qt SQL and Qt Network; its modules do."
