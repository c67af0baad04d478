#!/usr/bin/env bash
# The docker-compose topology on loopback, without Docker: a private MariaDB, a private redis-server,
# two API processes (Production settings, demo data on) and nginx with deploy/nginx.conf in front.
# Every process listens on 127.0.0.1 only, runs in the background with its PID recorded in $dir and
# its output in a log there (never on this script's stdout: a caller reading it to the end would wait
# for ever), and is stopped by that PID. Installs nginx from Debian's packages when missing (like mariadb.sh).
# Usage: topology.sh start|stop|status
# Ports: TELCOX_TOPOLOGY_PORT (nginx, default 8480); the APIs, Redis and MariaDB take the next four,
# or TELCOX_TOPOLOGY_{API1,API2,REDIS,MARIADB}_PORT. State and logs: TELCOX_TOPOLOGY_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

dir=${TELCOX_TOPOLOGY_DIR:-${TMPDIR:-/tmp}/telcox-topology}
proxy_port=${TELCOX_TOPOLOGY_PORT:-8480}
api1_port=${TELCOX_TOPOLOGY_API1_PORT:-$((proxy_port + 1))}
api2_port=${TELCOX_TOPOLOGY_API2_PORT:-$((proxy_port + 2))}
redis_port=${TELCOX_TOPOLOGY_REDIS_PORT:-$((proxy_port + 3))}
mariadb_port=${TELCOX_TOPOLOGY_MARIADB_PORT:-$((proxy_port + 4))}
api_dir=${TELCOX_TOPOLOGY_API_DIR:-$root/src/TelcoX.GraphQL/bin/Release/net10.0}
mariadb() { TELCOX_MARIADB_PORT=$mariadb_port TELCOX_MARIADB_DIR=$dir/mariadb bash "$root/scripts/mariadb.sh" "$@"; }
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_nginx() {
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] && return 0
  echo "Installing nginx from Debian's packages…"
  sudo_if_needed apt-get update -q >/dev/null
  # RUNLEVEL=1: the package's own service is not started; ours runs on a loopback port only.
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -q nginx-light >/dev/null
}

running() { [ -f "$dir/$1.pid" ] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }

