#!/usr/bin/env bash
# Runs every test: installs Chromium and Docker if missing, uses the running Docker engine or starts one (and stops
# it again at the end), makes sure the PostgreSQL image exists (built from this machine's PostgreSQL where nothing
# can be pulled); the tests start PostgreSQL in a container (Testcontainers) and host the app themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
source scripts/lib/docker-engine.sh
source scripts/lib/postgres-image.sh
source scripts/lib/container-images.sh

ensure_chromium
ensure_docker_engine
ensure_postgres_image
ensure_container_images
dotnet tool restore >/dev/null
dotnet test BookingWeb.sln -c Release --logger "console;verbosity=normal" "$@"
