#!/bin/sh
# Entrypoint of the postgres:15 image that scripts/lib/postgres-image.sh builds where the official image cannot be
# pulled. It behaves like the official image's docker-entrypoint.sh in what the tests and docker-compose.yml use:
# POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB, PGDATA (a volume there included), a database created on a
# socket-only temporary server before the real one listens on TCP, and a command of `postgres -c x=y …` or just
# `-c x=y …`. As root it prepares the data folder and runs the server as the postgres user.
set -eu

# Options alone (Testcontainers' `-c fsync=off …`) are options of postgres.
if [ "${1#-}" != "$1" ]; then
    set -- postgres "$@"
fi

if [ "$1" != postgres ]; then
    exec "$@"
fi

if [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA" /var/run/postgresql
    chown -R postgres:postgres "$PGDATA" /var/run/postgresql
    chmod 700 "$PGDATA"
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
    if [ -z "${POSTGRES_PASSWORD:-}" ]; then
        echo "Database is uninitialized and superuser password is not specified: set POSTGRES_PASSWORD." >&2
        exit 1
    fi
    user="${POSTGRES_USER:-postgres}"
    database="${POSTGRES_DB:-$user}"
    password_file="$(mktemp)"
    printf '%s\n' "$POSTGRES_PASSWORD" >"$password_file"
    # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a list of options, as in the official image.
    initdb --username="$user" --pwfile="$password_file" -A scram-sha-256 ${POSTGRES_INITDB_ARGS:-} -D "$PGDATA"
    rm -f "$password_file"
    printf '\nhost all all 0.0.0.0/0 scram-sha-256\nhost all all ::/0 scram-sha-256\n' >>"$PGDATA/pg_hba.conf"

    # Socket only, so that a TCP pg_isready (Testcontainers' wait) cannot report ready before the database exists.
    pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start
    if [ "$database" != postgres ]; then
        echo 'CREATE DATABASE :"db";' | PGPASSWORD="$POSTGRES_PASSWORD" \
            psql -v ON_ERROR_STOP=1 -q --username="$user" --dbname=postgres --set=db="$database"
    fi
    pg_ctl -D "$PGDATA" -m fast -w stop
    echo "PostgreSQL init process complete; ready for start up."
fi

shift
exec postgres -c "listen_addresses=*" "$@"
