# shellcheck shell=bash
# The shop's PostgreSQL 15 (Debian's packages), run as the current user with its data folder under the
# run dir, on 127.0.0.1 only, with wal_level=logical for Debezium. Sourced after lib/common.sh.

PG_PORT="${TIDEWATCH_PG_PORT:-$((15432 + PORT_OFFSET))}"
PG_BIN="${TIDEWATCH_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
PG_DIR="$RUN/postgres"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"
PG_USER="tidewatch"
PG_DB="shop"

# PostgreSQL refuses to run as root: then the server (and initdb) run as the `postgres` user that
# Debian's package creates, owning only the data folder.
PG_AS=()
if (($(id -u) == 0)); then
    PG_AS=(runuser -u "${TIDEWATCH_PG_OS_USER:-postgres}" --)
fi

pg_available() { [[ -x "$PG_BIN/pg_ctl" && -x "$PG_BIN/initdb" ]]; }

pg_running() { pg_available && [[ -f "$PG_DATA/postmaster.pid" ]] && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

pg_pid() { head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null; }

# psql against the shop database (extra args passed through).
pg_psql() { psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -X -v ON_ERROR_STOP=1 "$@"; }

pg_init() {
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DIR"
    ((${#PG_AS[@]})) && chown "${TIDEWATCH_PG_OS_USER:-postgres}" "$PG_DIR"
    log "initdb $PG_DATA (PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $NF }'))"
    "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 2>&1 >/dev/null |
        tee "$PG_DIR/initdb.log" >/dev/null; [[ -f "$PG_DATA/PG_VERSION" ]] ||
        { show_tail 20 "$PG_DIR/initdb.log"; die "initdb failed (log: $PG_DIR/initdb.log)"; }
    "${PG_AS[@]}" tee -a "$PG_DATA/postgresql.conf" >/dev/null <<CONF
# --- tidewatch-stack ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
wal_level = logical
max_replication_slots = 8
max_wal_senders = 8
max_connections = 40
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
timezone = 'UTC'
log_min_messages = warning
CONF
}

start_postgres() {
    pg_available || die "PostgreSQL server binaries not found (apt-get install postgresql; or set TIDEWATCH_PG_BIN)"
    pg_running && return 0
    [[ -f "$PG_DATA/PG_VERSION" ]] || pg_init
    port_listening "$PG_PORT" && die "port $PG_PORT is taken by another process (TIDEWATCH_PG_PORT picks another)"
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null ||
        { show_tail 20 "$PG_LOG"; die "PostgreSQL did not start (log: $PG_LOG)"; }
    psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -X -qtAc \
        "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1 ||
        psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -X -qc "CREATE DATABASE $PG_DB" >/dev/null
    pg_psql -q -f "$STACK_DIR/postgres/schema.sql" >/dev/null || die "creating the shop schema failed"
    log "PostgreSQL up on 127.0.0.1:$PG_PORT (database $PG_DB, user $PG_USER, pid $(pg_pid))"
}

stop_postgres() {
    pg_running || return 0
    log "stopping PostgreSQL ..."
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null || warn "pg_ctl stop failed"
}
