# Sourced by scripts/test.sh and scripts/bench.sh (after prerequisites.sh): a Docker engine for Testcontainers.
# An engine that already answers is used and left running; otherwise docker.io is installed if missing and dockerd
# started here (images cached in a fixed data root between runs), then stopped by its PID when the script exits.

# Debian's client, even where a newer /usr/local/bin/docker exists (too new for Debian's engine).
docker_cli=/usr/bin/docker
dockerd_bin=/usr/sbin/dockerd
docker_data_root="${BOOKINGWEB_DOCKER_DATA_ROOT:-/var/lib/bookingweb-docker}"
docker_log="${TMPDIR:-/tmp}/bookingweb-dockerd.log"
started_dockerd_pid=""

# Containers that PostgresServer starts carry this label; whatever a killed test run leaves is removed on exit.
export BOOKINGWEB_TEST_RUN="${BOOKINGWEB_TEST_RUN:-$$-$(date +%s)}"

ensure_docker_engine() {
    if [ ! -x "$docker_cli" ] || [ ! -x "$dockerd_bin" ]; then
        echo "Installing Docker (apt: docker.io)…"
        apt_install docker.io
    fi
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap release_docker_engine EXIT
    if ! "$docker_cli" info >/dev/null 2>&1; then
        if [ -n "${DOCKER_HOST:-}" ]; then
            echo "The Docker engine at DOCKER_HOST=$DOCKER_HOST does not answer: start it, or unset DOCKER_HOST." >&2
            exit 1
        fi
        start_docker_engine
    fi
    local api_version
    api_version="$("$docker_cli" version --format '{{.Server.APIVersion}}')"
    # Debian's engine speaks API 1.41, older than Testcontainers' default; this machine has /.dockerenv, so
    # Testcontainers would dial the bridge gateway instead of the published loopback ports; Ryuk can't be pulled.
    export DOCKER_API_VERSION="${DOCKER_API_VERSION:-$api_version}"
    export TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-127.0.0.1}"
    export TESTCONTAINERS_RYUK_DISABLED="${TESTCONTAINERS_RYUK_DISABLED:-true}"
}

start_docker_engine() {
    echo "Starting dockerd (data in $docker_data_root, log in $docker_log)…"
    local run_as_root=()
    [ "$(id -u)" -eq 0 ] || run_as_root=(sudo)
    "${run_as_root[@]}" mkdir -p "$docker_data_root"
    wait_for_previous_dockerd
    # A plain command, not the as_root function: $! must be dockerd itself (or sudo, which passes signals on).
    "${run_as_root[@]}" "$dockerd_bin" --storage-driver overlay2 --ip 127.0.0.1 --data-root "$docker_data_root" >"$docker_log" 2>&1 &
    started_dockerd_pid=$!
    local waited=0
    until "$docker_cli" info >/dev/null 2>&1; do
        if ! kill -0 "$started_dockerd_pid" 2>/dev/null || [ "$waited" -ge 300 ]; then
            echo "dockerd did not answer (see $docker_log):" >&2
            tail -5 "$docker_log" >&2
            exit 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
}

# An engine that was just stopped may still be shutting down (its pid file refuses a new one): wait for it to go;
# a pid file whose process is gone is stale and removed.
wait_for_previous_dockerd() {
    local pid_file=/var/run/docker.pid old_pid waited=0
    [ -f "$pid_file" ] || return 0
    old_pid="$(cat "$pid_file" 2>/dev/null || true)"
    while [ -n "$old_pid" ] && kill -0 "$old_pid" 2>/dev/null && [ "$waited" -lt 300 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    if [ -z "$old_pid" ] || ! kill -0 "$old_pid" 2>/dev/null; then
        rm -f "$pid_file" 2>/dev/null || sudo rm -f "$pid_file"
    fi
}

release_docker_engine() {
    local leftovers
    leftovers="$("$docker_cli" ps -aq --filter "label=bookingweb.test-run=$BOOKINGWEB_TEST_RUN" 2>/dev/null || true)"
    if [ -n "$leftovers" ]; then
        # shellcheck disable=SC2086 # one id a word
        "$docker_cli" rm -f -v $leftovers >/dev/null 2>&1 || true
    fi
    if [ -n "$started_dockerd_pid" ]; then
        kill "$started_dockerd_pid" 2>/dev/null || true
        wait "$started_dockerd_pid" 2>/dev/null || true
        started_dockerd_pid=""
    fi
}
