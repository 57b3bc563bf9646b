# shellcheck shell=bash
# The demo workload JVM (generator + consumer groups). Sourced after lib/common.sh; start_workload uses
# PG_PORT, PG_DB and PG_USER of lib/postgres.sh.

WORKLOAD_HEAP="${TIDEWATCH_WORKLOAD_HEAP:-160m}"
read -r -a WORKLOAD_ARGS <<<"${TIDEWATCH_WORKLOAD_ARGS:-}"
WORKLOAD_RUN="$RUN/workload"
WORKLOAD_LOG="$WORKLOAD_RUN/workload.log"

start_workload() {
    mkdir -p "$WORKLOAD_RUN"
    echo "=== $(date -Is) starting workload ${WORKLOAD_ARGS[*]}" >>"$WORKLOAD_LOG"
    start_java workload "$WORKLOAD_LOG" -Xms32m "-Xmx$WORKLOAD_HEAP" -XX:+UseSerialGC \
        -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.showDateTime=true \
        -cp "$WORKLOAD_CP" dev.tidewatch.workload.Main run --bootstrap "$BOOTSTRAP" \
        --control-dir "$WORKLOAD_RUN" --stats-interval-s 5 \
        --pg-url "jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB?user=$PG_USER&password=tidewatch" "${WORKLOAD_ARGS[@]}"
    sleep 1.5
    is_running workload || { show_tail 30 "$WORKLOAD_LOG"; die "the workload exited at start-up (log: $WORKLOAD_LOG)"; }
}

stop_workload() {
    is_running workload || return 0
    log "stopping workload ..."
    stop_part workload TERM 20
}

# workload_knob NAME VALUE : writes a control file the running workload re-reads every second.
workload_knob() {
    local name="$1" value="$2"
    [[ "$value" =~ ^[0-9]+([.][0-9]+)?$ ]] || die "$name expects a non-negative number, got '$value'"
    mkdir -p "$WORKLOAD_RUN"
    echo "$value" >"$WORKLOAD_RUN/$name.tmp" && mv "$WORKLOAD_RUN/$name.tmp" "$WORKLOAD_RUN/$name"
    log "workload $name = $value (takes effect within ~1 s)"
}
