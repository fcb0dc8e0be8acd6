# Sourced by scripts/test.sh and scripts/bench.sh (after prerequisites.sh and docker-engine.sh): the image the tests'
# PostgreSQL containers run, under the official name. Pulled where a registry answers; otherwise built here from this
# machine's PostgreSQL 15 (about 85 MB, a few seconds; no base image): its binaries, contrib extensions and shared files, the
# libraries they link, a shell, the C.UTF-8 locale, time zones, and an entrypoint acting like the official one
# (scripts/lib/postgres-entrypoint.sh).

postgres_image=postgres:15

ensure_postgres_image() {
    if "$docker_cli" image inspect "$postgres_image" >/dev/null 2>&1 || "$docker_cli" pull -q "$postgres_image" >/dev/null 2>&1; then
        return 0
    fi
    echo "Building $postgres_image from this machine's PostgreSQL (no registry answered)…"
    ensure_postgres
    build_postgres_image
}

# A subshell, so that its temporary folder is removed on any exit without touching the caller's traps.
build_postgres_image() (
    set -euo pipefail
    local pg=/usr/lib/postgresql/15 root
    if [ ! -x "$pg/bin/postgres" ]; then
        echo "PostgreSQL 15 server binaries are missing from $pg (apt-get install postgresql-15)." >&2
        exit 1
    fi
    root="$(mktemp -d)"
    trap 'rm -rf "$root"' EXIT

    mkdir -p "$root"/usr/{bin,sbin,lib/x86_64-linux-gnu,lib64,local/bin} "$root"/{etc,tmp,root} \
        "$root"/var/{run/postgresql,lib/postgresql/data}
    for dir in bin sbin lib lib64; do ln -s "usr/$dir" "$root/$dir"; done
    # JIT (llvmjit, its bitcode and libLLVM) stays out: PostgreSQL runs without it.
    tar -C / -c --exclude="${pg#/}/lib/bitcode" --exclude="${pg#/}/lib/llvmjit*" \
        "${pg#/}" usr/share/postgresql/15 usr/share/zoneinfo usr/lib/locale/C.utf8 | tar -C "$root" -x
    local tools=(/bin/dash /bin/cat /bin/ls /bin/id /bin/mkdir /bin/chown /bin/chmod /bin/rm /bin/mktemp /usr/bin/setpriv /usr/bin/locale)
    for tool in "${tools[@]}"; do cp -L "$tool" "$root$tool"; done
    ln -s dash "$root/bin/sh"
    install -m 755 scripts/lib/postgres-entrypoint.sh "$root/usr/local/bin/docker-entrypoint.sh"

    # Every library those programs and the extensions link, at the path the loader looks for it.
    { find "$root$pg" -type f \( -perm -u+x -o -name '*.so' \) -print0 | xargs -0 ldd "${tools[@]}" 2>/dev/null || true; } |
        awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' | sort -u |
        while read -r library; do cp -L "$library" "$root$library"; done

    printf 'root:x:0:0:root:/root:/bin/sh\npostgres:x:999:999:PostgreSQL administrator:/var/lib/postgresql:/bin/sh\n' >"$root/etc/passwd"
    printf 'root:x:0:\npostgres:x:999:\n' >"$root/etc/group"
    printf 'passwd: files\ngroup: files\n' >"$root/etc/nsswitch.conf"
    chmod 1777 "$root/tmp"
    chmod 3777 "$root/var/run/postgresql"
    chmod 1777 "$root/var/lib/postgresql/data"

    # A build from scratch rather than `docker import`, which cannot set STOPSIGNAL: SIGINT is a fast shutdown, as in
    # the official image (docker stop ends every session with 57P01 instead of waiting for them to leave).
    "$docker_cli" build -q -t "$postgres_image" -f - "$root" >/dev/null <<DOCKERFILE
FROM scratch
COPY . /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:$pg/bin PGDATA=/var/lib/postgresql/data LANG=C.UTF-8
LABEL org.opencontainers.image.description="PostgreSQL 15 from this machine's binaries, by BookingWeb's scripts/lib/postgres-image.sh"
VOLUME /var/lib/postgresql/data
ENTRYPOINT ["docker-entrypoint.sh"]
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
DOCKERFILE
    echo "Built $postgres_image ($("$docker_cli" image inspect --format '{{.Size}}' "$postgres_image" | awk '{ printf "%.0f MB", $1 / 1e6 }'))."
)
