#!/usr/bin/env bash
# Every test, on a fresh machine: builds, runs the suite on SQLite, then again on a private MariaDB
# (installed from Debian's packages when missing, started on 127.0.0.1 and stopped when done). The first
# run also drives scripts/topology.sh (MariaDB, Redis, two APIs behind nginx, all on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'bash scripts/mariadb.sh stop; rm -f "$log"' EXIT

dotnet tool restore >/dev/null
dotnet build TelcoX.sln -c Release -nologo -v quiet
bash scripts/redis.sh install
bash scripts/chromium.sh install
bash scripts/mariadb.sh start

run_suite() {
  echo "=== Tests on $1"
  # Minimal verbosity: failures in full, then one summary line per test project.
  dotnet test TelcoX.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee -a "$log" || true
}

TELCOX_TEST_TOPOLOGY=1 run_suite SQLite
TELCOX_TEST_MYSQL="$(bash scripts/mariadb.sh url)" run_suite MariaDB

# The benchmark's smoke test: every workload briefly, on this MariaDB, so that bench/ cannot rot.
# It fails on a wrong answer or a lost update, never on a missed target (this machine may be busy).
echo "=== Bench smoke test (bench/run.sh --quick)"
bench=0
TELCOX_BENCH_MYSQL="$(bash scripts/mariadb.sh url)" bash bench/run.sh --quick --no-build || bench=$?

# One closing line that any CI can read: the sums of the runs' summaries above.
summaries() { grep -E '^(Passed|Failed)! +- ' "$log" || true; }
count() { summaries | grep -oE "$1: +[0-9]+" | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
runs=$(summaries | wc -l)
[ "$bench" -eq 0 ] || { echo "bench/run.sh --quick failed"; failed=$((failed + 1)); }
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] && [ "$runs" -ge 4 ]
