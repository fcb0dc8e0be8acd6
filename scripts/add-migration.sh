#!/usr/bin/env bash
# Adds an EF Core migration: scripts/add-migration.sh <Name>
# Migrations live in Migrations/ at the repository root and compile into the app. EF writes the model
# snapshot inside the project folder (it only looks there), so we move it beside the migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project BookingWeb --output-dir ../Migrations --namespace BookingWeb.Migrations
find BookingWeb -name BookingDbContextModelSnapshot.cs -not -path '*/bin/*' -not -path '*/obj/*' -exec mv -f {} Migrations/ \;
find BookingWeb -type d -empty -path '*Migrations*' -delete
echo "Added Migrations/*_$name.cs; review it, then commit it with Migrations/BookingDbContextModelSnapshot.cs."
