#!/usr/bin/env bash
# Runs BookingWeb with demo data on a private PostgreSQL kept in .data/ (git-ignored), installing
# PostgreSQL if missing. Stop with Ctrl+C; the database server keeps running for the next start
# (stop it with: scripts/run.sh --stop-database).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

data_root="$PWD/.data"
pg_data="$data_root/postgres"
pg_sockets="$data_root/run"
pg_port="${BOOKINGWEB_DB_PORT:-55432}"
url="${BOOKINGWEB_URL:-http://localhost:5080}"

ensure_postgres
mkdir -p "$pg_sockets"
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$data_root"

if [ "${1:-}" = "--stop-database" ]; then
    if [ -f "$pg_data/PG_VERSION" ] && pg_tool pg_ctl -D "$pg_data" status >/dev/null 2>&1; then
        pg_tool pg_ctl -D "$pg_data" -m fast -w stop
    else
        echo "The private database server is not running."
    fi
    exit 0
fi

if [ ! -f "$pg_data/PG_VERSION" ]; then
    echo "Creating the private database server in $pg_data…"
    pg_tool initdb -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! pg_tool pg_ctl -D "$pg_data" status >/dev/null 2>&1; then
    pg_tool pg_ctl -D "$pg_data" -l "$data_root/postgres.log" -w \
        -o "-p $pg_port -k $pg_sockets -c listen_addresses=127.0.0.1" start >/dev/null
fi
if ! pg_tool psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'bookingweb'" | grep -q 1; then
    pg_tool createdb -h 127.0.0.1 -p "$pg_port" -U postgres bookingweb
fi

export ConnectionStrings__BookingWeb="Host=127.0.0.1;Port=$pg_port;Database=bookingweb;Username=postgres"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
echo "BookingWeb starts at $url (database: 127.0.0.1:$pg_port, data in .data/)"
exec dotnet run --project BookingWeb --no-launch-profile --urls "$url"
