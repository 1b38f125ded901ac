#!/usr/bin/env bash
# comment-server.sh - a real Waline comment server for tests and local use.
#
# Installs, starts and stops the Waline server (npm @waline/vercel, pinned in
# scripts/waline/package.json) on 127.0.0.1 only, backed by a throwaway
# PostgreSQL cluster that also listens on 127.0.0.1 only. Several named
# instances can run at once; each has its own database, port, PID file and log.
#
#   comment-server.sh start [--name NAME] [--audit] [--ipqps N] [--port P]
#       install if needed, start (or reuse) instance NAME (default "default"),
#       wait until GET /api/comment?path=/probe answers 200, print ONLY its
#       base URL (http://127.0.0.1:PORT) on stdout. --audit: new comments are
#       'waiting' (COMMENT_AUDIT=true). --ipqps N: one comment per N seconds
#       per IP (default 0 = no limit). --port P: listen on P (default: the
#       instance's previous port if free, else a free one). If NAME already
#       runs with other options it is restarted (its database is kept).
#   comment-server.sh stop [--name NAME | --all]
#       stop instance NAME by PID (default "default"); --all stops every
#       instance and the PostgreSQL cluster. Idempotent. The database is kept:
#       stop then start gives back the same comments.
#   comment-server.sh reset [--name NAME]
#       empty NAME's tables (comments, counters, users).
#   comment-server.sh url [--name NAME]
#       print NAME's base URL if it runs, else exit 1.
#   comment-server.sh install
#       only install what is needed (Debian packages, npm packages).
#
# Environment:
#   PILOTZONES_SERVER_STATE  state dir (PG data, sockets, PID files, logs);
#                            default /tmp/pilotzones-server
#   PILOTZONES_CACHE         npm install goes to $PILOTZONES_CACHE/waline;
#                            default ${XDG_CACHE_HOME:-$HOME/.cache}/pilotzones
#   PILOTZONES_SERVER_TIMEOUT  seconds to wait for a start (default 60)
#
# Logs: $STATE/instances/NAME/waline.log, $STATE/pg/postgres.log,
# $CACHE/waline/npm-install.log. See scripts/waline/NOTES.md for the API.
set -euo pipefail

readonly WALINE_VERSION=1.39.3
SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
readonly SCRIPT_DIR
readonly WALINE_SRC=$SCRIPT_DIR/waline
CACHE_ROOT=${PILOTZONES_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/pilotzones}
readonly INSTALL_DIR=$CACHE_ROOT/waline
STATE=${PILOTZONES_SERVER_STATE:-/tmp/pilotzones-server}
readonly STATE
readonly PG_DIR=$STATE/pg            # owned by the PostgreSQL OS user
readonly PG_DATA=$PG_DIR/data
readonly PG_SOCK=$PG_DIR/run
readonly PG_LOG=$PG_DIR/postgres.log
readonly PG_PORT_FILE=$STATE/pg.port
readonly PG_PASS_FILE=$STATE/pg.password
readonly PG_ROLE=waline
readonly START_TIMEOUT=${PILOTZONES_SERVER_TIMEOUT:-60}
readonly OAUTH_URL_OFFLINE='data:application/json,{"services":[]}'

log() { printf 'comment-server: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
  exit 2
}

is_root() { [[ $(id -u) -eq 0 ]]; }

