#!/usr/bin/env bash
# Records real Kafka Connect REST responses from the stack's worker as parser-test fixtures.
#
#   record-fixtures.sh [OUT_DIR]     (default: <repo>/tests/fixtures/connect)
#
# Needs: PostgreSQL and the Connect worker of the stack with its two connectors (`tidewatch-stack up`,
# or `pg start`, `connect start`, `connect apply`). Drives the connectors through pause, fail, stop and
# restart, so it changes their state (and leaves them RUNNING); every response body is written
# unmodified (as Connect sent it) and listed in MANIFEST.tsv. Honours the stack's environment
# (TIDEWATCH_STACK_RUN, TIDEWATCH_CONNECT_PORT, TIDEWATCH_CDC_TOPIC, ...).
set -euo pipefail

CONNECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$CONNECT_DIR/../.." && pwd)"
STACK="$CONNECT_DIR/../tidewatch-stack"
REST="http://127.0.0.1:${TIDEWATCH_CONNECT_PORT:-18083}"
SOURCE=shop-orders-cdc
SINK=orders-cdc-archive
OUT="${1:-$REPO_DIR/tests/fixtures/connect}"

log() { printf 'record-fixtures: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

command -v jq >/dev/null || die "jq is required"
curl -fsS --max-time 5 "$REST/" >/dev/null || die "no Kafka Connect worker at $REST"
mkdir -p "$OUT"
MANIFEST="$OUT/MANIFEST.tsv"
printf 'file\thttp_status\trecorded_at_utc\tendpoint\n' >"$MANIFEST"

# save FILE PATH: writes the body of GET PATH to OUT/FILE unmodified and appends to the manifest.
save() {
    local file="$1" path="$2" code
    code="$(curl -sS --max-time 5 -o "$OUT/$file" -w '%{http_code}' "$REST$path")"
    printf '%s\t%s\t%s\t%s\n' "$file" "$code" "$(date -u +%FT%TZ)" "$path" >>"$MANIFEST"
    log "$file <- $path (HTTP $code, $(wc -c <"$OUT/$file") bytes)"
}

# wait_state SECONDS NAME JQ_CONDITION: polls /connectors/NAME/status until the condition holds.
wait_state() {
    local timeout="$1" name="$2" cond="$3" t0=$SECONDS
    until curl -fsS --max-time 5 "$REST/connectors/$name/status" 2>/dev/null | jq -e "$cond" >/dev/null; do
        ((SECONDS - t0 < timeout)) || die "timed out after ${timeout}s waiting for $name: $cond"
        sleep 1
    done
    log "$name: $cond (after $((SECONDS - t0)) s)"
}
running='.connector.state == "RUNNING" and (.tasks | length > 0) and all(.tasks[]; .state == "RUNNING")'

"$STACK" connect restart "$SOURCE" >/dev/null 2>&1 || true
"$STACK" connect restart "$SINK" >/dev/null 2>&1 || true
wait_state 90 "$SOURCE" "$running"
wait_state 60 "$SINK" "$running"
# a few changes, so offsets exist (Connect flushes source offsets every offset.flush.interval.ms)
"$STACK" pg psql -qc "INSERT INTO orders VALUES ('ord-fixture-' || floor(extract(epoch from now()))::text, 'cust-fixture',
    'created', 10, 'EUR', 1, now(), now(), now(), now())" >/dev/null
sleep 7

save root.json /
save connectors.json /connectors
save connectors-running.json '/connectors?expand=status&expand=info'
save connectors-status-only.json '/connectors?expand=status'
save topics-source.json "/connectors/$SOURCE/topics"
save topics-sink.json "/connectors/$SINK/topics"
save offsets-source.json "/connectors/$SOURCE/offsets"
save offsets-sink.json "/connectors/$SINK/offsets"
save error-404.json /connectors/no-such-connector/status

"$STACK" connect pause "$SINK"
wait_state 30 "$SINK" '.connector.state == "PAUSED" and all(.tasks[]; .state == "PAUSED")'
save connectors-sink-paused.json '/connectors?expand=status&expand=info'
"$STACK" connect resume "$SINK"
wait_state 30 "$SINK" "$running"

"$STACK" connect fail "$SINK"
wait_state 60 "$SINK" 'any(.tasks[]; .state == "FAILED")'
save connectors-sink-failed.json '/connectors?expand=status&expand=info'

"$STACK" connect fail "$SOURCE"
wait_state 60 "$SOURCE" 'any(.tasks[]; .state == "FAILED")'
save connectors-source-failed.json '/connectors?expand=status&expand=info'
save status-source-failed.json "/connectors/$SOURCE/status"

"$STACK" connect restart "$SOURCE"
"$STACK" connect restart "$SINK"
wait_state 90 "$SOURCE" "$running"
wait_state 60 "$SINK" "$running"

curl -fsS --max-time 5 -X PUT "$REST/connectors/$SINK/stop" >/dev/null
wait_state 30 "$SINK" '.connector.state == "STOPPED" and (.tasks | length == 0)'
save connectors-sink-stopped.json '/connectors?expand=status&expand=info'
save offsets-sink-stopped.json "/connectors/$SINK/offsets"
"$STACK" connect resume "$SINK"
wait_state 60 "$SINK" "$running"
log "recorded into $OUT"
