#!/usr/bin/env bash
# Installs what Pilot Zones needs on Debian 12, and nothing that is already there. Idempotent; works as root
# or through sudo.
#   scripts/setup.sh          build and run the app
#   scripts/setup.sh --tests  also what the tests need (Xvfb, clang-format; the comment server installs itself)
#   scripts/setup.sh --package  also what scripts/package.sh needs to build and check the .deb
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libxkbcommon-dev
    fonts-noto-cjk fonts-dejavu-core
    # Read aloud: Qt TextToSpeech (whose CMake package also needs qt6-declarative-dev's QmlIntegration), its
    # speech-dispatcher plugin, and a voice. Without them the app runs and says why it cannot read aloud.
    qt6-speech-dev qt6-declarative-dev qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
    espeak-ng
)
# What the installed-tree test and the package build need: validators, the icon renderer, cpack's helpers.
if [[ "${1:-}" == "--tests" || "${1:-}" == "--package" ]]; then
    packages+=(desktop-file-utils appstream librsvg2-bin dpkg-dev file lintian)
fi
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(libgtest-dev libbenchmark-dev clang-format xvfb xauth x11-utils xdotool imagemagick
        dbus-x11 at-spi2-core python3-pyatspi openssl clang libfuzzer-14-dev libclang-rt-14-dev
        poppler-utils ccache
        libao4) # libao's null driver takes the test speech-dispatcher's audio (scripts/speech-session.sh)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
