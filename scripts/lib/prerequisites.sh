# Shared by scripts/run.sh, scripts/test.sh and scripts/bench.sh: install what BookingWeb needs on Debian/Ubuntu if missing.

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
apt_install() {
    if [ -z "$apt_updated" ]; then
        as_root apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

postgres_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

ensure_postgres() {
    if [ -z "$(postgres_bin)" ] || [ ! -x "$(postgres_bin)/initdb" ]; then
        echo "Installing PostgreSQL (apt)…"
        apt_install postgresql postgresql-contrib
    fi
}

ensure_chromium() {
    if ! command -v chromium >/dev/null 2>&1; then
        echo "Installing Chromium (apt)…"
        apt_install chromium
    fi
}

# Runs a PostgreSQL server tool; as root it runs as the 'postgres' user, since initdb refuses root.
pg_tool() {
    local tool="$(postgres_bin)/$1"; shift
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$tool" "$@"; else "$tool" "$@"; fi
}
