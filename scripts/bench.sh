#!/usr/bin/env bash
# Builds the release preset, makes sure the local stack's Kafka runs, and runs the Kafka poll-cycle
# benchmark (tests/bench/bench_kafka_cycle), which prints Markdown tables and deletes what it created.
#   scripts/bench.sh [--no-build] [-- BENCH_ARGS...]     e.g. scripts/bench.sh -- --topics 200 --cycles 5
#   BENCH_ARGS: see build/release/tests/bench/bench_kafka_cycle --help
# A stack that is already up is used as it is (never stopped); otherwise `up --no-flink` starts it.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
bench_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --) shift; bench_args=("$@"); break ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ]; then
  scripts/setup-deps.sh
  cmake --preset release >/dev/null
  cmake --build --preset release --parallel "$(nproc)" --target bench_kafka_cycle
fi

# Only the three Kafka nodes matter here; Flink and the workload may run or not.
running=$(stack/tidewatch-stack status 2>/dev/null | grep -cE '^node[123] +running' || true)
if [ "$running" != 3 ]; then
  echo "bench.sh: Kafka is not fully up ($running of 3 nodes running): starting the stack" >&2
  stack/tidewatch-stack up --no-flink
else
  echo "bench.sh: using the running stack" >&2
fi

echo "bench.sh: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME")" >&2
exec build/release/tests/bench/bench_kafka_cycle "${bench_args[@]}"
