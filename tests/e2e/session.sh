#!/usr/bin/env bash
# Runs a command the way a screen-reader user meets the app: in a real X server (Xvfb), with a private D-Bus
# session and AT-SPI accessibility bus. Everything started here is stopped by PID on exit.
#   tests/e2e/session.sh COMMAND [ARGS...]
set -euo pipefail

# Xvfb picks a free display number itself and writes it to a pipe (-displayfd): two sessions on one machine
# never collide, and once the number is written the server is ready.
fifo=$(mktemp -u /tmp/pilotzones-xvfb.XXXXXX)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -noreset 3>"$fifo" >/dev/null 2>&1 &
xvfb=$!
bus_pid=""
a11y_pid=""
cleanup() {
    [[ -n "$a11y_pid" ]] && kill "$a11y_pid" 2>/dev/null || true
    [[ -n "$bus_pid" ]] && kill "$bus_pid" 2>/dev/null || true
    # Wait for Xvfb to be gone: as it exits it removes its socket, and a session started meanwhile on the same
    # (then free) display number would lose its own.
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
number=""
read -r -t 30 number <"$fifo" || true
rm -f "$fifo"
if [[ -z "$number" ]]; then
    echo "session.sh: Xvfb did not start (no display number within 30 s)" >&2
    exit 1
fi
export DISPLAY=":$number"
# The number can come before the server takes connections: wait until a client gets through.
for _ in $(seq 100); do
    xdpyinfo >/dev/null 2>&1 && break
    sleep 0.1
done
if ! xdpyinfo >/dev/null 2>&1; then
    echo "session.sh: Xvfb on $DISPLAY takes no connections" >&2
    exit 1
fi

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
