#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in their own clang configuration and runs each for a given time,
# starting from its seed corpus in the repository. Exits non-zero when a target finds a crash, a sanitizer
# report or a broken contract; the input that did it is kept and its file name is printed.
#   scripts/fuzz.sh [--seconds N] [--runs M] [target...]
#       targets: articleLoader cityZoneLoader walineReply retryAfter commentRules commentStore (default: all)
#       each runs until N seconds (default 60, or no limit when only --runs is given) or M executions pass
# A crash found becomes a regression test: copy the input to tests/fuzz/crashes/<target>/ and
# FuzzRegressionTest replays it in every test build.
# Environment: PILOTZONES_FUZZ_BUILD_DIR (default build/fuzz), PILOTZONES_FUZZ_WORK_DIR (default
# <build>/fuzz-work: the corpus each run grows and the inputs it saves, kept between runs).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PILOTZONES_FUZZ_BUILD_DIR:-$root/build/fuzz}"
work="${PILOTZONES_FUZZ_WORK_DIR:-$build/fuzz-work}"
all_targets=(articleLoader cityZoneLoader walineReply retryAfter commentRules commentStore)

seconds=
runs=-1
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
    --seconds)
        [[ $# -ge 2 && "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]] || { echo "fuzz.sh: --seconds needs a positive number" >&2; exit 2; }
        seconds=$2
        shift 2
        ;;
    --runs)
        [[ $# -ge 2 && "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]] || { echo "fuzz.sh: --runs needs a positive number" >&2; exit 2; }
        runs=$2
        shift 2
        ;;
    -h | --help)
        sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        if [[ ! " ${all_targets[*]} " =~ " $1 " ]]; then
            echo "fuzz.sh: unknown target '$1' (known: ${all_targets[*]})" >&2
            exit 2
        fi
        targets+=("$1")
        shift
        ;;
    esac
done
[[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")
# libFuzzer reads -max_total_time=0 and -runs=-1 as "no limit".
[[ -z "$seconds" ]] && { [[ "$runs" -gt 0 ]] && seconds=0 || seconds=60; }

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/setup.sh --tests installs it)" >&2; exit 2; }
export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-$(command -v ccache || true)}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DPILOTZONES_FUZZ=ON -DPILOTZONES_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

# Leak checking is off: Qt keeps process-wide caches (QLocale data, Qt Sql's driver plugins, the translator
# lookup) that LeakSanitizer reports as leaks at exit, and a report at exit would hide the real finds.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=()
for target in "${targets[@]}"; do
    mkdir -p "$work/$target/corpus" "$work/$target/finds"
    max_len=4096
    tmp="${TMPDIR:-/tmp}"
    if [[ "$target" == commentStore ]]; then
        max_len=16384
        # The store writes and syncs its file several times per input: on tmpfs a sync costs nothing, which
        # makes the run about 3 times faster (the target's folder is under QDir::tempPath(), i.e. TMPDIR).
        [[ -d /dev/shm && -w /dev/shm ]] && tmp=/dev/shm
    fi
    echo "== fuzz_$target for ${seconds} s (0: no limit), ${runs} runs (-1: no limit)" >&2
    log="$work/$target/last.log"
    if TMPDIR="$tmp" "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -runs="$runs" -rss_limit_mb=2048 -max_len="$max_len" \
        -timeout=25 -print_final_stats=1 -artifact_prefix="$work/$target/finds/" \
        "$work/$target/corpus" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units)' "$log" >&2 || true
    else
        tail -n 40 "$log" >&2
        finds=$(grep -oE "(Test unit written to|artifact_prefix.*written to) [^ ]+" "$log" | awk '{print $NF}' || true)
        echo "fuzz.sh: fuzz_$target found a problem; input: ${finds:-see $log}" >&2
        failed+=("$target")
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz.sh: finds in: ${failed[*]} (make each a regression test in tests/fuzz/crashes/<target>/)" >&2
    exit 1
fi
