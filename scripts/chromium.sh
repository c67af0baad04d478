#!/usr/bin/env bash
# Chromium for the admin's end-to-end tests (Playwright drives Debian's /usr/bin/chromium; it never
# downloads a browser). This only makes sure the Debian package is installed. Usage: chromium.sh install
set -euo pipefail

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  echo "Installing chromium from Debian's packages…"
  sudo_if_needed apt-get update -q >/dev/null
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
}

case "${1:-}" in
  install) install_chromium; /usr/bin/chromium --version ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
