#!/usr/bin/env bash
# Installs what is missing, builds, starts the local stack (3 Kafka brokers, Flink jobs, a workload of
# order and shipment events) and opens the dashboard connected to it.
#   scripts/demo.sh [--no-stack] [--bootstrap HOST:PORT] [--flink URL] [--no-build]
#   --no-stack   do not start the local stack; connect to --bootstrap / --flink instead
set -euo pipefail
cd "$(dirname "$0")/.."

start_stack=1
build=1
bootstrap="127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092"
flink="http://127.0.0.1:18081"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-stack) start_stack=0; shift ;;
    --no-build) build=0; shift ;;
    --bootstrap) bootstrap="$2"; shift 2 ;;
    --flink) flink="$2"; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

scripts/setup-deps.sh
if [ $build = 1 ]; then
  cmake --preset release -DTIDEWATCH_BUILD_TESTS=OFF >/dev/null
  cmake --build --preset release --parallel "$(nproc)"
fi
if [ $start_stack = 1 ]; then
  stack/tidewatch-stack up
  echo "demo: the stack keeps running after the window closes; stop it with: stack/tidewatch-stack down"
fi
args=(--cluster-name demo --bootstrap "$bootstrap")
[ $start_stack = 1 ] && args+=(--event-topic stack)
[ $start_stack = 1 ] && args+=(--broker-metrics 'http://127.0.0.1:{id}9404/metrics' --flink-kafka-link 'tidewatch-orders|tw-flink-orders')
# The whole pipeline of the stack: PostgreSQL's replication slot, Debezium in Kafka Connect, Kafka, Flink.
[ $start_stack = 1 ] && args+=(--postgres 'host=127.0.0.1 port=15432 dbname=shop user=tidewatch'
  --connect http://127.0.0.1:18083 --debezium-metrics http://127.0.0.1:18404/metrics)
[ -n "$flink" ] && args+=(--flink "$flink")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "demo: no display found; starting under xvfb-run (set DISPLAY to use your screen)"
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/app/tidewatch "${args[@]}"
fi
exec build/release/app/tidewatch "${args[@]}"
