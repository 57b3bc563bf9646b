# shellcheck shell=bash
# Shared helpers for stack/tidewatch-stack: paths, messages, dependency download, process handling.
# Sourced, never executed. Expects STACK_DIR to be set (absolute path of stack/).
# shellcheck disable=SC2034  # many variables here are used by the scripts that source this file

RUN="${TIDEWATCH_STACK_RUN:-$STACK_DIR/run}"
mkdir -p "$RUN"
RUN="$(cd "$RUN" && pwd)"
CACHE="${TIDEWATCH_STACK_CACHE:-$STACK_DIR/.cache}"
mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd)"
PIDS="$RUN/pids"
JAVA="${JAVA:-java}"
read -r -a MVN <<<"${TIDEWATCH_MVN:-mvn -B -q -Dstyle.color=never}"
TIMEOUT="${TIDEWATCH_STACK_TIMEOUT:-180}"

KAFKA_LIB="$CACHE/kafka-lib"
AGENT_DIR="$CACHE/jmx-agent"
AGENT_JAR="$AGENT_DIR/jmx_prometheus_javaagent.jar"
TOOLS_LOG4J="$STACK_DIR/kafka/log4j2-tools.xml"
WORKLOAD_DIR="$STACK_DIR/workload"
WORKLOAD_JAR="$WORKLOAD_DIR/target/tidewatch-workload.jar"
WORKLOAD_CP="$WORKLOAD_JAR:$WORKLOAD_DIR/target/lib/*"
FLINK_CTL="$STACK_DIR/flink/flink-ctl.sh"

# Added to every port of the stack (default 0): only for running a second, private stack next to the shared one.
PORT_OFFSET="${TIDEWATCH_STACK_PORT_OFFSET:-0}"
[[ "$PORT_OFFSET" =~ ^[0-9]+$ ]] || { echo "TIDEWATCH_STACK_PORT_OFFSET must be a number" >&2; exit 2; }
BOOTSTRAP="127.0.0.1:$((19092 + PORT_OFFSET)),127.0.0.1:$((29092 + PORT_OFFSET)),127.0.0.1:$((39092 + PORT_OFFSET))"
# flink/flink-ctl.sh takes its REST port from FLINK_REST_PORT and the job's brokers from TIDEWATCH_BOOTSTRAP.
FLINK_REST_PORT="${FLINK_REST_PORT:-$((18081 + PORT_OFFSET))}"
export TIDEWATCH_STACK_RUN="$RUN" TIDEWATCH_BOOTSTRAP="$BOOTSTRAP" FLINK_REST_PORT

if [[ -t 1 ]]; then C_OK=$'\e[32m' C_BAD=$'\e[31m' C_WARN=$'\e[33m' C_OFF=$'\e[0m'; else C_OK='' C_BAD='' C_WARN='' C_OFF=''; fi

# Progress goes to stderr, so the stdout of `topics`, `consumer-groups`, `quorum` stays pure tool output.
log()  { printf '%s [stack] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
warn() { printf '%s [stack] %sWARNING:%s %s\n' "$(date +%H:%M:%S)" "$C_WARN" "$C_OFF" "$*" >&2; }
die()  { printf '%s [stack] %sERROR:%s %s\n' "$(date +%H:%M:%S)" "$C_BAD" "$C_OFF" "$*" >&2; exit 1; }

# Prints the last lines of each given file that exists, with a header (to stderr).
show_tail() {
    local n="$1"; shift
    local f
    for f in "$@"; do
        [[ -s "$f" ]] || continue
        printf -- '----- last %s lines of %s -----\n' "$n" "$f" >&2
        tail -n "$n" "$f" >&2
    done
}

now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------- dependencies

# Copies the Kafka broker/tools classpath and the JMX exporter agent from the local Maven repository
# (downloading into it if needed). Skipped when the cache matches stack/kafka/pom.xml.
ensure_kafka_deps() {
    local stamp="$CACHE/kafka-deps.sha256" want
    want="$(sha256sum "$STACK_DIR/kafka/pom.xml" | cut -d' ' -f1)"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -f "$AGENT_JAR" ]] && compgen -G "$KAFKA_LIB/kafka_2.13-*.jar" >/dev/null; then
        return 0
    fi
    log "resolving Kafka jars and the JMX exporter agent with Maven (first run downloads ~60 MB) ..."
    local t0; t0=$(now_s)
    rm -rf "$KAFKA_LIB.tmp" "$AGENT_DIR.tmp"
    if ! "${MVN[@]}" -f "$STACK_DIR/kafka/pom.xml" dependency:copy-dependencies@lib dependency:copy@agent \
            -Dlib.dir="$KAFKA_LIB.tmp" -Dagent.dir="$AGENT_DIR.tmp" >"$CACHE/mvn-kafka.log" 2>&1; then
        show_tail 40 "$CACHE/mvn-kafka.log"
        die "Maven could not resolve the Kafka dependencies (log: $CACHE/mvn-kafka.log)"
    fi
    rm -rf "$KAFKA_LIB" "$AGENT_DIR"
    mv "$KAFKA_LIB.tmp" "$KAFKA_LIB"
    mv "$AGENT_DIR.tmp" "$AGENT_DIR"
    echo "$want" >"$stamp"
    log "Kafka jars ready in $KAFKA_LIB ($(find "$KAFKA_LIB" -name '*.jar' | wc -l) jars, $(elapsed "$t0") s)"
}

