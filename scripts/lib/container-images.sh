# Sourced by scripts/test.sh (after scripts/lib/prerequisites.sh, under set -e, with a Docker engine answering):
# the images the container tests use, made on this machine because no registry may be reachable.
#   ensure_container_images   the base images the Dockerfile and docker-compose.yml name (each only when
#                             missing), then the app image bookingweb:test from the Dockerfile
# The base images stand in for the official ones under the same names, so where images can be pulled the same
# Dockerfile and compose file work unchanged. Between runs on one machine the Debian root file system and the
# caddy package stay in $BOOKINGWEB_CACHE (default /var/cache/bookingweb), the images and the Dockerfile's layer
# cache (restore included) in the engine's data root: a second run only rebuilds what the sources changed.

container_cache="${BOOKINGWEB_CACHE:-/var/cache/bookingweb}"
container_docker="${BOOKINGWEB_DOCKER:-/usr/bin/docker}"
container_mirror="${BOOKINGWEB_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# What the official .NET images on Debian 12 install beside the runtime.
container_packages="ca-certificates,libicu72,libssl3,tzdata,libgcc-s1,libstdc++6,zlib1g,libgssapi-krb5-2"
container_path="PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

ensure_container_images() {
    command -v debootstrap >/dev/null 2>&1 || apt_install debootstrap
    command -v docker-compose >/dev/null 2>&1 || apt_install docker-compose
    mkdir -p "$container_cache"
    container_timed "mcr.microsoft.com/dotnet/aspnet:10.0" ensure_aspnet_image
    container_timed "mcr.microsoft.com/dotnet/sdk:10.0" ensure_sdk_image
    container_timed "caddy:2" ensure_caddy_image
    container_timed "bookingweb:test (docker build)" build_app_image
}

container_timed() {
    local what="$1" start=$SECONDS
    shift
    "$@"
    echo "Container image $what ready in $((SECONDS - start)) s"
}

container_image_exists() {
    "$container_docker" image inspect "$1" >/dev/null 2>&1
}

