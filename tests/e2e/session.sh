#!/usr/bin/env bash
# Runs a command the way a screen-reader user meets the app: in a real X server (Xvfb), with a private D-Bus
# session and AT-SPI accessibility bus. Everything started here is stopped by PID on exit.
#   tests/e2e/session.sh COMMAND [ARGS...]
set -euo pipefail

display=":$((200 + RANDOM % 300))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
bus_pid=""
a11y_pid=""
cleanup() {
    [[ -n "$a11y_pid" ]] && kill "$a11y_pid" 2>/dev/null || true
    [[ -n "$bus_pid" ]] && kill "$bus_pid" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY="$display"
for _ in $(seq 100); do
    xdpyinfo >/dev/null 2>&1 && break
    sleep 0.1
done

eval "$(dbus-launch --sh-syntax)"
bus_pid="$DBUS_SESSION_BUS_PID"
# The accessibility bus must be up before the app starts: Qt looks for it once, at start-up.
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
a11y_pid=$!
for _ in $(seq 100); do
    dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 \
        && break
    sleep 0.1
done
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
unset QT_QPA_PLATFORM
/usr/bin/gsettings set org.gnome.desktop.interface toolkit-accessibility true 2>/dev/null || true
"$@"