# Builds stack/workload when its jar is missing or older than its sources.
ensure_workload_built() {
    if [[ -f "$WORKLOAD_JAR" && -d "$WORKLOAD_DIR/target/lib" ]] &&
        [[ -z "$(find "$WORKLOAD_DIR/pom.xml" "$WORKLOAD_DIR/src" -newer "$WORKLOAD_JAR" -print -quit)" ]]; then
        return 0
    fi
    log "building the workload (stack/workload) with Maven ..."
    local t0; t0=$(now_s)
    mkdir -p "$WORKLOAD_DIR/target"
    if ! "${MVN[@]}" -f "$WORKLOAD_DIR/pom.xml" package >"$CACHE/mvn-workload.log" 2>&1; then
        show_tail 40 "$CACHE/mvn-workload.log"
        die "building the workload failed (log: $CACHE/mvn-workload.log)"
    fi
    touch "$WORKLOAD_JAR"
    log "workload built ($(elapsed "$t0") s)"
}

# ---------------------------------------------------------------- processes

# Every JVM we start carries -Dtidewatch.stack.part=NAME -Dtidewatch.stack.run=RUN, so a pid from a pid
# file is only trusted (and signalled) while its command line still shows both.
pid_of() {
    local name="$1" pid
    [[ -f "$PIDS/$name.pid" ]] || return 1
    pid="$(cat "$PIDS/$name.pid" 2>/dev/null)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [[ -r "/proc/$pid/cmdline" ]] || return 1
    local cmdline
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
    [[ "$cmdline" == *"-Dtidewatch.stack.part=$name "* && "$cmdline" == *"-Dtidewatch.stack.run=$RUN "* ]] || return 1
    echo "$pid"
}

is_running() { pid_of "$1" >/dev/null; }

# start_java NAME LOGFILE JAVA_ARGS... : starts a JVM in its own session, detached from the terminal.
start_java() {
    local name="$1" out="$2"; shift 2
    mkdir -p "$PIDS" "$(dirname "$out")"
    rm -f "$PIDS/$name.pid"
    # bash -c writes its own pid, then exec keeps that pid for java
    # shellcheck disable=SC2016  # expanded by the inner bash
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PIDS/$name.pid" \
        "$JAVA" "-Dtidewatch.stack.part=$name" "-Dtidewatch.stack.run=$RUN" "$@" \
        </dev/null >>"$out" 2>&1 &
    local _
    for _ in $(seq 50); do
        [[ -s "$PIDS/$name.pid" ]] && break
        sleep 0.1
    done
}

# stop_part NAME SIGNAL TIMEOUT_S : sends SIGNAL, waits up to TIMEOUT_S, then SIGKILL.
stop_part() {
    local name="$1" sig="${2:-TERM}" timeout="${3:-30}" pid
    pid="$(pid_of "$name")" || { rm -f "$PIDS/$name.pid"; return 0; }
    kill "-$sig" "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + timeout))
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            warn "$name (pid $pid) still running ${timeout}s after SIG$sig: sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
            break
        fi
        sleep 0.2
    done
    rm -f "$PIDS/$name.pid"
}

# Waits for the processes (pids) to exit, up to TIMEOUT_S; prints the ones still alive.
wait_gone() {
    local timeout="$1"; shift
    local deadline=$((SECONDS + timeout)) alive p
    while :; do
        alive=()
        for p in "$@"; do kill -0 "$p" 2>/dev/null && alive+=("$p"); done
        ((${#alive[@]} == 0)) && return 0
        ((SECONDS >= deadline)) && { echo "${alive[*]}"; return 1; }
        sleep 0.2
    done
}

port_listening() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

# RSS of a pid in MiB.
rss_mib() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

# Runs a Kafka CLI tool class with the broker classpath; adds --bootstrap-server unless given.
kafka_tool() {
    local cls="$1"; shift
    local a add=1
    for a in "$@"; do [[ "$a" == --bootstrap-server* || "$a" == --bootstrap-controller* ]] && add=0; done
    local extra=()
    ((add)) && extra=(--bootstrap-server "$BOOTSTRAP")
    "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
        -Dlog4j2.configurationFile="$TOOLS_LOG4J" -cp "$KAFKA_LIB/*" "$cls" "${extra[@]}" "$@"
}

# Runs the workload jar's admin helper (readiness checks, topic creation).
workload_admin() {
    "$JAVA" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
        -cp "$WORKLOAD_CP" dev.tidewatch.workload.Main admin "$@" --bootstrap "$BOOTSTRAP"
}
