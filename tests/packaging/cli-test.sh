#!/usr/bin/env bash
# The command line is answered without a display: the real binary runs with an empty environment (no DISPLAY,
# no WAYLAND_DISPLAY, no QT_QPA_PLATFORM, no HOME), as over SSH, in a package build or under help2man.
#   tests/packaging/cli-test.sh BINARY VERSION
set -uo pipefail
binary=$1
version=$2
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
failures=0
# Only the sanitizers' settings pass, for the CI run under AddressSanitizer: nothing that names a display.
keep=()
for name in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
    [[ -n ${!name:-} ]] && keep+=("$name=${!name}")
done

# run EXPECTED_STATUS ARGS...: runs the binary with no environment; fails on another exit status.
run() {
    local expected=$1
    shift
    env -i "${keep[@]}" "$binary" "$@" >"$out" 2>"$err"
    local status=$?
    if [[ $status -ne $expected ]]; then
        echo "FAIL: pilotzones $* exited $status, expected $expected; stderr: $(cat "$err")" >&2
        failures=$((failures + 1))
        return 1
    fi
}
# expect FILE PATTERN WHAT: fails unless FILE holds the fixed string PATTERN.
expect() {
    if ! grep -qF -- "$2" "$1"; then
        echo "FAIL: $3: no \"$2\" in: $(cat "$1")" >&2
        failures=$((failures + 1))
    fi
}
expect_empty() {
    if [[ -s $1 ]]; then
        echo "FAIL: $2: $(cat "$1")" >&2
        failures=$((failures + 1))
    fi
}

run 0 --help && {
    expect "$out" "--city <id>" "--help lists --city"
    expect "$out" "--server <url>" "--help lists --server"
    expect_empty "$err" "--help wrote to stderr"
}
run 0 -h && expect "$out" "--version" "-h is --help"
run 0 --version && {
    [[ $(cat "$out") == "pilotzones $version" ]] || {
        echo "FAIL: --version printed \"$(cat "$out")\", expected \"pilotzones $version\"" >&2
        failures=$((failures + 1))
    }
}
# Qt's own options are not mistakes, even when they are not used.
run 0 -platform xcb --version && expect "$out" "$version" "--version after -platform"
run 2 --colour && {
    expect "$err" "colour" "an unknown option is named"
    expect "$err" "--help" "a mistake points to --help"
    expect_empty "$out" "a mistake wrote to stdout"
}
run 2 --city beijing && expect "$err" "hefei, hangzhou, shenzhen, tianjin" "an unknown city lists the known ones"
run 2 --server ftp://example.org && expect "$err" "ftp://example.org" "a bad server is named"
run 2 --city && expect "$err" "--help" "a missing value points to --help"
run 2 article.txt && expect "$err" "article.txt" "a stray argument is named"

if [[ $failures -ne 0 ]]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "The command line works without a display."
