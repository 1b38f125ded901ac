#!/usr/bin/env bash
# A private speech-dispatcher for tests: runs as the current user with its own configuration, socket and PID
# file under DIR, speaks through espeak-ng, and sends the audio to libao's null driver, so it needs no sound
# card and no session bus, and never touches the user's own speech-dispatcher.
#   scripts/speech-session.sh start DIR   prints SPEECHD_ADDRESS=unix_socket:DIR/speechd.sock when it is up
#   scripts/speech-session.sh stop DIR    stops that instance by its PID (and only that one)
# Exit status 3 from start means speech-dispatcher or espeak-ng is not installed.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
socket="$dir/speechd.sock"
pidfile="$dir/speechd.pid"

case "$command" in
start)
    if ! command -v speech-dispatcher >/dev/null || [[ ! -x /usr/lib/speech-dispatcher-modules/sd_espeak-ng ]]; then
        echo "speech-dispatcher with its espeak-ng module is not installed (scripts/setup.sh --tests)" >&2
        exit 3
    fi
    mkdir -p "$dir/config/modules" "$dir/home" "$dir/log"
    cp /etc/speech-dispatcher/modules/espeak-ng.conf "$dir/config/modules/" 2>/dev/null || true
    cat >"$dir/config/speechd.conf" <<CONF
LogDir "$dir/log"
LogLevel 3
AudioOutputMethod "libao"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
DefaultLanguage "en"
CONF
    # libao reads its default driver from \$HOME/.libao: "null" discards the samples at the speed they play.
    printf 'default_driver=null\n' >"$dir/home/.libao"
    rm -f "$socket" "$pidfile"
    # -t 30: it goes by itself 30 s after its last client, should a test die before stopping it;
    # -d: daemonises once the socket is listening.
    HOME="$dir/home" XDG_RUNTIME_DIR="$dir" speech-dispatcher -d -t 30 -c unix_socket -S "$socket" \
        -P "$pidfile" -C "$dir/config" -L "$dir/log" >"$dir/log/start.out" 2>&1
    for _ in $(seq 1 100); do
        if [[ -S "$socket" && -s "$pidfile" ]]; then
            echo "SPEECHD_ADDRESS=unix_socket:$socket"
            exit 0
        fi
        sleep 0.1
    done
    echo "speech-dispatcher did not start; its log:" >&2
    cat "$dir"/log/* >&2 || true
    exit 1
    ;;
stop)
    if [[ -s "$pidfile" ]]; then
        pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
        rm -f "$pidfile"
    fi
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
