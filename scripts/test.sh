#!/usr/bin/env bash
# Runs every test: installs PostgreSQL and Chromium if missing; the tests start their own throwaway
# PostgreSQL server and host the app themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

ensure_postgres
ensure_chromium
source scripts/lib/container-images.sh && ensure_container_images
dotnet tool restore >/dev/null
dotnet test BookingWeb.sln -c Release --logger "console;verbosity=normal" "$@"
