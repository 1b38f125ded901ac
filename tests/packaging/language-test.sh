#!/usr/bin/env bash
# The program speaks the system's language, as the environment says it, from the outside: the real binary's
# --help (translated like the rest of the UI, by the same catalogue and the same Translations::install) under
# LANGUAGE, LC_ALL, LC_MESSAGES and LANG, each alone and against the others, in an otherwise empty environment.
# No locale needs to be installed: Qt reads these variables itself.
#   tests/packaging/language-test.sh BINARY
set -uo pipefail
binary=$1
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
failures=0
keep=()
for name in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
    [[ -n ${!name:-} ]] && keep+=("$name=${!name}")
done

# expect_language LANGUAGE_NAME VARIABLE=VALUE...: --help in that environment is in that language.
expect_language() {
    local language=$1
    shift
    if ! env -i "${keep[@]}" "$@" "$binary" --help >"$out" 2>"$err"; then
        echo "FAIL: pilotzones --help failed with $*: $(cat "$err")" >&2
        failures=$((failures + 1))
        return
    fi
    local usage="" options=""
    case "$language" in
    Chinese) usage="用法：" options="选项：" ;;
    English) usage="Usage:" options="Options:" ;;
    esac
    # Qt's own words ("Usage:") come from Qt's catalogue for that language, when there is one.
    if [[ -n $usage ]] && { ! grep -qF -- "$usage" "$out" || ! grep -qF -- "$options" "$out"; }; then
        echo "FAIL: with $* the help is not in $language: $(head -n 3 "$out")" >&2
        failures=$((failures + 1))
    fi
    # Pilot Zones' own strings, not only Qt's: the description and an option's help.
    local own
    case "$language" in
    Chinese) own="了解四个试点城市" ;;
    English | OwnInEnglish) own="explore the four pilot cities" ;;
    esac
    if ! grep -qF -- "$own" "$out"; then
        echo "FAIL: with $* Pilot Zones' own help text is not in $language: $(head -n 3 "$out")" >&2
        failures=$((failures + 1))
    fi
}

expect_language Chinese LANGUAGE=zh_CN
expect_language Chinese LANG=zh_CN.UTF-8
expect_language Chinese LC_ALL=zh_CN.UTF-8
expect_language Chinese LC_MESSAGES=zh_CN.UTF-8
expect_language English LANG=C
expect_language English LANG=en_US.UTF-8
# The order of precedence: LANGUAGE over the rest, LC_ALL over LC_MESSAGES and LANG, LC_MESSAGES over LANG.
expect_language Chinese LANGUAGE=zh_CN LANG=en_US.UTF-8
expect_language English LC_ALL=C LANG=zh_CN.UTF-8
expect_language Chinese LC_MESSAGES=zh_CN.UTF-8 LANG=C
# A language Pilot Zones has no catalogue for: its own words fall back to English (Qt's are French).
expect_language OwnInEnglish LANG=fr_FR.UTF-8

if [[ $failures -ne 0 ]]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "The command line follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG."
