#!/usr/bin/env bash
# Writes the idempotent SQL Server migration script a DBA applies before starting a new version.
# Usage: scripts/sqlserver-migrations.sh [output.sql]
set -euo pipefail
out="${1:-artifacts/flowstudio-sqlserver.sql}"
cd "$(dirname "$0")/.."
mkdir -p "$(dirname "$out")"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --project src/FlowStudio.Migrations.SqlServer \
  --startup-project src/FlowStudio.Migrations.SqlServer \
  --output "$out"
echo "Wrote $out"
