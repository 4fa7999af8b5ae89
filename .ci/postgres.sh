# shellcheck shell=bash
# Start a throw-away PostgreSQL server for the test suite.
#
# Source this file (`source .ci/postgres.sh`). It
#   - installs Debian's `postgresql` package when no server binaries are found,
#   - runs initdb in a fresh temp dir as the `postgres` system user (created when missing),
#   - starts the server on a free port of 127.0.0.1 (and a Unix socket in the temp dir),
#   - creates the database `socdoc_test`,
#   - exports SOCDOC_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/socdoc_test,
#   - defines `socdoc_pg_stop` (stop the server, delete the temp dir) and chains it to the EXIT trap.
# Set SOCDOC_PG_NO_TRAP=1 to skip the trap and call socdoc_pg_stop yourself.

_socdoc_pg_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1) || true
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
    fi
    return 0
}

_socdoc_pg_as_owner() {
    # Run a command as the server's owner: `postgres` when we are root, else ourselves.
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_socdoc_pg_free_port() {
    python3 - <<'PY'
import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
PY
}

socdoc_pg_start() {
    local bindir port
    bindir=$(_socdoc_pg_bindir)
    if [ -z "$bindir" ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "postgres.sh: no PostgreSQL server found and not root to install it" >&2
            return 1
        fi
        echo "postgres.sh: installing Debian's postgresql" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
            || return 1
        bindir=$(_socdoc_pg_bindir)
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/sh postgres || return 1
    fi

    SOCDOC_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/socdoc-pg.XXXXXX") || return 1
    export SOCDOC_PG_DIR SOCDOC_PG_BINDIR="$bindir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$SOCDOC_PG_DIR"
    fi
    chmod 700 "$SOCDOC_PG_DIR"

    _socdoc_pg_as_owner "$bindir/initdb" -D "$SOCDOC_PG_DIR/data" -U postgres -A trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$SOCDOC_PG_DIR/initdb.log" 2>&1 || {
        cat "$SOCDOC_PG_DIR/initdb.log" >&2
        return 1
    }
    port=$(_socdoc_pg_free_port)
    _socdoc_pg_as_owner "$bindir/pg_ctl" -D "$SOCDOC_PG_DIR/data" -l "$SOCDOC_PG_DIR/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $SOCDOC_PG_DIR -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
        start >/dev/null || {
        cat "$SOCDOC_PG_DIR/server.log" >&2
        return 1
    }
    _socdoc_pg_as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres socdoc_test || return 1

    export SOCDOC_PG_PORT="$port"
    export SOCDOC_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/socdoc_test"
    echo "postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

socdoc_pg_stop() {
    if [ -n "${SOCDOC_PG_DIR:-}" ] && [ -d "$SOCDOC_PG_DIR" ]; then
        _socdoc_pg_as_owner "$SOCDOC_PG_BINDIR/pg_ctl" -D "$SOCDOC_PG_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1 || true
        rm -rf "$SOCDOC_PG_DIR"
    fi
    unset SOCDOC_PG_DIR SOCDOC_PG_PORT SOCDOC_TEST_PG_URL
}

if socdoc_pg_start; then
    if [ -z "${SOCDOC_PG_NO_TRAP:-}" ]; then
        # Chain onto an existing EXIT trap rather than replacing it.
        _socdoc_pg_prev_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/") || true
        # shellcheck disable=SC2064
        trap "socdoc_pg_stop${_socdoc_pg_prev_trap:+; $_socdoc_pg_prev_trap}" EXIT
    fi
else
    echo "postgres.sh: could not start PostgreSQL" >&2
    socdoc_pg_stop
fi