wait_for() { # what, seconds, command…
  local what=$1 seconds=$2; shift 2
  for _ in $(seq 1 $((seconds * 4))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.25; done
  echo "$what did not come up within ${seconds}s; logs in $dir" >&2; return 1
}

healthy() { curl -fsS --max-time 2 "http://127.0.0.1:$1/health" | grep -q '"up"'; }

start_redis() {
  mkdir -p "$dir/redis"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$dir/redis" --save '' --appendonly no \
    --daemonize no --logfile "$dir/redis.log" </dev/null >>"$dir/redis.log" 2>&1 &
  echo $! >"$dir/redis.pid"
  wait_for "redis-server" 10 redis-cli -h 127.0.0.1 -p "$redis_port" ping
}

start_api() { # name, port
  [ -f "$api_dir/TelcoX.GraphQL.dll" ] || dotnet build "$root/src/TelcoX.GraphQL" -c Release -nologo -v quiet
  env ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=MySql Database__SeedDemoData=true \
    ConnectionStrings__TelcoX="$(mariadb url);Database=telcox_topology" \
    Redis__Connection="127.0.0.1:$redis_port" \
    Hosting__InstanceName="$1" \
    ForwardedHeaders__Enabled=true ForwardedHeaders__KnownProxies__0=127.0.0.1 \
    Auth__SigningKey="$(cat "$dir/signing.key")" \
    Auth__ApiKeys__topology__Key="$(cat "$dir/api.key")" Auth__ApiKeys__topology__Role=AGENT \
    dotnet "$api_dir/TelcoX.GraphQL.dll" --contentRoot "$api_dir" --urls "http://127.0.0.1:$2" </dev/null >"$dir/$1.log" 2>&1 &
  echo $! >"$dir/$1.pid"
  wait_for "$1" 60 healthy "$2"
}

start_nginx() {
  install_nginx
  export PATH="$PATH:/usr/sbin"
  mkdir -p "$dir/nginx/tmp"
  # deploy/nginx.conf as it is, with the compose host names and port swapped for loopback ones.
  sed -e "s/server api1:8080;/server 127.0.0.1:$api1_port;/" -e "s/server api2:8080;/server 127.0.0.1:$api2_port;/" \
    -e "s/listen 80;/listen 127.0.0.1:$proxy_port;/" "$root/deploy/nginx.conf" >"$dir/nginx/site.conf"
  if grep -qE 'api[12]:8080|listen 80;' "$dir/nginx/site.conf"; then
    echo "deploy/nginx.conf changed shape: update the substitutions in $0" >&2; return 1
  fi
  cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 256; }
http {
    access_log $dir/nginx/access.log;
    client_body_temp_path $dir/nginx/tmp/body;
    proxy_temp_path $dir/nginx/tmp/proxy;
    fastcgi_temp_path $dir/nginx/tmp/fastcgi;
    uwsgi_temp_path $dir/nginx/tmp/uwsgi;
    scgi_temp_path $dir/nginx/tmp/scgi;
    include $dir/nginx/site.conf;
}
CONF
  nginx -q -t -p "$dir/nginx" -e "$dir/nginx/error.log" -c "$dir/nginx/nginx.conf"
  nginx -p "$dir/nginx" -e "$dir/nginx/error.log" -c "$dir/nginx/nginx.conf" </dev/null >>"$dir/nginx/error.log" 2>&1 &
  echo $! >"$dir/nginx.pid"
  wait_for "nginx" 10 healthy "$proxy_port"
  # The workers too, so that a check after stop can prove none is left behind.
  pgrep -P "$(cat "$dir/nginx.pid")" >"$dir/nginx-workers.pid" || true
}

start() {
  if running nginx || running api1 || running api2 || running redis; then
    echo "The topology is already running in $dir (topology.sh stop first)" >&2; return 1
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  # Both instances must sign and accept the same tokens; a fresh key per run, never a committed one.
  head -c 48 /dev/urandom | base64 | tr -d '\n' >"$dir/signing.key"
  # A machine client's key (AGENT), for whoever drives this topology: the test reads it from here.
  head -c 48 /dev/urandom | base64 | tr -d '\n' >"$dir/api.key"
  bash "$root/scripts/redis.sh" install >/dev/null
  mariadb start
  start_redis
  # One after the other: the first migrates and seeds the empty database, the second finds it ready.
  start_api api1 "$api1_port"
  start_api api2 "$api2_port"
  start_nginx
  echo "Topology up: http://127.0.0.1:$proxy_port/graphql (api1 :$api1_port, api2 :$api2_port, redis :$redis_port, mariadb :$mariadb_port)"
}

stop_pid() { # name
  [ -f "$dir/$1.pid" ] || return 0
  local pid; pid=$(cat "$dir/$1.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$dir/$1.pid"
}

stop() {
  stop_pid nginx
  if [ -f "$dir/nginx-workers.pid" ]; then
    while read -r worker; do kill "$worker" 2>/dev/null || true; done <"$dir/nginx-workers.pid"
  fi
  stop_pid api2
  stop_pid api1
  stop_pid redis
  mariadb stop >/dev/null
  echo "Topology stopped (logs kept in $dir)"
}

status() {
  local all=0 name
  for name in mariadb/mysqld redis api1 api2 nginx; do
    if running "$name"; then echo "$name: running (pid $(cat "$dir/$name.pid"))"; else echo "$name: stopped"; all=1; fi
  done
  return $all
}

case "${1:-}" in
  start) trap '[ $? -eq 0 ] || { echo "start failed: stopping what did start" >&2; stop; }' EXIT; start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
