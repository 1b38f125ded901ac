#!/usr/bin/env bash
# Builds the Debian package of Pilot Zones: a release build with Debian's default hardening flags
# (dpkg-buildflags), installed by cpack -G DEB into pilotzones_<version>-1_<arch>.deb, whose dependencies
# come from dpkg-shlibdeps. Idempotent; works as root or through sudo.
#   scripts/package.sh [BUILD_DIR]    default build/package; prints the .deb's path on stdout
# Then, for example: sudo apt-get install ./build/package/pilotzones_*.deb; lintian build/package/pilotzones_*.deb
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-$root/build/package}"

"$root/scripts/setup.sh" --package

# bindnow: resolve every symbol at start, so the relocations can be read-only (lintian's hardening-no-bindnow).
export DEB_BUILD_MAINT_OPTIONS=hardening=+bindnow
# The prefix is Debian's, so that GNUInstallDirs puts the print and speech modules in the multiarch directory
# (usr/lib/<triplet>/pilotzones), where cpack adds no ldconfig call (lintian's maintscript-calls-ldconfig).
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DPILOTZONES_BUILD_TESTS=OFF -DPILOTZONES_BUILD_BENCH=OFF \
    "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)" \
    "-DCMAKE_MODULE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)" >&2
# The print and speech modules are built with it (dependencies of the target).
cmake --build "$build" --target pilotzones >&2
rm -f "$build"/pilotzones_*.deb
(cd "$build" && cpack -G DEB >&2)
ls "$build"/pilotzones_*.deb
