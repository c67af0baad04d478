#!/usr/bin/env bash
# Builds the admin and copies the exact text of each of its GraphQL operations (as the generated client
# sends it) into the API's trusted-document store, src/TelcoX.GraphQL/persisted/admin/. Commit the result:
# with GraphQL:OnlyPersisted=true the API runs nothing else, and a test fails when the two differ.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
configuration="${CONFIGURATION:-Debug}"

dotnet build "$root/src/TelcoX.Admin/TelcoX.Admin.csproj" -c "$configuration" -nologo -v:q -clp:NoSummary
generated="$root/src/TelcoX.Admin/obj/$configuration/net10.0/TelcoXClient/persisted"
store="$root/src/TelcoX.GraphQL/persisted/admin"

# Replaced, not merged: an operation deleted from the admin leaves the store too.
rm -rf "$store"
mkdir -p "$store"
cp "$generated"/*.graphql "$store"/
echo "export-persisted: $(ls "$store" | wc -l) admin operations in ${store#"$root"/}"
