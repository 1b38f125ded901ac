#!/usr/bin/env bash
# Sets up, builds and runs every Pilot Zones test, against a real comment server that this script starts on
# 127.0.0.1 and stops by PID when the tests end. Idempotent; works as root or through sudo.
# With CI=true it also builds with -Werror, runs the suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer, and checks formatting.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PILOTZONES_BUILD_DIR:-$root/build/tests}"
ci="${CI:-false}"

"$root/scripts/setup.sh" --tests
"$root/scripts/comment-server.sh" install >&2

# Four builds (debug, sanitizers, fuzzing, package) of mostly the same sources: ccache keeps a rebuild, or the
# next run on this machine, from compiling them again. Paths are taken relative to the checkout, so a fresh
# clone elsewhere hits the same cache.
if [[ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]] && command -v ccache >/dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
fi

if [[ "$ci" == "true" ]]; then
    echo "== Format check (clang-format)" >&2
    mapfile -t sources < <(cd "$root" && git ls-files '*.cpp' '*.h')
    (cd "$root" && clang-format --dry-run --Werror "${sources[@]}")
fi

# The comment server for the integration tests; stopped by PID whatever happens next.
own_state=""
if [[ -z "${PILOTZONES_SERVER_STATE:-}" ]]; then
    PILOTZONES_SERVER_STATE=$(mktemp -d /tmp/pilotzones-server.XXXXXX)
    own_state="$PILOTZONES_SERVER_STATE"
    # The database runs as the postgres user, which must reach its folder inside.
    chmod 0755 "$PILOTZONES_SERVER_STATE"
fi
export PILOTZONES_SERVER_STATE
export PILOTZONES_COMMENT_SERVER_SCRIPT="$root/scripts/comment-server.sh"
cleanup() {
    "$root/scripts/comment-server.sh" stop --all >&2 || true
    [[ -n "$own_state" ]] && rm -rf "$own_state"
}
trap cleanup EXIT
PILOTZONES_TEST_SERVER_URL=$("$root/scripts/comment-server.sh" start --name tests)
export PILOTZONES_TEST_SERVER_URL
echo "Comment server for the tests: $PILOTZONES_TEST_SERVER_URL" >&2

run_suite() {
    local dir=$1
    shift
    cmake -S "$root" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir"
    # Widget tests run on the offscreen platform: no display is needed.
    (cd "$dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --no-tests=error --timeout 300)
}

werror=OFF
[[ "$ci" == "true" ]] && werror=ON
echo "== Build and test ($build)" >&2
run_suite "$build" -DCMAKE_BUILD_TYPE=Debug -DPILOTZONES_WERROR=$werror

if [[ "$ci" == "true" ]]; then
    echo "== Desktop file, AppStream metadata and the Debian package" >&2
    desktop-file-validate "$root/resources/desktop/io.github.pilotzones.PilotZones.desktop"
    appstreamcli validate --no-net "$build/packaging/io.github.pilotzones.PilotZones.metainfo.xml" >&2
    deb=$("$root/scripts/package.sh" "$build-package")
    dpkg-deb --info "$deb" >&2
    dpkg-deb --contents "$deb" >&2
    # Errors fail the run; the warnings that stay, and why, are in cmake/Packaging.cmake.
    lintian --fail-on error --info "$deb" >&2
fi

if [[ "$ci" == "true" ]]; then
    echo "== Build and test under AddressSanitizer and UndefinedBehaviorSanitizer" >&2
    "$root/scripts/comment-server.sh" reset --name tests >&2
    # Leak checking is off: the caches fontconfig and Qt keep for the life of the process read as leaks.
    # detect_odr_violation=1 reports a global defined twice only when the definitions differ in size: the
    # executable exports its symbols so that a module's copy of the core (pilotzones_comments, _print, _speech)
    # binds to the executable's, and the default level 2 aborts on those identical copies.
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_odr_violation=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_suite "$build-asan" -DCMAKE_BUILD_TYPE=Debug -DPILOTZONES_WERROR=ON -DPILOTZONES_SANITIZE=ON \
        -DPILOTZONES_BUILD_BENCH=OFF
fi

if [[ "$ci" == "true" ]]; then
    echo "== Fuzz each libFuzzer target for 60 s (tests/fuzz)" >&2
    PILOTZONES_FUZZ_BUILD_DIR="$build-fuzz" "$root/scripts/fuzz.sh" --seconds 60
fi
