#!/usr/bin/env bash
# Soak: the dashboard on a rotating wall against the local stack for a long run while the stack is
# disturbed, recording every minute its resident memory, threads, open file descriptors and the GUI
# thread's worst stall (the app's own TIDEWATCH_STALL_LOG). Not a CI test: run it by hand.
#
#   tests/bench/soak.sh [--minutes 60] [--binary build/release/app/tidewatch] [--out DIR]
#                       [--no-bounce] [--no-flink-restart] [--no-rate-changes] [--baseline-minute 10]
#                       [--events-from-minutes 60]
#
# Disturbances (each can be switched off):
#   brokers  every 10 min one broker (2, 3, 1, ...) is SIGKILLed and restarted 30 s later
#   flink    every 15 min `flink-ctl fail-once` (the job throws once and restarts)
#   rate     every 5 min the generator's rate changes (20, 80, 40 events/s, ...); 40 again at the end
# Output: DIR/minutes.csv (minute,rss_kib,threads,fds,max_gap_ms,gaps_over_100ms,rss_anon_kib,
# rss_file_kib,rss_shmem_kib: VmRSS and its three parts from /proc/PID/status), DIR/events.log,
# DIR/stall.log, DIR/tidewatch.log, and a summary: growth of RSS, threads and fds from the baseline
# minute (default 10; half the run when it is shorter) to the last minute (target: under 5 %).
# The business views keep finished orders, shipments and dedupe keys for their longest window (60 min
# of event time by default), so the dashboard starts reading the event topics that far back
# (--events-from-minutes, the profile's events.start.minutes; default 60): the window is then full
# from the first minute, provided the stack has produced events for that long (its generator starts
# with `up`), and the baseline does not fall inside its warm-up. The summary says how long the stack
# had produced events when the app started.
# Needs the stack up (stack/tidewatch-stack status). Uses xvfb-run when present, else offscreen.
# The dashboard watches the stack's brokers, broker metrics, Flink REST, Connect worker, PostgreSQL and
# Debezium metrics at their default ports plus TIDEWATCH_STACK_PORT_OFFSET (a private second stack, as
# stack/README.md describes; TIDEWATCH_PG_PORT, TIDEWATCH_CONNECT_PORT, TIDEWATCH_CONNECT_METRICS_PORT and
# FLINK_REST_PORT override single ports as they do for the stack); the disturbances run $stack with the
# same environment, so they hit that stack.
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=60 bin=build/release/app/tidewatch out="" bounce=1 flink=1 rates=1 baseline=10 events_from=60
while (($#)); do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --binary) bin=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-bounce) bounce=0; shift ;;
    --no-flink-restart) flink=0; shift ;;
    --no-rate-changes) rates=0; shift ;;
    --baseline-minute) baseline=$2; shift 2 ;;
    --events-from-minutes) events_from=$2; shift 2 ;;
    -h | --help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "soak.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
stack=${TIDEWATCH_STACK:-stack/tidewatch-stack}
off=${TIDEWATCH_STACK_PORT_OFFSET:-0}
[[ "$events_from" =~ ^[0-9]+$ ]] || { echo "soak.sh: --events-from-minutes must be a number" >&2; exit 2; }
[[ "$off" =~ ^[0-9]+$ ]] || { echo "soak.sh: TIDEWATCH_STACK_PORT_OFFSET must be a number" >&2; exit 2; }
[[ -x "$bin" ]] || { echo "soak.sh: no binary at $bin (--binary)" >&2; exit 2; }
"$stack" status >/dev/null || { echo "soak.sh: the stack is not up ($stack status)" >&2; exit 2; }
out=${out:-$(mktemp -d /tmp/tidewatch-soak.XXXXXX)}
mkdir -p "$out"
((minutes / 2 < baseline)) && baseline=$((minutes / 2))
((baseline < 1)) && baseline=1

cat >"$out/profiles.ini" <<INI
[stack]
bootstrap=127.0.0.1:$((19092 + off)),127.0.0.1:$((29092 + off)),127.0.0.1:$((39092 + off))
flink=http://127.0.0.1:${FLINK_REST_PORT:-$((18081 + off))}
broker.metrics=1=http://127.0.0.1:$((19404 + off))/metrics,2=http://127.0.0.1:$((29404 + off))/metrics,3=http://127.0.0.1:$((39404 + off))/metrics
connect=http://127.0.0.1:${TIDEWATCH_CONNECT_PORT:-$((18083 + off))}
postgres=host=127.0.0.1 port=${TIDEWATCH_PG_PORT:-$((15432 + off))} dbname=shop user=tidewatch
debezium.metrics=http://127.0.0.1:${TIDEWATCH_CONNECT_METRICS_PORT:-$((18404 + off))}/metrics
events.stack=true
events.start.minutes=$events_from
INI

event() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >>"$out/events.log"; }
# How much event history the topics hold: the business window is full from the minute the oldest
# event read is events_from minutes old (the state keeps 60 minutes of event time by default).
full_from="unknown (no kcat)"
if command -v kcat >/dev/null; then
  first_ms=$(timeout 30 kcat -b "127.0.0.1:$((19092 + off))" -C -t orders -o beginning -c 1 -q -f '%T\n' 2>/dev/null || true)
  if [[ "$first_ms" =~ ^[0-9]+$ ]]; then
    have=$((($(date +%s) * 1000 - first_ms) / 60000))
    full_from=$((have >= events_from ? 0 : events_from - have))
    event "oldest event on orders is $have min old; reading $events_from min back; window full from minute $full_from"
  fi
