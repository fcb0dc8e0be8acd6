#!/usr/bin/env bash
# Runs the benchmark (issue 7): installs Chromium and Docker if missing, starts a Docker engine like scripts/test.sh,
# builds the bench in Release and runs it against its own PostgreSQL container; prints the table and writes
# bench/results/latest.md.
# Arguments go to the bench, e.g. `scripts/bench.sh --smoke` (tiny sizes, writes nothing unless --output <file>);
# `scripts/bench.sh --help` lists them all.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
source scripts/lib/docker-engine.sh
source scripts/lib/postgres-image.sh

bench=bench/BookingWeb.Bench/bin/Release/net10.0/BookingWeb.Bench.dll
dotnet build bench/BookingWeb.Bench -c Release -v quiet -nologo
# --help (or -h) only prints the options: no browser, engine or database is installed or started for it.
for argument in "$@"; do
    case "$argument" in --help|-h) exec dotnet "$bench" --help ;; esac
done
ensure_chromium
ensure_docker_engine
ensure_postgres_image
dotnet "$bench" "$@"
