#!/usr/bin/env bash
# Starts the API (http://127.0.0.1:5080/graphql, SQLite telcox.db with demo data) and the admin
# (http://127.0.0.1:5090) together, in Development unless ASPNETCORE_ENVIRONMENT says otherwise. Ctrl-C stops both.
# Other ports: TELCOX_API_PORT=6080 TELCOX_ADMIN_PORT=6090 scripts/start.sh
set -euo pipefail
cd "$(dirname "$0")/.."

api_port="${TELCOX_API_PORT:-5080}"
admin_port="${TELCOX_ADMIN_PORT:-5090}"

dotnet build src/TelcoX.Admin/TelcoX.Admin.csproj -nologo -v quiet
dotnet build src/TelcoX.GraphQL/TelcoX.GraphQL.csproj -nologo -v quiet

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

dotnet run --no-build --project src/TelcoX.GraphQL -- --urls "http://127.0.0.1:$api_port" &
pids+=($!)
TelcoX__ApiUrl="http://127.0.0.1:$api_port/graphql" \
  dotnet run --no-build --project src/TelcoX.Admin -- --urls "http://127.0.0.1:$admin_port" &
pids+=($!)

echo "TelcoX API:   http://127.0.0.1:$api_port/graphql"
echo "TelcoX Admin: http://127.0.0.1:$admin_port (sign in as admin@telcox.dev / TelcoX-demo-2026)"
# Either one exiting (or Ctrl-C) stops the other.
wait -n
