#!/usr/bin/env bash
# Rewrites schema/schema.graphql from the running schema; review the diff and commit it.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_SCHEMA=1 dotnet test tests/TelcoX.GraphQL.Tests --filter SchemaSnapshotTests
