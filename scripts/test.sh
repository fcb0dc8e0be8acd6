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

# The console log interleaves the app's own log lines with results; every failure is repeated at the end, where a
# reader of the last lines (or a CI summary) finds it.
test_log="$(mktemp "${TMPDIR:-/tmp}/bookingweb-tests.XXXXXX.log")"
set +e
dotnet test BookingWeb.sln -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$test_log"
test_status=${PIPESTATUS[0]}
set -e
if [ "$test_status" -ne 0 ]; then
    echo
    echo "=== Failed tests (repeated from above; whole log in $test_log) ==="
    grep -E -A 25 '^  Failed [A-Za-z]' "$test_log" | grep -v -E '^(warn|info|fail|dbug): |^      ' | head -200
    grep -E '^  Failed [A-Za-z]' "$test_log" | sed 's/^  Failed /FAILED: /'
fi
exit "$test_status"
