#!/usr/bin/env bash
# Local Redis and ClickHouse owned by the project, for development and tests.
#
# Goal: one command gives a developer (or a test run) a Redis and a ClickHouse that belong to
# this checkout: data, logs, configs and pid files under var/services/, loopback ports only,
# nothing touching the system services (there is no systemd here anyway).
#
# Usage: bash scripts/services.sh up|down|status|env
#   up      install missing packages (root only), write configs, start both, wait until they
#           answer, print REDIS_URL=... and CLICKHOUSE_URL=... on stdout. Idempotent.
#   down [redis|clickhouse]...
#           stop both, or the ones named (SIGTERM, then SIGKILL after a timeout); fine if not
#           running.
#   status  one line per service: running / stopped.
#   env     only the two URL lines (for eval or a .env file).
#
# Environment: REDIS_PORT (16379), CLICKHOUSE_HTTP_PORT (18123), CLICKHOUSE_TCP_PORT (19000),
# CLICKHOUSE_ANALYST_PASSWORD (analyst), SERVICES_START_TIMEOUT (seconds, 60),
# SERVICES_STOP_TIMEOUT (seconds, 30), SERVICES_CALLER (`tests` when test/global-setup.ts calls).
#
# Method: messages go to stderr and only the URL lines to stdout, so callers can capture the
# URLs. A service is "ours" when its pid file names a live process whose command line is the
# expected binary; only such processes are ever signalled. A port held by anything else is an
# error that names the port and the variable to override it.
set -euo pipefail
# clickhouse-server lives in /usr/sbin, which is not on every user's PATH.
PATH="$PATH:/usr/sbin:/sbin"

cd "$(dirname "$0")/.."
root_dir=$(pwd)
state_dir="$root_dir/var/services"

redis_port=${REDIS_PORT:-16379}
ch_http_port=${CLICKHOUSE_HTTP_PORT:-18123}
ch_tcp_port=${CLICKHOUSE_TCP_PORT:-19000}
analyst_password=${CLICKHOUSE_ANALYST_PASSWORD:-analyst}
start_timeout=${SERVICES_START_TIMEOUT:-60}
stop_timeout=${SERVICES_STOP_TIMEOUT:-30}

redis_dir="$state_dir/redis"
redis_pid="$state_dir/redis.pid"
redis_ports="$state_dir/redis.ports"
redis_log="$state_dir/redis.log"
ch_dir="$state_dir/clickhouse"
ch_pid="$state_dir/clickhouse.pid"
ch_ports="$state_dir/clickhouse.ports"
ch_config="$ch_dir/config.xml"
ch_users="$ch_dir/users.xml"
ch_log="$ch_dir/clickhouse-server.log"
ch_errlog="$ch_dir/clickhouse-server.err.log"
# How our ClickHouse shows in /proc/PID/cmdline: the config path is unique to this checkout.
ch_match="--config-file=$ch_config"

say() { printf 'services: %s\n' "$*" >&2; }
die() {
  say "error: $*"
  exit 1
}

check_port_number() { # name value
  [[ $2 =~ ^[0-9]+$ ]] && (($2 > 0 && $2 < 65536)) || die "$1=$2 is not a TCP port number"
}
check_port_number REDIS_PORT "$redis_port"
check_port_number CLICKHOUSE_HTTP_PORT "$ch_http_port"
check_port_number CLICKHOUSE_TCP_PORT "$ch_tcp_port"

# The URLs of the running instances (their ports are recorded at start), else of the configured
# ports: `env` must not point at a port nobody listens on because the variables differ now.
print_env() {
  local r=$redis_port c=$ch_http_port
  if live_pid "$redis_pid" redis-server >/dev/null && [[ -s $redis_ports ]]; then
    read -r r <"$redis_ports"
  fi
  if live_pid "$ch_pid" "$ch_match" >/dev/null && [[ -s $ch_ports ]]; then
    read -r c _ <"$ch_ports"
  fi
  echo "REDIS_URL=redis://127.0.0.1:$r"
  echo "CLICKHOUSE_URL=http://127.0.0.1:$c"
}

# ---- process and port helpers ----------------------------------------------------------------

