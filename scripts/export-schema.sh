#!/usr/bin/env bash
# Rewrites schema/schema.graphql from the running schema (the snapshot test records a missing snapshot
# when strict mode is off); review the diff and commit it.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f schema/schema.graphql
SNAPSHOOTER_STRICT_MODE=off dotnet test tests/TelcoX.GraphQL.Tests --filter SchemaSnapshotTests
