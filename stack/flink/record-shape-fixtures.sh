#!/usr/bin/env bash
# Records the REST answers of the job shapes (ShapeJobs.java) from a running stack into
# tests/fixtures/flink-2.2.0/shapes (or DIR), with a MANIFEST.tsv like record-fixtures.sh. The stack's
# Flink side must be up with its shapes (flink-ctl.sh start) for at least ~45 s, so the idle source
# subtask has been idle for longer than Tidewatch's default 30 s. Needs curl and jq.
set -euo pipefail
REST="http://127.0.0.1:${FLINK_REST_PORT:-18081}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/../../tests/fixtures/flink-2.2.0/shapes}"
mkdir -p "$OUT"
MANIFEST="$OUT/MANIFEST.tsv"
printf 'file\thttp_status\trecorded_at_utc\tendpoint\n' >"$MANIFEST"

record() { # record FILE PATH
    local status
    status="$(curl -sS -o "$OUT/$1" -w '%{http_code}' "$REST$2")"
    printf '%s\t%s\t%s\t%s\n' "$1" "$status" "$(date -u +%FT%TZ)" "$2" >>"$MANIFEST"
}
jid() { curl -fsS "$REST/jobs/overview" | jq -r --arg n "$1" '[.jobs[] | select(.name == $n)] | sort_by(."start-time") | last | .jid'; }
source_vertex() { curl -fsS "$REST/jobs/$1" | jq -r '.vertices[] | select(.name | startswith("Source:")) | .id' | head -n1; }
# The first metric request after a pause answers from Flink's previous fetch; ask twice.
source_values() { # FILE JID VID
    local ids
    ids="$(curl -fsS "$REST/jobs/$2/vertices/$3/metrics" | jq -r '[.[].id | select(test("\\.(currentOutputWatermark|watermarkLag|sourceIdleTime)$")) | select(test("^[0-9]+\\.Source"))] | join(",")')"
    curl -fsS "$REST/jobs/$2/vertices/$3/metrics?get=$ids" >/dev/null
    sleep 1.2
    record "$1" "/jobs/$2/vertices/$3/metrics?get=$ids"
}

record jobs-overview.json /jobs/overview
j="$(jid tidewatch-no-checkpoints)"
record no-checkpoints-checkpoints.json "/jobs/$j/checkpoints"
record no-checkpoints-checkpoints-config.json "/jobs/$j/checkpoints/config"
j="$(jid tidewatch-checkpoints-expire)"
record expire-checkpoints.json "/jobs/$j/checkpoints"
record expire-checkpoints-config.json "/jobs/$j/checkpoints/config"
j="$(jid tidewatch-fails-for-good)"
record fails-exceptions.json "/jobs/$j/exceptions?maxExceptions=1"
record fails-job.json "/jobs/$j"
j="$(jid tidewatch-bounded)"
record bounded-job.json "/jobs/$j"
j="$(jid tidewatch-backpressured-source)"
v="$(source_vertex "$j")"
curl -fsS "$REST/jobs/$j/vertices/$v/backpressure" >/dev/null
sleep 1.2
record backpressured-backpressure.json "/jobs/$j/vertices/$v/backpressure"
source_values backpressured-source-values.json "$j" "$v"
# The whole job at one moment (bottleneck detection): its plan, and per vertex back pressure and
# busy/back-pressured/idle time; the sink is the vertex that is not a source.
record backpressured-job.json "/jobs/$j"
sink="$(curl -fsS "$REST/jobs/$j" | jq -r '.vertices[] | select(.name | startswith("Source:") | not) | .id' | head -n1)"
busy='subtasks/metrics?get=busyTimeMsPerSecond,backPressuredTimeMsPerSecond,idleTimeMsPerSecond&agg=max,avg,sum'
record backpressured-source-backpressure.json "/jobs/$j/vertices/$v/backpressure"
record backpressured-sink-backpressure.json "/jobs/$j/vertices/$sink/backpressure"
record backpressured-source-busy.json "/jobs/$j/vertices/$v/$busy"
record backpressured-sink-busy.json "/jobs/$j/vertices/$sink/$busy"
# TaskManager heap and CPU (asked twice: the first request after a pause may answer []), and the
# answer for an id Flink does not know ([], as before its first metric fetch).
record taskmanagers.json /taskmanagers
tm="$(curl -fsS "$REST/taskmanagers" | jq -r '.taskmanagers[0].id')"
tmq="/taskmanagers/$tm/metrics?get=Status.JVM.Memory.Heap.Used,Status.JVM.Memory.Heap.Max,Status.JVM.CPU.Load"
curl -fsS "$REST$tmq" >/dev/null
sleep 1.2
record taskmanager-metrics-heap-cpu.json "$tmq"
record taskmanager-metrics-unknown-id.json "/taskmanagers/0123456789abcdef0123456789abcdef/metrics?get=Status.JVM.CPU.Load"
j="$(jid tidewatch-idle-subtask)"
v="$(source_vertex "$j")"
record idle-subtask-job.json "/jobs/$j"
source_values idle-subtask-source-values.json "$j" "$v"
echo "recorded $(($(wc -l <"$MANIFEST") - 1)) answers into $OUT"
