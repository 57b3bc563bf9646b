#!/usr/bin/env bash
# Controls the Tidewatch test stack's Flink job: a Flink 2.2 MiniCluster in one JVM that runs the
# orders job and serves the REST API (and web UI) on 127.0.0.1:18081.
#
#   flink-ctl.sh build            compile and copy the runtime jars (skipped when up to date)
#   flink-ctl.sh start            start the JVM in the background, wait until the job is RUNNING
#   flink-ctl.sh stop             stop the JVM (TERM, then KILL after a grace period)
#   flink-ctl.sh status           print JVM / job state; exit 0 when the job is RUNNING, 3 otherwise
#   flink-ctl.sh slow-sink on|off make the sink slow (upstream back-pressure HIGH) or fast again
#   flink-ctl.sh fail-once        make the job throw once, so it restarts (numRestarts + 1)
#   flink-ctl.sh resubmit         cancel the orders job (REST), then start it again: a new job id
#   flink-ctl.sh logs [N]         last N lines of the job log (default 100)
#
# Environment: TIDEWATCH_STACK_RUN (default: <stack>/run); run state goes to $TIDEWATCH_STACK_RUN/flink.
# TIDEWATCH_BOOTSTRAP (the job's brokers, default 127.0.0.1:19092,...; tidewatch-stack sets it),
# TIDEWATCH_STACK_PORT_OFFSET (added to the default REST port and brokers), FLINK_REST_PORT (default
# 18081 + offset), FLINK_HEAP (default 1024m), FLINK_JOB_NAME (default tidewatch-orders), FLINK_START_TIMEOUT (seconds, default 120),
# FLINK_JOB_ARGS (extra "--name value" pairs for tidewatch.stack.OrdersJob).
set -euo pipefail

FLINK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STACK_DIR="$(dirname "$FLINK_DIR")"
RUN_BASE="${TIDEWATCH_STACK_RUN:-$STACK_DIR/run}"
RUN_DIR="$RUN_BASE/flink"
PID_FILE="$RUN_DIR/job.pid"
LOG_FILE="$RUN_DIR/job.log"
OUT_FILE="$RUN_DIR/jvm.out"
CONTROL_DIR="$RUN_DIR/control"
# TIDEWATCH_STACK_PORT_OFFSET (a private second stack) shifts the REST port and the brokers like every other port.
PORT_OFFSET="${TIDEWATCH_STACK_PORT_OFFSET:-0}"
[[ "$PORT_OFFSET" =~ ^[0-9]+$ ]] || { echo "TIDEWATCH_STACK_PORT_OFFSET must be a number" >&2; exit 2; }
REST_PORT="${FLINK_REST_PORT:-$((18081 + PORT_OFFSET))}"
BOOTSTRAP="${TIDEWATCH_BOOTSTRAP:-127.0.0.1:$((19092 + PORT_OFFSET)),127.0.0.1:$((29092 + PORT_OFFSET)),127.0.0.1:$((39092 + PORT_OFFSET))}"
REST="http://127.0.0.1:$REST_PORT"
HEAP="${FLINK_HEAP:-1024m}"
START_TIMEOUT="${FLINK_START_TIMEOUT:-120}"
MAIN_CLASS="tidewatch.stack.OrdersJob"
JOB_NAME="${FLINK_JOB_NAME:-tidewatch-orders}"
TARGET="$FLINK_DIR/target"
JAR="$TARGET/tidewatch-flink-orders-0.1.0.jar"
LIB="$TARGET/lib"
LIB_STAMP="$LIB/.complete"

