#!/usr/bin/env bash
# Refreshes docs/screenshots/*.png (linked from the README): starts the real API and admin on free
# loopback ports, signs in with headless Chromium and photographs the main pages, desktop and phone.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/chromium.sh install >/dev/null
mkdir -p docs/screenshots
TELCOX_SCREENSHOTS_DIR="$PWD/docs/screenshots" dotnet test tests/TelcoX.Admin.Tests -nologo \
  --filter "FullyQualifiedName~ScreenshotTests" --logger "console;verbosity=minimal"
ls -1 docs/screenshots
