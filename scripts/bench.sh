#!/usr/bin/env bash
# Builds the benchmarks in release mode and runs them under Xvfb, reporting ratios against baselines measured
# in the same run:
#   scripts/bench.sh [--runs N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PILOTZONES_BUILD_DIR:-$root/build/bench}"

"$root/scripts/setup.sh" --tests
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPILOTZONES_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" >&2

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
# The delivery benchmark sends to a real Waline on loopback, started here and stopped by PID on exit.
PILOTZONES_SERVER_STATE=$(mktemp -d /tmp/pilotzones-bench.XXXXXX)
chmod 0755 "$PILOTZONES_SERVER_STATE"
export PILOTZONES_SERVER_STATE
cleanup() {
    "$root/scripts/comment-server.sh" stop --all >&2 || true
    rm -rf "$PILOTZONES_SERVER_STATE"
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
PILOTZONES_BENCH_SERVER_URL=$("$root/scripts/comment-server.sh" start --name bench)
export PILOTZONES_BENCH_SERVER_URL
export DISPLAY="$display"
for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done

echo "== Startup: launch to first paint, against a bare Qt Widgets program"
status=0
"$root/bench/startup_bench.py" --build "$build" "$@" || status=1
echo "== Startup in Simplified Chinese (both programs)"
"$root/bench/startup_bench.py" --build "$build" --language zh_CN "$@" || status=1
for bench in "$build"/bench/*_bench; do
    [[ -x "$bench" ]] || continue
    echo "== $(basename "$bench")"
    "$bench" --benchmark_counters_tabular=true || status=1
done
exit $status