log() { printf 'flink-ctl: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- build -------------------------------------------------------------------------------------

jar_stale() {
    [[ -f "$JAR" ]] || return 0
    [[ "$FLINK_DIR/pom.xml" -nt "$JAR" ]] && return 0
    [[ -n "$(find "$FLINK_DIR/src" -newer "$JAR" -type f -print -quit)" ]] && return 0
    return 1
}

lib_stale() {
    [[ -f "$LIB_STAMP" ]] || return 0
    [[ "$FLINK_DIR/pom.xml" -nt "$LIB_STAMP" ]] && return 0
    return 1
}

cmd_build() {
    if ! jar_stale && ! lib_stale; then
        log "build: up to date ($JAR)"
        return 0
    fi
    command -v mvn >/dev/null || die "mvn not found"
    local t0=$SECONDS mvn=(mvn -B -q -Dstyle.color=never) build_log="$FLINK_DIR/target/build.log"
    mkdir -p "$FLINK_DIR/target"
    : >"$build_log"
    if jar_stale; then
        log "build: mvn package"
        (cd "$FLINK_DIR" && "${mvn[@]}" package -DskipTests >>"$build_log" 2>&1) ||
            { tail -n 40 "$build_log" >&2; die "mvn package failed (log: $build_log)"; }
        touch "$JAR"
    fi
    if lib_stale; then
        log "build: copying the runtime classpath to $LIB (the first run downloads ~90 MB into ~/.m2)"
        rm -rf "$LIB"
        (cd "$FLINK_DIR" && "${mvn[@]}" dependency:copy-dependencies -DincludeScope=runtime \
            -DoutputDirectory="$LIB" >>"$build_log" 2>&1) ||
            { tail -n 40 "$build_log" >&2; die "mvn dependency:copy-dependencies failed (log: $build_log)"; }
        touch "$LIB_STAMP"
    fi
    log "build: done in $((SECONDS - t0)) s"
}

# --- process helpers ---------------------------------------------------------------------------

# Prints the pid of our JVM if the pid file names a live process running our main class.
running_pid() {
    [[ -f "$PID_FILE" ]] || return 1
    local pid
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [[ -r "/proc/$pid/cmdline" ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$MAIN_CLASS" || return 1
    echo "$pid"
}

rest_get() { curl -fsS --max-time 3 "$REST$1" 2>/dev/null; }

# Prints "<jid> <state>" of the orders job ($JOB_NAME) in /jobs/overview; the job shapes that run
# beside it (ShapeJobs) are ignored. The state is RUNNING only once all its tasks run too (the job
# switches to RUNNING while they deploy).
job_state() {
    local body
    body="$(rest_get /jobs/overview)" || return 1
    if command -v jq >/dev/null; then
        jq -r --arg name "$JOB_NAME" '[.jobs[] | select(.name == $name)] | sort_by(."start-time") | last // empty
            | "\(.jid) \(if .state == "RUNNING" and .tasks.running < .tasks.total
            then "DEPLOYING" else .state end)"' <<<"$body"
    else
        local entry jid state
        entry="$(sed 's/},{"jid"/}\n{"jid"/g' <<<"$body" | grep -F "\"name\":\"$JOB_NAME\"" | tail -n1)"
        jid="$(grep -o '"jid":"[0-9a-f]*"' <<<"$entry" | head -n1 | cut -d'"' -f4)"
        state="$(grep -o '"state":"[A-Z_]*"' <<<"$entry" | head -n1 | cut -d'"' -f4)"
        [[ -n "$jid" ]] && echo "$jid $state"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$REST_PORT") 2>/dev/null
}

show_log_tail() {
    local f
    for f in "$LOG_FILE" "$OUT_FILE"; do
        [[ -s "$f" ]] || continue
        log "---- last lines of $f ----"
        tail -n 40 "$f" >&2
    done
}

# --- commands ----------------------------------------------------------------------------------

cmd_start() {
    local pid
    if pid="$(running_pid)"; then
        local js
        js="$(job_state || true)"
        log "already running (pid $pid, job: ${js:-unknown})"
        [[ "$js" == *RUNNING ]] && return 0
        die "JVM is up but the job is not RUNNING; try: $0 stop && $0 start"
    fi
    port_in_use && die "port $REST_PORT is already in use by another process"
    cmd_build
    mkdir -p "$RUN_DIR" "$CONTROL_DIR"
    # A new job starts from the group's committed Kafka offsets, not from old checkpoints.
    rm -rf "$RUN_DIR/checkpoints"
    rm -f "$CONTROL_DIR/fail-once" "$CONTROL_DIR/slow-sink"
    # Run from a snapshot of the classpath, so a rebuild cannot change jars under the running JVM. The
    # job jar is copied (mvn package rewrites it in place); the libraries are hard-linked when possible
    # (a rebuild of target/lib deletes and recreates them, which leaves the links intact).
    rm -rf "$RUN_DIR/classpath"
    mkdir -p "$RUN_DIR/classpath"
    cp "$JAR" "$RUN_DIR/classpath/"
    cp -al "$LIB" "$RUN_DIR/classpath/" 2>/dev/null || cp -a "$LIB" "$RUN_DIR/classpath/"
    : >"$OUT_FILE"
    local t0 t1
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    setsid nohup java -Xms256m -Xmx"$HEAP" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
        -Dtidewatch.log.file="$LOG_FILE" \
        -Dlog4j.configurationFile="$FLINK_DIR/src/main/resources/log4j2.properties" \
        -cp "$RUN_DIR/classpath/$(basename "$JAR"):$RUN_DIR/classpath/lib/*" "$MAIN_CLASS" \
        --run-dir "$RUN_DIR" --rest-port "$REST_PORT" --bootstrap "$BOOTSTRAP" ${FLINK_JOB_ARGS:-} \
        >>"$OUT_FILE" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PID_FILE"
    log "started JVM pid $pid; waiting up to ${START_TIMEOUT}s for the job to be RUNNING at $REST"
    local deadline=$((SECONDS + START_TIMEOUT)) js=""
    while ((SECONDS < deadline)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            show_log_tail
            rm -f "$PID_FILE"
            die "JVM exited during start-up"
        fi
        js="$(job_state || true)"
        if [[ "$js" == *" RUNNING" ]]; then
            t1=$(date +%s%N)
            log "job ${js%% *} RUNNING after $(((t1 - t0) / 1000000)) ms (REST $REST, log $LOG_FILE)"
            return 0
        fi
        sleep 0.5
    done
    show_log_tail
    log "job not RUNNING after ${START_TIMEOUT}s (last state: ${js:-no answer}); stopping pid $pid"
    cmd_stop || true
    exit 1
}

cmd_stop() {
    local pid
    if ! pid="$(running_pid)"; then
        log "not running"
        rm -f "$PID_FILE"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 40; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid still alive after 20 s; sending KILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 0.5
    fi
    rm -f "$PID_FILE"
    log "stopped (pid $pid)"
}

cmd_status() {
    local pid js rss slow="off"
    [[ -e "$CONTROL_DIR/slow-sink" ]] && slow="on"
    if ! pid="$(running_pid)"; then
        echo "flink: stopped"
        return 3
    fi
    rss="$(awk '/VmRSS/ {printf "%d MiB", $2/1024}' "/proc/$pid/status" 2>/dev/null || echo "?")"
    js="$(job_state || true)"
    if [[ -z "$js" ]]; then
        echo "flink: JVM pid $pid (RSS $rss), REST $REST not answering"
        return 3
    fi
    local restarts=""
    local i
    for i in 1 2; do
        # The first metric request after a while only triggers the fetch and answers [].
        restarts="$(rest_get "/jobs/${js%% *}/metrics?get=numRestarts" | grep -o '"value":"[0-9]*"' | cut -d'"' -f4 || true)"
        [[ -n "$restarts" || $i -eq 2 ]] && break
        sleep 1.1
    done
    echo "flink: JVM pid $pid (RSS $rss), job ${js%% *} ${js##* }, numRestarts ${restarts:-?}, slow-sink $slow, REST $REST"
    [[ "$js" == *" RUNNING" ]] && return 0
    return 3
}

cmd_slow_sink() {
    mkdir -p "$CONTROL_DIR"
    case "${1:-}" in
        on) touch "$CONTROL_DIR/slow-sink"; log "slow-sink on (the sink sleeps per record; upstream back-pressure builds within seconds)" ;;
        off) rm -f "$CONTROL_DIR/slow-sink"; log "slow-sink off" ;;
        *) die "usage: $0 slow-sink on|off" ;;
    esac
}

