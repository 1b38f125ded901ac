#!/usr/bin/env bash
# Installs the build into a fresh prefix (with a space in its path, as any prefix may have) and checks the
# tree a packager and the desktop rely on: exactly the expected files, a valid .desktop file and AppStream
# metadata, one application id throughout, icons at their sizes, the manual, and a binary that runs.
#   tests/packaging/install-test.sh BUILD_DIR VERSION APP_ID LIBDIR
set -uo pipefail
build=$1
version=$2
id=$3
libdir=$4 # CMAKE_INSTALL_LIBDIR, where the print and speech modules go (under pilotzones/)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/any prefix"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || {
    cat "$work/install.log" >&2
    fail "cmake --install"
    exit 1
}

expected="bin/pilotzones
$libdir/pilotzones/pilotzones_comments.so
$libdir/pilotzones/pilotzones_print.so
$libdir/pilotzones/pilotzones_speech.so
share/applications/$id.desktop
share/doc/pilotzones/changelog.Debian.gz
share/doc/pilotzones/copyright
share/icons/hicolor/128x128/apps/$id.png
share/icons/hicolor/16x16/apps/$id.png
share/icons/hicolor/22x22/apps/$id.png
share/icons/hicolor/24x24/apps/$id.png
share/icons/hicolor/256x256/apps/$id.png
share/icons/hicolor/32x32/apps/$id.png
share/icons/hicolor/48x48/apps/$id.png
share/icons/hicolor/64x64/apps/$id.png
share/icons/hicolor/scalable/apps/$id.svg
share/man/man1/pilotzones.1.gz
share/metainfo/$id.metainfo.xml"
actual=$(cd "$prefix" && find . -type f -printf '%P\n' | LC_ALL=C sort)
if [[ "$actual" != "$(LC_ALL=C sort <<<"$expected")" ]]; then
    fail "the installed files differ from the expected ones:"
    diff <(LC_ALL=C sort <<<"$expected") <(echo "$actual") >&2
fi

desktop="$prefix/share/applications/$id.desktop"
metainfo="$prefix/share/metainfo/$id.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"

# desktop_key KEY: the value of KEY in the [Desktop Entry] group.
desktop_key() { sed -n "s/^$1=//p" "$desktop"; }
[[ $(desktop_key Icon) == "$id" ]] || fail "Icon= is not the application id"
[[ $(desktop_key Exec) == pilotzones* ]] || fail "Exec= does not run pilotzones"
# Qt's X11 window class is the application name, kept as "pilotzones" (see app/AppIdentity.h).
[[ $(desktop_key StartupWMClass) == pilotzones ]] || fail "StartupWMClass= is not the window class"
for key in Name GenericName Comment Categories Keywords 'Name\[zh_CN\]' 'GenericName\[zh_CN\]' 'Comment\[zh_CN\]' \
    'Keywords\[zh_CN\]'; do
    [[ -n $(desktop_key "$key") ]] || fail "the .desktop file has no $key"
done

grep -qF "<id>$id</id>" "$metainfo" || fail "the AppStream component id is not $id"
grep -qF "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "no launchable $id.desktop"
grep -qF "<release version=\"$version\"" "$metainfo" || fail "no AppStream release $version"
grep -qF '<binary>pilotzones</binary>' "$metainfo" || fail "the metainfo does not provide the binary"
grep -qF 'xml:lang="zh-CN"' "$metainfo" || fail "the metainfo has no Simplified Chinese"

for size in 16 22 24 32 48 64 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
    # A PNG's width and height are the big-endian words at bytes 16 and 20 (the IHDR chunk).
    dims=$(od -An -tu1 -j16 -N8 "$png" 2>/dev/null | awk '{print $3*256+$4 "x" $7*256+$8}')
    [[ $dims == "${size}x${size}" ]] || fail "$png is $dims, not ${size}x${size}"
done

gzip -t "$prefix/share/man/man1/pilotzones.1.gz" || fail "the manual is not a gzip file"
manual=$(zcat "$prefix/share/man/man1/pilotzones.1.gz")
grep -qF "Pilot Zones $version" <<<"$manual" || fail "the manual is not of version $version"
for section in OPTIONS FILES ENVIRONMENT "EXIT STATUS"; do
    grep -qx "\.SH $section" <<<"$manual" || fail "the manual has no $section section"
done

keep=()
for name in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
    [[ -n ${!name:-} ]] && keep+=("$name=${!name}")
done
[[ $(env -i "${keep[@]}" "$prefix/bin/pilotzones" --version) == "pilotzones $version" ]] || fail "the installed binary's --version"

# The modules are plugins, not programs: not executable, and each holds the plugin entry points Qt looks for.
for module in "$prefix/$libdir/pilotzones/"*.so; do
    [[ -x $module ]] && fail "$module is executable"
    nm -D --defined-only "$module" 2>/dev/null | grep -q ' qt_plugin_instance$' || fail "$module is not a Qt plugin"
done

if [[ $failures -ne 0 ]]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "The installed tree under \"$prefix\" is complete."