fi
down_broker=""
cleanup() {
  [[ -n "$down_broker" ]] && "$stack" broker start "$down_broker" >>"$out/events.log" 2>&1 || true
  ((rates)) && "$stack" workload rate 40 >/dev/null 2>&1 || true
  [[ -n "${app:-}" ]] && kill "$app" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

run=(env TIDEWATCH_STALL_LOG="$out/stall.log" XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data"
  "$bin" --profiles-file "$out/profiles.ini" --profile stack --wall
  --pages overview,brokers,topics,groups,flink,pipelines --rotate 10)
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s '-screen 0 1920x1080x24' "${run[@]}" >"$out/tidewatch.log" 2>&1 &
else
  QT_QPA_PLATFORM=offscreen "${run[@]}" >"$out/tidewatch.log" 2>&1 &
fi
launcher=$!
# xvfb-run is a shell around Xvfb and the app: find the app itself.
app=""
for _ in $(seq 100); do
  app=$(pgrep -n -f -- "--profiles-file $out/profiles.ini" || true)
  [[ -n "$app" && "$(readlink "/proc/$app/exe" 2>/dev/null)" == *tidewatch ]] && break
  app=""
  sleep 0.2
done
[[ -n "$app" ]] || { echo "soak.sh: tidewatch did not start (log: $out/tidewatch.log)" >&2; exit 1; }
event "tidewatch pid $app (launcher $launcher), $minutes min, out $out, port offset $off"

echo 'minute,rss_kib,threads,fds,max_gap_ms,gaps_over_100ms,rss_anon_kib,rss_file_kib,rss_shmem_kib' >"$out/minutes.csv"
start=$(date +%s)
nodes=(2 3 1) rateplan=(20 80 40)
for ((m = 1; m <= minutes; m++)); do
  # disturbances at the start of the minute; a broker stays down for 30 s
  if ((bounce && m % 10 == 5)); then
    down_broker=${nodes[$(((m / 10) % 3))]}
    event "broker $down_broker SIGKILL"
    "$stack" broker stop "$down_broker" --kill >>"$out/events.log" 2>&1 || true
  fi
  if ((flink && m % 15 == 0)); then
    event "flink fail-once"
    "$stack" fail-once >>"$out/events.log" 2>&1 || true
  fi
  if ((rates && m % 5 == 0)); then
    r=${rateplan[$(((m / 5) % 3))]}
    event "workload rate $r"
    "$stack" workload rate "$r" >>"$out/events.log" 2>&1 || true
  fi
  if [[ -n "$down_broker" ]]; then
    sleep 30
    event "broker $down_broker start"
    "$stack" broker start "$down_broker" >>"$out/events.log" 2>&1 || true
    down_broker=""
  fi
  # sample at the end of the minute, after the app wrote its stall line for it
  while (($(date +%s) < start + m * 60 + 2)); do sleep 1; done
  kill -0 "$app" 2>/dev/null || { event "tidewatch exited"; echo "soak.sh: tidewatch exited (log: $out/tidewatch.log)" >&2; exit 1; }
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$app/status")
  parts=$(awk '/^RssAnon:/ {a = $2} /^RssFile:/ {f = $2} /^RssShmem:/ {s = $2} END {print a "," f "," s}' "/proc/$app/status")
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$app/status")
  fds=$(find "/proc/$app/fd" -mindepth 1 -maxdepth 1 | wc -l)
  stall=$(tail -n 1 "$out/stall.log" 2>/dev/null || true)
  gap=$(sed -n 's/.*max_gap_ms=\([0-9]*\).*/\1/p' <<<"$stall")
  over=$(sed -n 's/.*gaps_over_100ms=\([0-9]*\).*/\1/p' <<<"$stall")
  echo "$m,$rss,$threads,$fds,${gap:-},${over:-},$parts" >>"$out/minutes.csv"
done

awk -F, -v base="$baseline" -v minutes="$minutes" -v full="$full_from" -v from="$events_from" '
  NR == 1 { next }
  { rss[$1] = $2; thr[$1] = $3; fd[$1] = $4; if ($5 > gap) gap = $5; over += $6; last = $1
    anon[$1] = $7; file[$1] = $8; shm[$1] = $9 }
  function growth(a) { return a[base] > 0 ? (a[last] - a[base]) * 100 / a[base] : 0 }
  END {
    load = ""; getline load < "/proc/loadavg"
    printf "soak: %d min; from minute %d to %d: RSS %d -> %d KiB (%+.1f %%), threads %d -> %d (%+.1f %%), fds %d -> %d (%+.1f %%); GUI thread: largest gap between its 10 ms ticks %d ms, %d gaps > 100 ms (run-queue wait included)\n",
      minutes, base, last, rss[base], rss[last], growth(rss), thr[base], thr[last], growth(thr),
      fd[base], fd[last], growth(fd), gap, over
    printf "RSS parts from minute %d to %d: anonymous %d -> %d KiB, file %d -> %d KiB, shared memory %d -> %d KiB\n",
      base, last, anon[base], anon[last], file[base], file[last], shm[base], shm[last]
    printf "business window: events read from %d min back, full (60 min of event time) from minute %s\n", from, full
    printf "load average at the end: %s\n", load
  }' "$out/minutes.csv" | tee "$out/summary.txt"