cmd_fail_once() {
    local pid
    pid="$(running_pid)" || die "not running"
    mkdir -p "$CONTROL_DIR"
    touch "$CONTROL_DIR/fail-once"
    log "fail-once requested; waiting for the job to pick it up"
    local i
    for ((i = 0; i < 40; i++)); do
        if [[ ! -e "$CONTROL_DIR/fail-once" ]]; then
            log "the job threw 'tidewatch fail-once requested' and restarts (see /jobs/<jid>/exceptions)"
            return 0
        fi
        sleep 0.5
    done
    log "the control file is still there after 20 s (no records flowing?); it fires on the next record"
}

# The JVM lives as long as the orders job, so a cancelled job takes its MiniCluster with it: the
# resubmitted job runs in a new JVM (REST down meanwhile) under a new job id.
cmd_resubmit() {
    local pid js jid i
    pid="$(running_pid)" || die "not running"
    js="$(job_state || true)"
    [[ -n "$js" ]] || die "REST $REST not answering"
    jid="${js%% *}"
    log "cancelling job $jid"
    curl -fsS --max-time 5 -X PATCH "$REST/jobs/$jid?mode=cancel" >/dev/null || die "cancel of $jid failed"
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && cmd_stop
    rm -f "$PID_FILE"
    log "job $jid cancelled, JVM $pid gone; resubmitting"
    cmd_start
}

cmd_logs() {
    tail -n "${1:-100}" "$LOG_FILE"
}

usage() {
    sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

case "${1:-}" in
    build) cmd_build ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    slow-sink) cmd_slow_sink "${2:-}" ;;
    fail-once) cmd_fail_once ;;
    resubmit) cmd_resubmit ;;
    logs) cmd_logs "${2:-}" ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
esac
