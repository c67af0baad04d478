#!/usr/bin/env bash
# Redis for the event backplane tests. The tests start and stop their own redis-server on a free
# loopback port; this only makes sure Debian's redis-server is installed. Usage: redis.sh install
set -euo pipefail

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_redis() {
  command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] && return 0
  echo "Installing redis-server from Debian's packages…"
  sudo_if_needed apt-get update -q >/dev/null
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null
}

case "${1:-}" in
  install) install_redis; echo "$(redis-server --version)" ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