# Sets container_rootfs_tar: Debian 12 minbase with the runtime's libraries and the official images' 'app' user
# (uid 1654), made by debootstrap once and kept as a tar.
container_rootfs() {
    local key dir
    key="$(echo "bookworm $container_packages app:1654" | sha256sum | cut -c1-12)"
    container_rootfs_tar="$container_cache/bookworm-dotnet-deps-$key.tar"
    [ -s "$container_rootfs_tar" ] && return 0
    dir="$container_cache/rootfs.$$"
    rm -rf "$dir"
    echo "Making a Debian 12 root file system (debootstrap)…"
    if ! debootstrap --variant=minbase --include="$container_packages" bookworm "$dir" "$container_mirror" >"$dir.log" 2>&1; then
        tail -30 "$dir.log" >&2
        return 1
    fi
    chroot "$dir" groupadd --gid 1654 app
    chroot "$dir" useradd --no-log-init --uid 1654 --gid 1654 --create-home app
    rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* "$dir"/var/log/* "$dir.log"
    tar -C "$dir" --numeric-owner -cf "$container_rootfs_tar.part" .
    mv "$container_rootfs_tar.part" "$container_rootfs_tar"
    rm -rf "$dir"
}

# Sets container_stage_dir: a fresh folder for one image's files, with the root file system in it unless "empty".
container_stage() {
    container_stage_dir="$(mktemp -d "$container_cache/stage.XXXXXX")"
    if [ "${1:-}" != empty ]; then
        container_rootfs
        tar -C "$container_stage_dir" --numeric-owner -xf "$container_rootfs_tar"
    fi
}

# Imports the staged folder as image $1 (further arguments: docker import --change options) and deletes it.
container_import() {
    local name="$1"
    shift
    tar -C "$container_stage_dir" --numeric-owner -c . | "$container_docker" import "$@" - "$name" >/dev/null
    rm -rf "$container_stage_dir"
}

dotnet_root() {
    dirname "$(readlink -f "$(command -v dotnet)")"
}

# mcr.microsoft.com/dotnet/aspnet:10.0: this machine's .NET and ASP.NET Core runtimes.
ensure_aspnet_image() {
    local name="mcr.microsoft.com/dotnet/aspnet:10.0" root version
    container_image_exists "$name" && return 0
    root="$(dotnet_root)"
    version="$(ls "$root/shared/Microsoft.AspNetCore.App" | sort -V | tail -1)"
    container_stage
    mkdir -p "$container_stage_dir/usr/share/dotnet/shared"
    cp -a "$root/dotnet" "$root/host" "$root"/*.txt "$container_stage_dir/usr/share/dotnet/"
    cp -a "$root/shared/Microsoft.NETCore.App" "$root/shared/Microsoft.AspNetCore.App" "$container_stage_dir/usr/share/dotnet/shared/"
    ln -s /usr/share/dotnet/dotnet "$container_stage_dir/usr/bin/dotnet"
    container_import "$name" \
        --change "ENV $container_path" \
        --change "ENV APP_UID=1654" \
        --change "ENV ASPNETCORE_HTTP_PORTS=8080" \
        --change "ENV DOTNET_RUNNING_IN_CONTAINER=true" \
        --change "ENV DOTNET_VERSION=$version" \
        --change "ENV ASPNET_VERSION=$version"
}

# mcr.microsoft.com/dotnet/sdk:10.0: this machine's whole .NET SDK. It trusts what this machine trusts (TLS to the
# package source may be inspected here) and checks package certificates offline, as this machine does.
ensure_sdk_image() {
    local name="mcr.microsoft.com/dotnet/sdk:10.0"
    container_image_exists "$name" && return 0
    container_stage
    mkdir -p "$container_stage_dir/usr/share/dotnet"
    cp -a "$(dotnet_root)/." "$container_stage_dir/usr/share/dotnet/"
    ln -s /usr/share/dotnet/dotnet "$container_stage_dir/usr/bin/dotnet"
    cp /etc/ssl/certs/ca-certificates.crt "$container_stage_dir/etc/ssl/certs/ca-certificates.crt"
    container_import "$name" \
        --change "ENV $container_path" \
        --change "ENV APP_UID=1654" \
        --change "ENV DOTNET_RUNNING_IN_CONTAINER=true" \
        --change "ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false" \
        --change "ENV DOTNET_NOLOGO=true" \
        --change "ENV DOTNET_CLI_TELEMETRY_OPTOUT=1" \
        --change "ENV NUGET_XMLDOC_MODE=skip" \
        --change "ENV NUGET_CERT_REVOCATION_MODE=offline"
}

# caddy:2 for the compose file's HTTPS proxies: Debian's caddy binary and the libraries it links, laid out like the
# official image (configuration in /etc/caddy/Caddyfile, state in /config and /data).
ensure_caddy_image() {
    local name="caddy:2" deb library
    container_image_exists "$name" && return 0
    deb="$(ls "$container_cache"/caddy_*.deb 2>/dev/null | tail -1 || true)"
    if [ -z "$deb" ]; then
        (cd "$container_cache" && { apt-get download caddy >/dev/null 2>&1 || { as_root apt-get update -qq && apt-get download caddy >/dev/null 2>&1; }; })
        deb="$(ls "$container_cache"/caddy_*.deb | tail -1)"
    fi
    container_stage empty
    local stage="$container_stage_dir"
    dpkg-deb -x "$deb" "$stage/pkg"
    mkdir -p "$stage/usr/bin" "$stage/etc/caddy" "$stage/etc/ssl/certs" "$stage/config" "$stage/data" "$stage/srv" "$stage/tmp"
    chmod 1777 "$stage/tmp"
    mv "$stage/pkg/usr/bin/caddy" "$stage/usr/bin/caddy"
    rm -rf "$stage/pkg"
    for library in $(ldd "$stage/usr/bin/caddy" | grep -o '/[^ ]*'); do cp -L --parents "$library" "$stage"; done
    cp /etc/ssl/certs/ca-certificates.crt "$stage/etc/ssl/certs/"
    printf 'root:x:0:0:root:/root:/bin/false\n' >"$stage/etc/passwd"
    printf ':80 {\n\trespond "Caddy works"\n}\n' >"$stage/etc/caddy/Caddyfile"
    container_import "$name" \
        --change "ENV XDG_CONFIG_HOME=/config" \
        --change "ENV XDG_DATA_HOME=/data" \
        --change "WORKDIR /srv" \
        --change "EXPOSE 80 443 2019" \
        --change 'CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]'
}

# bookingweb:test, the image the container tests start. Restore needs the package source: the host's network.
build_app_image() {
    local log="$container_cache/app-build.log" previous stage_top
    previous="$("$container_docker" image inspect --format '{{.Id}}' bookingweb:test 2>/dev/null || true)"
    if ! "$container_docker" build --network host -t bookingweb:test . >"$log" 2>&1; then
        tail -50 "$log" >&2
        return 1
    fi
    # What this build replaced, unless something still uses it: the previous app image, and the top of the previous
    # build stage (the copied sources and their publish output, ~1 GB each time the sources change). Their common
    # base, the restore layer, stays as the cache.
    if [ -n "$previous" ] && [ "$previous" != "$("$container_docker" image inspect --format '{{.Id}}' bookingweb:test)" ]; then
        "$container_docker" image rm "$previous" >/dev/null 2>&1 || true
    fi
    stage_top="$(awk '/^ ---> [0-9a-f]+$/ { id = $2 } /^Step [0-9]+\/[0-9]+ : FROM .* AS runtime/ { print id; exit }' "$log")"
    if [ -f "$container_cache/app-build-stage.id" ] && [ "$(cat "$container_cache/app-build-stage.id")" != "$stage_top" ]; then
        "$container_docker" image rm "$(cat "$container_cache/app-build-stage.id")" >/dev/null 2>&1 || true
    fi
    echo "$stage_top" >"$container_cache/app-build-stage.id"
}
