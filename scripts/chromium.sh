#!/usr/bin/env bash
# Debian's Chromium for the browser tests of Banana Cake Pop and the admin (Playwright drives
# /usr/bin/chromium; it never downloads a browser of its own). Usage: chromium.sh install
set -euo pipefail

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  echo "Installing chromium from Debian's packages…"
  sudo_if_needed apt-get update -q >/dev/null
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
}

case "${1:-}" in
  install) install_chromium; /usr/bin/chromium --version 2>/dev/null | head -1 ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
