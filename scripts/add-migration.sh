#!/usr/bin/env bash
# Adds a migration with the same name to both provider projects.
# Usage: scripts/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" \
    --project "src/FlowStudio.Migrations.$provider" \
    --startup-project "src/FlowStudio.Migrations.$provider" \
    --output-dir Migrations
done
