#!/usr/bin/env bash
# A private MariaDB for the test suite: its own data directory and port, bound to 127.0.0.1,
# stopped by PID. Installs Debian's mariadb-server when it is missing. Usage: mariadb.sh start|stop|url
set -euo pipefail

dir=${TELCOX_MARIADB_DIR:-${TMPDIR:-/tmp}/telcox-mariadb}
port=${TELCOX_MARIADB_PORT:-3307}
# Development default, not a secret: the server only listens on loopback and is thrown away.
password=telcox-dev
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_mariadb() {
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] && return 0
  echo "Installing mariadb-server from Debian's packages…"
  sudo_if_needed apt-get update -q >/dev/null
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server >/dev/null
}

start() {
  install_mariadb
  export PATH="$PATH:/usr/sbin"
  if [ -f "$dir/mysqld.pid" ] && kill -0 "$(cat "$dir/mysqld.pid")" 2>/dev/null; then
    echo "MariaDB already running (pid $(cat "$dir/mysqld.pid"))"; return 0
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  local user; user=$(id -un); [ "$(id -u)" = 0 ] && user=mysql && chown mysql "$dir"
  mariadb-install-db --no-defaults --datadir="$dir/data" --user="$user" \
    --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1
  mariadbd --no-defaults --datadir="$dir/data" --user="$user" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" \
    --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 \
    --max-connections=500 </dev/null >"$dir/stdout.log" 2>"$dir/stderr.log" & # detached from the caller's output
  for _ in $(seq 1 60); do
    mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot <<SQL
CREATE USER 'telcox'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`telcox%\`.* TO 'telcox'@'127.0.0.1';
SQL
  echo "MariaDB $(mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot -N -e 'SELECT VERSION()') on 127.0.0.1:$port (pid $(cat "$dir/mysqld.pid"))"
}

stop() {
  [ -f "$dir/mysqld.pid" ] || return 0
  local pid; pid=$(cat "$dir/mysqld.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo "MariaDB stopped (pid $pid)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "Server=127.0.0.1;Port=$port;User=telcox;Password=$password" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