as_root() {
  if is_root; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

# Run a PostgreSQL program as the user that owns the cluster: PostgreSQL
# refuses to run as root, so as root use the 'postgres' system user.
as_pg() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

pg_bindir() {
  local d
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    echo /usr/lib/postgresql/15/bin
    return 0
  fi
  d=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  if [[ -x $d && -x ${d%/initdb}/pg_ctl ]]; then
    echo "${d%/initdb}"
    return 0
  fi
  return 1
}

# ---------------------------------------------------------------- install --

ensure_system_deps() {
  local need=()
  command -v node >/dev/null 2>&1 || need+=(nodejs)
  command -v npm >/dev/null 2>&1 || need+=(npm)
  pg_bindir >/dev/null || need+=(postgresql)
  if ((${#need[@]})); then
    log "installing Debian packages: ${need[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >&2
  fi
  pg_bindir >/dev/null || die "no PostgreSQL server binaries (initdb) under /usr/lib/postgresql"
  if is_root && ! id postgres >/dev/null 2>&1; then
    die "no 'postgres' system user (the Debian package postgresql creates it)"
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if ((major < 20)); then
    log "warning: node $(node --version) is older than @waline/vercel's required >=20"
  fi
}

installed_version() {
  local pj=$INSTALL_DIR/node_modules/@waline/vercel/package.json
  [[ -f $pj ]] || return 0
  node -p 'require(process.argv[1]).version' "$pj" 2>/dev/null || true
}

install_stamp() {
  cat "$WALINE_SRC/package.json" "$WALINE_SRC"/package-lock.json 2>/dev/null | sha256sum | cut -c1-64
}

ensure_npm_install() {
  local stamp_file=$INSTALL_DIR/.pilotzones-install-stamp stamp
  stamp=$(install_stamp)
  if [[ -f $stamp_file && $(cat "$stamp_file") == "$stamp" && $(installed_version) == "$WALINE_VERSION" ]]; then
    return 0
  fi
  mkdir -p "$INSTALL_DIR"
  (
    exec 8>"$INSTALL_DIR/.lock"
    flock -w 900 8 || die "timed out waiting for another install ($INSTALL_DIR/.lock)"
    if [[ -f $stamp_file && $(cat "$stamp_file") == "$stamp" && $(installed_version) == "$WALINE_VERSION" ]]; then
      exit 0
    fi
    log "installing @waline/vercel $WALINE_VERSION into $INSTALL_DIR (about a minute)"
    rm -f "$stamp_file"
    cp "$WALINE_SRC/package.json" "$INSTALL_DIR/package.json"
    local npm_cmd=(npm ci)
    if [[ -f $WALINE_SRC/package-lock.json ]]; then
      cp "$WALINE_SRC/package-lock.json" "$INSTALL_DIR/package-lock.json"
    else
      rm -f "$INSTALL_DIR/package-lock.json"
      npm_cmd=(npm install)
    fi
    # --ignore-scripts: nothing we use needs one (sqlite3's would try to
    # download a prebuilt binary; PostgreSQL is used instead).
    if ! (cd "$INSTALL_DIR" && "${npm_cmd[@]}" --ignore-scripts --no-audit --no-fund \
      --loglevel=warn) >"$INSTALL_DIR/npm-install.log" 2>&1 8>&-; then
      tail -n 30 "$INSTALL_DIR/npm-install.log" >&2
      die "npm install failed, see $INSTALL_DIR/npm-install.log"
    fi
    [[ $(installed_version) == "$WALINE_VERSION" ]] ||
      die "installed @waline/vercel is '$(installed_version)', expected $WALINE_VERSION"
    echo "$stamp" >"$stamp_file"
  )
}

# -------------------------------------------------------------- utilities --

# Prints a port on 127.0.0.1 that is free right now.
free_port() {
  node -e '
    const s = require("node:net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

port_is_free() {
  node -e '
    const s = require("node:net").createServer();
    s.on("error", () => process.exit(1));
    s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)));' "$1"
}

# HTTP status code of a GET (000 when nothing answers).
http_status() {
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
  else
    node -e '
      fetch(process.argv[1], { signal: AbortSignal.timeout(5000) })
        .then((r) => console.log(r.status), () => console.log("000"));' "$1" 2>/dev/null || true
  fi
}

# True while process PID exists and is not a zombie (a zombie is dead, but
# kill -0 still succeeds until its parent reaps it).
pid_alive() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state=$(sed -e 's/.*) //' -e 's/ .*//' "/proc/$1/stat" 2>/dev/null || true)
  [[ $state != Z ]]
}

gen_secret() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }

prepare_state_dir() {
  if [[ ! -d $STATE ]]; then
    mkdir -p "$STATE"
    chmod 755 "$STATE" # the postgres user must be able to reach $STATE/pg
  fi
  mkdir -p "$STATE/instances"
}

take_lock() {
  prepare_state_dir
  exec 9>"$STATE/.lock"
  flock -w 900 9 || die "timed out waiting for the lock $STATE/.lock"
}

# ------------------------------------------------------------- PostgreSQL --

pg_port() { cat "$PG_PORT_FILE"; }

pg_is_running() {
  [[ -f $PG_PORT_FILE && -d $PG_DATA ]] || return 1
  as_pg "$(pg_bindir)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

# psql DB USER [psql args...] over the unix socket in the state dir.
pg_psql() {
  local db=$1 user=$2
  shift 2
  as_pg "$(pg_bindir)/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK" -p "$(pg_port)" \
    -U "$user" -d "$db" "$@"
}

pg_init() {
  local bindir
  bindir=$(pg_bindir)
  if ((${#PG_SOCK} > 100)); then
    die "state dir path too long for a unix socket: $PG_SOCK"
  fi
  mkdir -p "$PG_DIR"
  if is_root; then
    chown postgres:postgres "$PG_DIR"
  fi
  chmod 700 "$PG_DIR"
  if ! as_pg test -w "$PG_DIR"; then
    die "the postgres user cannot write $PG_DIR: choose a PILOTZONES_SERVER_STATE that it can reach (e.g. under /tmp)"
  fi
  as_pg mkdir -p "$PG_SOCK"
  as_pg chmod 700 "$PG_SOCK"
  if [[ -f $PG_DATA/PG_VERSION ]]; then
    return 0
  fi
  log "creating a PostgreSQL cluster in $PG_DATA"
  as_pg rm -rf "$PG_DATA"
  # Local (unix socket) connections: trust, the socket dir is private to the
  # cluster's owner. TCP on 127.0.0.1: password (generated, in $PG_PASS_FILE).
  as_pg "$bindir/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 >"$STATE/initdb.log" 2>&1 ||
    {
      tail -n 20 "$STATE/initdb.log" >&2
      die "initdb failed"
    }
  as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null <<EOF

# --- pilotzones comment-server.sh: throwaway test cluster ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_SOCK'
unix_socket_permissions = 0700
timezone = 'UTC'
log_timezone = 'UTC'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
}

ensure_pg() {
  local bindir port
  bindir=$(pg_bindir)
  if ! pg_is_running; then
    pg_init
    if [[ -f $PG_PORT_FILE ]] && port=$(pg_port) && port_is_free "$port"; then
      :
    else
      port=$(free_port)
    fi
    echo "$port" >"$PG_PORT_FILE"
    log "starting PostgreSQL on 127.0.0.1:$port"
    if ! as_pg "$bindir/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -o "-p $port" -w -t 60 start >&2 9>&-; then
      as_pg tail -n 30 "$PG_LOG" >&2 || true
      die "PostgreSQL did not start, see $PG_LOG"
    fi
  fi
  # The role Waline logs in with, over TCP with a password (idempotent).
  if [[ ! -s $PG_PASS_FILE ]]; then
    (umask 077 && gen_secret >"$PG_PASS_FILE")
  fi
  pg_psql postgres postgres -f - <<EOF
SET client_min_messages = warning;
SELECT 'CREATE ROLE $PG_ROLE LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE')\gexec
ALTER ROLE $PG_ROLE LOGIN PASSWORD '$(cat "$PG_PASS_FILE")';
EOF
}

db_name() { echo "waline_$1"; }

# Creates instance NAME's database and tables if missing (keeps its data).
ensure_db() {
  local db
  db=$(db_name "$1")
  if [[ $(pg_psql postgres postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'") != 1 ]]; then
    log "creating database $db"
    pg_psql postgres postgres -c "CREATE DATABASE \"$db\" OWNER $PG_ROLE"
  fi
  { echo 'SET client_min_messages = warning;'; cat "$WALINE_SRC/schema.sql"; } |
    pg_psql "$db" "$PG_ROLE" -f -
}

stop_pg() {
  [[ -d $PG_DATA ]] || return 0
  local bindir pid
  bindir=$(pg_bindir)
  if pg_is_running; then
    log "stopping PostgreSQL"
    if ! as_pg "$bindir/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >&2; then
      pid=$(as_pg head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
      if [[ $pid =~ ^[0-9]+$ ]]; then
        log "pg_ctl stop failed, killing postmaster $pid"
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
  fi
}

# -------------------------------------------------------------- instances --

inst_dir() { echo "$STATE/instances/$1"; }

# PID of instance NAME if its launcher runs, else fails.
inst_pid() {
  local f pid
  f=$(inst_dir "$1")/pid
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  pid_alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'waline/launcher\.js' || return 1
  echo "$pid"
}

inst_url() { echo "http://127.0.0.1:$(<"$(inst_dir "$1")/port")"; }

stop_instance() {
  local name=$1 dir pid i
  dir=$(inst_dir "$name")
  if pid=$(inst_pid "$name"); then
    log "stopping instance $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
      pid_alive "$pid" || break
      sleep 0.1
    done
    if pid_alive "$pid"; then
      log "instance $name did not exit, killing pid $pid"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.2
    fi
  fi
  rm -f "$dir/pid" "$dir/url"
}

start_instance() {
  local name=$1 audit=$2 ipqps=$3 want_port=$4
  local dir opts port pid db url launched status deadline
  dir=$(inst_dir "$name")
  opts="audit=$audit ipqps=$ipqps"
  mkdir -p "$dir/runtime"
  chmod 700 "$dir" # its log shows the database password

  if pid=$(inst_pid "$name"); then
    port=$(<"$dir/port")
    if [[ $(cat "$dir/options" 2>/dev/null) == "$opts" && (-z $want_port || $want_port == "$port") ]]; then
      url=$(inst_url "$name")
      if [[ $(http_status "$url/api/comment?path=/probe") == 200 ]]; then
        printf '%s\n' "$url"
        return 0
      fi
      log "instance $name (pid $pid) does not answer, restarting it"
    else
      log "instance $name runs with other options, restarting it"
    fi
    stop_instance "$name"
  fi

  if [[ -n $want_port ]]; then
    port_is_free "$want_port" || die "port $want_port on 127.0.0.1 is in use"
    port=$want_port
  elif [[ -f $dir/port ]] && port=$(<"$dir/port") && port_is_free "$port"; then
    : # keep the instance's previous URL
  else
    port=$(free_port)
  fi

  db=$(db_name "$name")
  local -a envs=(
    "PATH=$PATH"
    "HOME=$dir"
    "TZ=UTC"
    "LANG=C.UTF-8"
    "PG_HOST=127.0.0.1"
    "PG_PORT=$(pg_port)"
    "PG_DB=$db"
    "PG_USER=$PG_ROLE"
    "PG_PASSWORD=$(cat "$PG_PASS_FILE")"
    "PG_PREFIX=wl_"
    "PG_SSL=false"
    # Nothing may reach the internet: OAuth service list (fetched on every
    # request), Akismet spam check, IP region lookup is local but off.
    "OAUTH_URL=$OAUTH_URL_OFFLINE"
    "AKISMET_KEY=false"
    "DISABLE_REGION=true"
    "IPQPS=$ipqps"
  )
  if [[ $audit == 1 ]]; then
    envs+=("COMMENT_AUDIT=true")
  fi

  echo "$port" >"$dir/port"
  echo "$opts" >"$dir/options"
  rm -f "$dir/pid" "$dir/url"
  printf '\n==== %s starting instance %s on 127.0.0.1:%s (%s)\n' "$(date -u +%FT%TZ)" \
    "$name" "$port" "$opts" >>"$dir/waline.log"
  # env -i: start from an empty environment so that no SMTP_*, WEBHOOK,
  # *_KEY, proxy... variable of the caller makes Waline talk to the outside.
  env -i "${envs[@]}" setsid node "$WALINE_SRC/launcher.js" "$INSTALL_DIR" "$port" \
    "$dir/runtime" "$dir/pid" </dev/null >>"$dir/waline.log" 2>&1 9>&- &
  launched=$!

  url="http://127.0.0.1:$port"
  deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    status=$(http_status "$url/api/comment?path=/probe")
    [[ $status == 200 ]] && break
    if ! pid_alive "$launched"; then
      tail -n 40 "$dir/waline.log" >&2
      die "Waline instance $name exited during start-up (log: $dir/waline.log)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 40 "$dir/waline.log" >&2
      kill -KILL "$launched" 2>/dev/null || true
      rm -f "$dir/pid"
      die "Waline instance $name did not answer 200 on $url/api/comment?path=/probe within ${START_TIMEOUT}s (last status $status; log: $dir/waline.log)"
    fi
    sleep 0.3
  done
  [[ -s $dir/pid ]] || echo "$launched" >"$dir/pid"
  echo "$url" >"$dir/url"
  log "instance $name ready at $url (pid $(<"$dir/pid"), database $db)"
  printf '%s\n' "$url"
}

reset_instance() {
  local db
  db=$(db_name "$1")
  ensure_pg
  ensure_db "$1"
  pg_psql "$db" "$PG_ROLE" -f - <<'EOF'
TRUNCATE wl_comment, wl_counter, wl_users RESTART IDENTITY;
ALTER SEQUENCE wl_comment_seq RESTART;
ALTER SEQUENCE wl_counter_seq RESTART;
ALTER SEQUENCE wl_users_seq RESTART;
EOF
  log "instance $1: tables emptied"
}

# ------------------------------------------------------------------- main --

check_name() {
  [[ $1 =~ ^[A-Za-z0-9_-]{1,40}$ ]] || die "bad --name '$1' (letters, digits, _ and -, at most 40)"
}

main() {
  (($# >= 1)) || usage
  local cmd=$1
  shift
  local name=default audit=0 ipqps=0 port="" all=0
  while (($#)); do
    case $1 in
      --name)
        (($# >= 2)) || die "--name needs a value"
        name=$2
        shift 2
        ;;
      --name=*)
        name=${1#--name=}
        shift
        ;;
      --audit)
        audit=1
        shift
        ;;
      --ipqps)
        (($# >= 2)) || die "--ipqps needs a value"
        ipqps=$2
        shift 2
        ;;
      --ipqps=*)
        ipqps=${1#--ipqps=}
        shift
        ;;
      --port)
        (($# >= 2)) || die "--port needs a value"
        port=$2
        shift 2
        ;;
      --port=*)
        port=${1#--port=}
        shift
        ;;
      --all)
        all=1
        shift
        ;;
      -h | --help) usage ;;
      *) die "unknown argument '$1' (try --help)" ;;
    esac
  done
  check_name "$name"
  [[ $ipqps =~ ^[0-9]+$ ]] || die "--ipqps needs a whole number of seconds"
  [[ -z $port || ($port =~ ^[0-9]+$ && $port -ge 1 && $port -le 65535) ]] || die "bad --port '$port'"

  case $cmd in
    install)
      ensure_system_deps
      ensure_npm_install
      ;;
    start)
      ensure_system_deps
      ensure_npm_install
      take_lock
      ensure_pg
      ensure_db "$name"
      start_instance "$name" "$audit" "$ipqps" "$port"
      ;;
    stop)
      [[ -d $STATE ]] || return 0
      take_lock
      if ((all)); then
        local d
        for d in "$STATE"/instances/*/; do
          [[ -d $d ]] || continue
          stop_instance "$(basename "$d")"
        done
        if pg_bindir >/dev/null; then
          stop_pg
        fi
      else
        stop_instance "$name"
      fi
      ;;
    reset)
      ensure_system_deps
      take_lock
      reset_instance "$name"
      ;;
    url)
      inst_pid "$name" >/dev/null || exit 1
      inst_url "$name"
      ;;
    help | -h | --help) usage ;;
    *) die "unknown command '$cmd' (start, stop, reset, url, install)" ;;
  esac
}

main "$@"
