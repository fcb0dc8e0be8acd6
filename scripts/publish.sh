#!/usr/bin/env bash
# The one publish command. The Dockerfile's build stage runs it, and so does the published-output test
# (BookingWeb.Tests/Platform/Hosting), so the image and what the test proves cannot drift apart.
#   scripts/publish.sh <output folder> [extra dotnet publish arguments]
set -euo pipefail
out="${1:?usage: scripts/publish.sh <output folder> [dotnet publish arguments]}"
shift
cd "$(dirname "$0")/.."
exec dotnet publish BookingWeb/BookingWeb.csproj -c Release -o "$out" -p:UseAppHost=false "$@"
