#!/usr/bin/env bash
# Adds one EF Core migration for both providers, each in its own folder. Usage: add-migration.sh Name
set -euo pipefail
name=${1:?usage: $0 MigrationName}
cd "$(dirname "$0")/../src/TelcoX.GraphQL"
dotnet tool restore >/dev/null
for provider in Sqlite MySql; do
  dotnet ef migrations add "$name" --context "${provider}TelcoDbContext" \
    --output-dir "Data/Migrations/$provider" --namespace "TelcoX.GraphQL.Data.Migrations.$provider"
  # `ef` files the model snapshot by namespace; keep it beside its migrations.
  if [ -d TelcoX ]; then mv TelcoX/GraphQL/Data/Migrations/$provider/*.cs "Data/Migrations/$provider/"; rm -rf TelcoX; fi
done
