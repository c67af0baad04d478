#!/usr/bin/env bash
# The benchmark, in one command: builds in Release, starts a private MariaDB, the API (Production
# settings: SQL logging off, demo data on; a 2-minute request limit so that P7's billing run answers in
# one request) and the hand-written floor on loopback, seeds 100,000 customers, runs P1–P7 against both
# side by side, prints the table, and stops everything by PID.
#   bench/run.sh            the full run (about 5 minutes on 2 cores)
#   bench/run.sh --quick    every workload briefly on small data: a smoke test (scripts/test.sh runs it)
#   bench/run.sh --only P1,P5   just those rows
# Env: TELCOX_BENCH_MYSQL=<connection string without Database> reuses a running MariaDB instead of
# starting one; TELCOX_BENCH_PORT (default 18431) moves the API, the floor takes the next port;
# TELCOX_BENCH_PIN=1 pins both servers to CPU 1 and the load generator to CPU 0 (taskset).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=""; build=1; only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=--quick ;;
    --no-build) build=0 ;;
    --only) only=(--only "$2"); shift ;;
    *) echo "usage: $0 [--quick] [--no-build] [--only P1,P2]" >&2; exit 2 ;;
  esac
  shift
done

api_port=${TELCOX_BENCH_PORT:-18431}
floor_port=$((api_port + 1))
work=$(mktemp -d "${TMPDIR:-/tmp}/telcox-bench.XXXXXX")
export TELCOX_MARIADB_PORT=${TELCOX_MARIADB_PORT:-3318}
export TELCOX_MARIADB_DIR=${TELCOX_MARIADB_DIR:-${TMPDIR:-/tmp}/telcox-bench-mariadb}
own_mariadb=0

stop_all() {
  for name in api floor; do
    if [ -f "$work/$name.pid" ]; then
      pid=$(cat "$work/$name.pid"); kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  [ "$own_mariadb" = 1 ] && bash scripts/mariadb.sh stop >/dev/null
  rm -rf "$work"
}
trap stop_all EXIT

# 10,000 websockets need 10,000 descriptors in the server and as many in the load generator.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
[ "$(ulimit -n)" -ge 10500 ] || [ -n "$quick" ] || echo "warning: ulimit -n is $(ulimit -n); the 10,000-socket row will fail" >&2

if [ "$build" = 1 ]; then
  for project in src/TelcoX.GraphQL bench/TelcoX.Bench.Floor bench/TelcoX.Bench; do
    dotnet build "$project" -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  done
fi

if [ -n "${TELCOX_BENCH_MYSQL:-}" ]; then
  mysql=$TELCOX_BENCH_MYSQL
else
  own_mariadb=1
  bash scripts/mariadb.sh start >/dev/null
  mysql=$(bash scripts/mariadb.sh url)
fi
database="$mysql;Database=telcox_bench"

# taskset and env exec what they run, so $! stays the server's own PID (for RSS and for kill).
server_cpu=(); client_cpu=()
if [ "${TELCOX_BENCH_PIN:-0}" = 1 ]; then server_cpu=(taskset -c 1); client_cpu=(taskset -c 0); fi
secret() { head -c 48 /dev/urandom | base64 | tr -d '/+=\n'; }
api_key=$(secret)
api_dir=$root/src/TelcoX.GraphQL/bin/Release/net10.0
floor_dir=$root/bench/TelcoX.Bench.Floor/bin/Release/net10.0

"${server_cpu[@]}" env ASPNETCORE_ENVIRONMENT=Production Database__Provider=MySql Database__SeedDemoData=true \
  ConnectionStrings__TelcoX="$database" Auth__SigningKey="$(secret)" \
  Auth__ApiKeys__bench__Key="$api_key" Auth__ApiKeys__bench__Role=ADMIN GraphQL__Limits__Timeout=00:02:00 \
  dotnet "$api_dir/TelcoX.GraphQL.dll" --contentRoot "$api_dir" --urls "http://127.0.0.1:$api_port" \
  </dev/null >"$work/api.log" 2>&1 &
echo $! >"$work/api.pid"
for _ in $(seq 1 180); do kill -0 "$(cat "$work/api.pid")" 2>/dev/null || break; curl -fsS --max-time 2 "http://127.0.0.1:$api_port/health" 2>/dev/null | grep -q '"up"' && break; sleep 0.5; done
curl -fsS --max-time 2 "http://127.0.0.1:$api_port/health" >/dev/null || { echo "the API did not start:"; tail -30 "$work/api.log"; exit 1; }

"${server_cpu[@]}" env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__TelcoX="$database" \
  dotnet "$floor_dir/TelcoX.Bench.Floor.dll" --contentRoot "$floor_dir" --urls "http://127.0.0.1:$floor_port" \
  </dev/null >"$work/floor.log" 2>&1 &
echo $! >"$work/floor.pid"
for _ in $(seq 1 60); do curl -fsS --max-time 2 -X POST "http://127.0.0.1:$floor_port/typename" -d '{}' >/dev/null 2>&1 && break; sleep 0.5; done

echo "TelcoX bench $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $(nproc) CPUs: $(lscpu | sed -n 's/^Model name: *//p')${quick:+ (quick)}"
status=0
"${client_cpu[@]}" dotnet "$root/bench/TelcoX.Bench/bin/Release/net10.0/TelcoX.Bench.dll" $quick "${only[@]}" \
  --api "http://127.0.0.1:$api_port" --floor "http://127.0.0.1:$floor_port" --api-key "$api_key" \
  --mysql "$database" --api-pid "$(cat "$work/api.pid")" --floor-pid "$(cat "$work/floor.pid")" || status=$?
if [ "$status" != 0 ]; then echo "--- API log (tail)"; tail -20 "$work/api.log"; fi
exit "$status"