# Prints the pid from a pid file when it names a live process running the expected binary
# (checked through /proc so a recycled pid of an unrelated process is never treated as ours).
live_pid() { # pidfile binary-name
  local pid
  [[ -s $1 ]] || return 1
  pid=$(tr -dc '0-9' <"$1")
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2" || return 1
  echo "$pid"
}

# A pid file whose process is gone (crash, reboot, kill -9) must not block a restart.
remove_stale_pid() { # pidfile binary-name label
  if [[ -e $1 ]] && ! live_pid "$1" "$2" >/dev/null; then
    say "$3: removing stale pid file $1 (process $(tr -dc '0-9' <"$1") is gone or not ours)"
    rm -f "$1"
  fi
}

port_in_use() { # port
  if command -v ss >/dev/null; then
    [[ -n $(ss -ltnH "sport = :$1" 2>/dev/null) ]] && return 0
  fi
  # Fallback (and belt and braces): can we connect to it?
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A running instance started with other ports cannot serve the ports asked for now.
require_same_ports() { # label portsfile wanted-ports variable-names
  local recorded
  recorded=$(cat "$2" 2>/dev/null || true)
  if [[ $recorded != "$3" ]]; then
    die "$1 is already running on port(s) ${recorded:-unknown}, not $3 ($4);" \
      "run 'bash scripts/services.sh down' first, or use the running port(s)"
  fi
}

require_free_port() { # port variable-name
  if port_in_use "$1"; then
    die "port $1 is already in use by another process (see: ss -ltnp 'sport = :$1');" \
      "stop it or choose another port, e.g. $2=$(($1 + 1)) bash scripts/services.sh up"
  fi
}

redis_answers() { [[ $(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null) == PONG ]]; }
ch_answers() { [[ $(curl -sf --max-time 2 "http://127.0.0.1:$ch_http_port/ping") == Ok. ]]; }

show_log_tail() { # file...
  local f
  for f in "$@"; do
    [[ -s $f ]] || continue
    say "last lines of $f:"
    tail -n 20 "$f" >&2
  done
}

# Waits until `answers` succeeds; fails early when the process dies, and after the timeout.
wait_until_up() { # label answers-fn pidfile binary-name logfile...
  local label=$1 answers=$2 pidfile=$3 binary=$4
  shift 4
  local started=$SECONDS deadline=$((SECONDS + start_timeout))
  while ! "$answers"; do
    if ((SECONDS >= deadline)); then
      show_log_tail "$@"
      die "$label did not answer within ${start_timeout}s (SERVICES_START_TIMEOUT)"
    fi
    # Give the daemon a moment to write its pid file before judging it dead.
    if ((SECONDS > started + 3)) && ! live_pid "$pidfile" "$binary" >/dev/null; then
      show_log_tail "$@"
      die "$label exited during startup"
    fi
    sleep 0.2
  done
}

# ---- installation ------------------------------------------------------------------------------

ensure_binaries() {
  local missing=() packages=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v redis-cli >/dev/null || missing+=(redis-cli)
  command -v clickhouse-server >/dev/null || missing+=(clickhouse-server)
  command -v clickhouse-client >/dev/null || missing+=(clickhouse-client)
  command -v curl >/dev/null || missing+=(curl)
  ((${#missing[@]} == 0)) && return 0
  packages=(redis-server clickhouse-server clickhouse-client)
  command -v curl >/dev/null || packages+=(curl)
  if [[ $(id -u) -ne 0 ]]; then
    die "missing ${missing[*]}; install them first:" \
      "sudo apt-get update && sudo apt-get install -y ${packages[*]}"
  fi
  command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get to install them"
  say "installing ${packages[*]} (missing: ${missing[*]})"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}" >&2
}

# ---- Redis -------------------------------------------------------------------------------------

# Prints "running" when our Redis is up (it must then use the ports asked for), "start" when it
# has to be started (its port must then be free). Runs before anything starts, so a conflict on
# any port fails `up` without leaving half of the services started.
redis_preflight() {
  remove_stale_pid "$redis_pid" redis-server redis
  if live_pid "$redis_pid" redis-server >/dev/null; then
    require_same_ports redis "$redis_ports" "$redis_port" REDIS_PORT
    echo running
  else
    require_free_port "$redis_port" REDIS_PORT
    echo start
  fi
}

redis_up() { # running|start
  if [[ $1 == running ]]; then
    wait_until_up redis redis_answers "$redis_pid" redis-server "$redis_log"
    say "redis: already running (pid $(live_pid "$redis_pid" redis-server), port $redis_port)"
    return 0
  fi
  mkdir -p "$redis_dir"
  echo "$redis_port" >"$redis_ports"
  # AOF without RDB snapshots: every write is logged (fsync once a second), which is what
  # streams need across a restart; RDB would only add fork pauses.
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$redis_dir" \
    --daemonize yes --pidfile "$redis_pid" --logfile "$redis_log" \
    --save '' --appendonly yes >&2 9>&- ||
    {
      show_log_tail "$redis_log"
      die "redis-server failed to start"
    }
  wait_until_up redis redis_answers "$redis_pid" redis-server "$redis_log"
  say "redis: started (pid $(live_pid "$redis_pid" redis-server), port $redis_port)"
}

# ---- ClickHouse --------------------------------------------------------------------------------

xml_escape() { # text
  local s=$1
  s=${s//&/&amp;}
  s=${s//</&lt;}
  s=${s//>/&gt;}
  s=${s//\"/&quot;}
  s=${s//\'/&apos;}
  printf '%s' "$s"
}

# A config of our own: the package's /etc config would bind system ports and /var/lib paths.
# Elements unknown to a given ClickHouse version are avoided so the same file works on 18.16
# (Debian) and on current releases.
write_ch_config() {
  cat >"$ch_config" <<EOF
<?xml version="1.0"?>
<!-- Generated by scripts/services.sh; edits are overwritten on the next start. -->
<yandex>
    <logger>
        <level>information</level>
        <log>$ch_log</log>
        <errorlog>$ch_errlog</errorlog>
        <size>100M</size>
        <count>3</count>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>$ch_http_port</http_port>
    <tcp_port>$ch_tcp_port</tcp_port>
    <path>$ch_dir/data/</path>
    <tmp_path>$ch_dir/tmp/</tmp_path>
    <user_files_path>$ch_dir/user_files/</user_files_path>
    <format_schema_path>$ch_dir/format_schemas/</format_schema_path>
    <users_config>$ch_users</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <mark_cache_size>268435456</mark_cache_size>
    <max_concurrent_queries>100</max_concurrent_queries>
    <keep_alive_timeout>3</keep_alive_timeout>
</yandex>
EOF
}

write_ch_users() {
  local password
  password=$(xml_escape "$analyst_password")
  cat >"$ch_users" <<EOF
<?xml version="1.0"?>
<!-- Generated by scripts/services.sh; edits are overwritten on the next start. -->
<yandex>
    <profiles>
        <default>
            <max_memory_usage>4000000000</max_memory_usage>
        </default>
        <!-- Analysts: SELECT only (no INSERT, DDL or SET), bounded rows read and returned,
             memory and run time; a query past a bound fails with a message naming it. -->
        <readonly>
            <readonly>1</readonly>
            <max_result_rows>1000000</max_result_rows>
            <max_result_bytes>1000000000</max_result_bytes>
            <result_overflow_mode>throw</result_overflow_mode>
            <max_rows_to_read>2000000000</max_rows_to_read>
            <read_overflow_mode>throw</read_overflow_mode>
            <max_memory_usage>2000000000</max_memory_usage>
            <max_execution_time>60</max_execution_time>
            <timeout_overflow_mode>throw</timeout_overflow_mode>
        </readonly>
    </profiles>
    <users>
        <default>
            <password></password>
            <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>default</profile>
            <quota>default</quota>
        </default>
        <analyst>
            <password>$password</password>
            <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>readonly</profile>
            <quota>default</quota>
        </analyst>
    </users>
    <quotas>
        <default>
            <interval>
                <duration>3600</duration>
                <queries>0</queries>
                <errors>0</errors>
                <result_rows>0</result_rows>
                <read_rows>0</read_rows>
                <execution_time>0</execution_time>
            </interval>
        </default>
    </quotas>
</yandex>
EOF
  chmod 600 "$ch_users"
}

ch_preflight() { # same contract as redis_preflight
  remove_stale_pid "$ch_pid" "$ch_match" clickhouse
  if live_pid "$ch_pid" "$ch_match" >/dev/null; then
    require_same_ports clickhouse "$ch_ports" "$ch_http_port $ch_tcp_port" \
      'CLICKHOUSE_HTTP_PORT CLICKHOUSE_TCP_PORT'
    echo running
  else
    require_free_port "$ch_http_port" CLICKHOUSE_HTTP_PORT
    require_free_port "$ch_tcp_port" CLICKHOUSE_TCP_PORT
    echo start
  fi
}

ch_up() { # running|start
  if [[ $1 == running ]]; then
    # ClickHouse reloads users.xml when it changes: a running server gets new limits too.
    write_ch_users
    wait_until_up clickhouse ch_answers "$ch_pid" "$ch_match" "$ch_errlog" "$ch_log"
    say "clickhouse: already running (pid $(live_pid "$ch_pid" "$ch_match")," \
      "http port $ch_http_port)"
    return 0
  fi
  mkdir -p "$ch_dir"/{data,tmp,user_files,format_schemas}
  write_ch_config
  write_ch_users
  echo "$ch_http_port $ch_tcp_port" >"$ch_ports"
  clickhouse-server --config-file="$ch_config" --daemon --pid-file="$ch_pid" >&2 9>&- ||
    {
      show_log_tail "$ch_errlog" "$ch_log"
      die "clickhouse-server failed to start"
    }
  wait_until_up clickhouse ch_answers "$ch_pid" "$ch_match" "$ch_errlog" "$ch_log"
  say "clickhouse: started (pid $(live_pid "$ch_pid" "$ch_match"), http port $ch_http_port," \
    "tcp port $ch_tcp_port)"
}

# ---- stop and status ---------------------------------------------------------------------------

stop_one() { # label pidfile binary-name
  local label=$1 pidfile=$2 binary=$3 pid deadline
  if ! pid=$(live_pid "$pidfile" "$binary"); then
    remove_stale_pid "$pidfile" "$binary" "$label"
    say "$label: not running"
    return 0
  fi
  say "$label: stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + stop_timeout))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      say "$label: still alive after ${stop_timeout}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  rm -f "$pidfile"
  say "$label: stopped"
}

status_one() { # label pidfile binary-name portsfile
  local pid
  if pid=$(live_pid "$2" "$3"); then
    echo "$1: running (pid $pid, port(s) $(cat "$4" 2>/dev/null || echo unknown))"
  else
    echo "$1: stopped"
  fi
}

# ---- main --------------------------------------------------------------------------------------

# up and down take a lock so that concurrent callers (two test runs starting at once) do not
# both find the ports free and race to start a second copy.
take_lock() {
  mkdir -p "$state_dir"
  command -v flock >/dev/null || return 0
  exec 9>>"$state_dir/lock"
  flock -w "$((start_timeout + stop_timeout))" 9 || die "timed out waiting for $state_dir/lock"
}

# test/global-setup.ts records in this file the services a test run started, and the last run
# stops them. An `up` from anyone else (a developer, npm start) claims the services: from then
# on no test run stops them.
claim_from_tests() {
  local marker="$state_dir/started-by-tests"
  [[ ${SERVICES_CALLER:-} == tests || ! -e $marker ]] && return 0
  rm -f "$marker"
  say "test runs will no longer stop the services they started ('down' still does)"
}

case "${1:-}" in
up)
  ensure_binaries
  take_lock
  claim_from_tests
  redis_state=$(redis_preflight)
  ch_state=$(ch_preflight)
  redis_up "$redis_state"
  ch_up "$ch_state"
  print_env
  ;;
down)
  shift
  (($# > 0)) || set -- clickhouse redis
  take_lock
  for service in "$@"; do
    case $service in
    clickhouse) stop_one clickhouse "$ch_pid" "$ch_match" ;;
    redis) stop_one redis "$redis_pid" redis-server ;;
    *) die "unknown service '$service' (expected redis or clickhouse)" ;;
    esac
  done
  ;;
status)
  status_one redis "$redis_pid" redis-server "$redis_ports"
  status_one clickhouse "$ch_pid" "$ch_match" "$ch_ports"
  ;;
env)
  print_env
  ;;
*)
  echo "usage: bash scripts/services.sh up | down [redis|clickhouse]... | status | env" >&2
  exit 2
  ;;
esac
