#!/usr/bin/env bash
# Runs the benchmark (issue 7): installs PostgreSQL and Chromium if missing, builds the bench in Release and runs it
# against its own throwaway PostgreSQL; prints the table and writes bench/results/latest.md.
# Arguments go to the bench, e.g. `scripts/bench.sh --smoke` (tiny sizes, writes nothing unless --output <file>).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

ensure_postgres
ensure_chromium
dotnet build bench/BookingWeb.Bench -c Release -v quiet -nologo
dotnet bench/BookingWeb.Bench/bin/Release/net10.0/BookingWeb.Bench.dll "$@"
