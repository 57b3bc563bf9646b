#!/usr/bin/env bash
# Records real Flink REST responses from the running orders job as parser-test fixtures.
#
#   record-fixtures.sh [OUT_DIR]     (default: <repo>/tests/fixtures/flink-<version>)
#
# Needs: the job started with flink-ctl.sh start, Kafka up and the workload producing to `orders`.
# Drives the job through slow-sink on/off and one fail-once, so it changes the job's state; every
# response body is written unmodified (as Flink sent it) and listed in MANIFEST.tsv.
set -euo pipefail

FLINK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$FLINK_DIR/../.." && pwd)"
CTL="$FLINK_DIR/flink-ctl.sh"
REST="http://127.0.0.1:${FLINK_REST_PORT:-18081}"

log() { printf 'record-fixtures: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
get() { curl -sS --max-time 5 "$REST$1"; }

command -v jq >/dev/null || die "jq is required"
# A fresh job, so the first responses show the "no metrics yet" shapes; without the job shapes
# (record-shape-fixtures.sh records those), so these fixtures keep describing one job.
"$CTL" stop
FLINK_JOB_ARGS="${FLINK_JOB_ARGS:-} --shapes false" "$CTL" start

VERSION="$(get /config | jq -r '."flink-version"')"
OUT="${1:-$REPO_DIR/tests/fixtures/flink-$VERSION}"
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

# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND every second until it succeeds.
wait_for() {
    local timeout="$1" what="$2" t0=$SECONDS
    shift 2
    until "$@"; do
        ((SECONDS - t0 < timeout)) || die "timed out after ${timeout}s waiting for: $what"
        sleep 1
    done
    log "$what (after $((SECONDS - t0)) s)"
}

JID="$(get /jobs/overview | jq -r '.jobs[0].jid')"
# Vertex ids from the plan: unlike /jobs/<jid>, it does not touch the metric store, so the warm-up
# responses below are recorded before anything triggered the first metric fetch.
PLAN="$(get "/jobs/$JID/plan")"
vertex_id() { jq -r --arg n "$1" '.plan.nodes[] | select(.description | contains($n)) | .id' <<<"$PLAN"; }
SRC="$(vertex_id 'Source: orders-source')"
WIN="$(vertex_id 'window-results')"
TOT="$(vertex_id 'customer-running-totals')"
SINK="$(vertex_id 'orders-sink')"
log "job $JID: source $SRC, window $WIN, totals $TOT, sink $SINK"

bp_level() { get "/jobs/$JID/vertices/$1/backpressure" | jq -r '.backpressureLevel // .status'; }
completed_checkpoints() { get "/jobs/$JID/checkpoints" | jq -r '.counts.completed'; }
has_watermarks() { get "/jobs/$JID/vertices/$WIN/watermarks" | jq -e 'length > 0 and all(.[]; (.value | tonumber) > 0)' >/dev/null; }
has_source_watermark() { get "/jobs/$JID/vertices/$SRC/metrics" | jq -e 'any(.[]; .id | endswith(".watermarkLag"))' >/dev/null; }
restarts() { get "/jobs/$JID/metrics?get=numRestarts" | jq -r '.[0].value // "0"'; }
bp_is() { [[ "$(bp_level "$1")" == "$2" ]]; }
checkpoints_at_least() { [[ "$(completed_checkpoints)" -ge "$1" ]]; }
restarts_above() { [[ "$(restarts)" -gt "$1" ]]; }
completed_after_restore() { get "/jobs/$JID/checkpoints" | jq -e '.latest.restored != null and .latest.completed.id > .latest.restored.id' >/dev/null; }
all_tasks_running() { get "/jobs/$JID" | jq -e '.vertices | all(.status == "RUNNING")' >/dev/null; }

# --- warming up: the first metric requests only trigger the fetch ---------------------------------
save warmup-backpressure.json "/jobs/$JID/vertices/$TOT/backpressure"
save warmup-watermarks.json "/jobs/$JID/vertices/$WIN/watermarks"
save warmup-job-metrics-numrestarts.json "/jobs/$JID/metrics?get=numRestarts"
save warmup-checkpoints.json "/jobs/$JID/checkpoints"

wait_for 60 "two checkpoints completed" checkpoints_at_least 2
wait_for 60 "watermarks on the window vertex" has_watermarks
wait_for 60 "source watermarkLag registered" has_source_watermark
wait_for 30 "backpressure of customer-running-totals is ok" bp_is "$TOT" ok
# Busy/idle/back-pressured times are 60 s moving averages: wait for a full window of normal operation.
uptime_at_least() { [[ "$(get "/jobs/$JID/metrics?get=uptime" | jq -r '.[0].value // 0')" -ge "$1" ]]; }
wait_for 90 "job uptime >= 65 s" uptime_at_least 65000

# --- cluster and job, steady state --------------------------------------------------------------
save config.json /config
save overview.json /overview
save jobmanager-config.json /jobmanager/config
save taskmanagers.json /taskmanagers
save jobs.json /jobs
save jobs-overview.json /jobs/overview
save job.json "/jobs/$JID"
save job-plan.json "/jobs/$JID/plan"
save job-exceptions-none.json "/jobs/$JID/exceptions"
save job-metrics-list.json "/jobs/$JID/metrics"
save job-metrics-numrestarts-0.json "/jobs/$JID/metrics?get=numRestarts"
save job-metrics-checkpoint-gauges.json "/jobs/$JID/metrics?get=numRestarts,lastCheckpointDuration,lastCheckpointSize,lastCheckpointFullSize,numberOfFailedCheckpoints,numberOfCompletedCheckpoints,numberOfInProgressCheckpoints,totalNumberOfCheckpoints,lastCompletedCheckpointId,lastCheckpointRestoreTimestamp,uptime,downtime,restartingTime"
save checkpoints.json "/jobs/$JID/checkpoints"
save checkpoints-config.json "/jobs/$JID/checkpoints/config"
CP="$(jq -r '.latest.completed.id' "$OUT/checkpoints.json")"
save checkpoint-details.json "/jobs/$JID/checkpoints/details/$CP"
save checkpoint-details-subtasks.json "/jobs/$JID/checkpoints/details/$CP/subtasks/$TOT"
save vertex.json "/jobs/$JID/vertices/$TOT"
save vertex-watermarks.json "/jobs/$JID/vertices/$WIN/watermarks"
save vertex-watermarks-source.json "/jobs/$JID/vertices/$SRC/watermarks"
save vertex-metrics-list-source.json "/jobs/$JID/vertices/$SRC/metrics"
save vertex-metrics-list-window.json "/jobs/$JID/vertices/$WIN/metrics"
# The source operator's watermark metrics, by the ids the listing shows (sanitised operator name).
SRC_IDS="$(jq -r '[.[].id | select(test("^[0-9]+\\..*\\.(currentOutputWatermark|watermarkLag|currentEmitEventTimeLag|currentFetchEventTimeLag|pendingRecords|malformedRecords)$"))] | sort | join(",")' "$OUT/vertex-metrics-list-source.json")"
save vertex-metrics-source-watermarks.json "/jobs/$JID/vertices/$SRC/metrics?get=$SRC_IDS"
save vertex-subtasks-metrics-list.json "/jobs/$JID/vertices/$TOT/subtasks/metrics"
save vertex-subtasks-metrics-busy-ok.json "/jobs/$JID/vertices/$TOT/subtasks/metrics?get=busyTimeMsPerSecond,backPressuredTimeMsPerSecond,idleTimeMsPerSecond"
save vertex-subtasks-metrics-busy-agg-ok.json "/jobs/$JID/vertices/$TOT/subtasks/metrics?get=busyTimeMsPerSecond,backPressuredTimeMsPerSecond,idleTimeMsPerSecond&agg=max,avg"
save job-backpressure-ok.json "/jobs/$JID/vertices/$TOT/backpressure"
save error-job-not-found.json "/jobs/00000000000000000000000000000000"

# --- slow sink: back-pressure HIGH on the vertex in front of it -------------------------------
"$CTL" slow-sink on
wait_for 60 "backpressure of customer-running-totals is high" bp_is "$TOT" high
sleep 3
save job-backpressure-high.json "/jobs/$JID/vertices/$TOT/backpressure"
save job-backpressure-source-slow-sink.json "/jobs/$JID/vertices/$SRC/backpressure"
save job-backpressure-sink-slow-sink.json "/jobs/$JID/vertices/$SINK/backpressure"
save vertex-subtasks-metrics-busy-high.json "/jobs/$JID/vertices/$TOT/subtasks/metrics?get=busyTimeMsPerSecond,backPressuredTimeMsPerSecond,idleTimeMsPerSecond"
save vertex-subtasks-metrics-busy-sink-slow.json "/jobs/$JID/vertices/$SINK/subtasks/metrics?get=busyTimeMsPerSecond,backPressuredTimeMsPerSecond,idleTimeMsPerSecond&agg=max,avg"
save job-slow-sink.json "/jobs/$JID"
save checkpoints-slow-sink.json "/jobs/$JID/checkpoints"
"$CTL" slow-sink off
wait_for 90 "backpressure of customer-running-totals is ok again" bp_is "$TOT" ok
save job-backpressure-ok-after-slow-sink.json "/jobs/$JID/vertices/$TOT/backpressure"

# --- fail once: one restart, one exception ---------------------------------------------------
BEFORE="$(restarts)"
"$CTL" fail-once
# Best effort: catch the short RESTARTING phase (restart delay 2 s).
for _ in $(seq 1 25); do
    body="$(get /jobs/overview)"
    if [[ "$(jq -r '.jobs[0].state' <<<"$body")" != RUNNING ]]; then
        printf '%s' "$body" >"$OUT/jobs-overview-restarting.json"
        printf '%s\t%s\t%s\t%s\n' jobs-overview-restarting.json 200 "$(date -u +%FT%TZ)" /jobs/overview >>"$MANIFEST"
        log "jobs-overview-restarting.json <- /jobs/overview (state $(jq -r '.jobs[0].state' <<<"$body"))"
        break
    fi
    sleep 0.2
done
wait_for 60 "numRestarts increased from $BEFORE" restarts_above "$BEFORE"
wait_for 60 "all vertices RUNNING again" all_tasks_running
save job-metrics-numrestarts.json "/jobs/$JID/metrics?get=numRestarts"
save job-exceptions.json "/jobs/$JID/exceptions"
save jobs-overview-after-restart.json /jobs/overview
save job-after-restart.json "/jobs/$JID"
wait_for 60 "a checkpoint completed after the restart" completed_after_restore
save checkpoints-after-restart.json "/jobs/$JID/checkpoints"

log "done: $(($(wc -l <"$MANIFEST") - 1)) files in $OUT"
