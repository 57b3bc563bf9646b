#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite, the real stack included.
#   scripts/test.sh [--preset asan|dev|release|tsan] [--no-stack] [--external-stack] [-- CTEST_ARGS...]
#   --no-stack        skip the integration tests (no Kafka, no Flink)
#   --external-stack  run the integration tests against a stack that is already up (stack/tidewatch-stack up)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=asan
stack_tests=ON
external=OFF
ctest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) preset="$2"; shift 2 ;;
    --no-stack) stack_tests=OFF; shift ;;
    --external-stack) external=ON; shift ;;
    --) shift; ctest_args=("$@"); break ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

scripts/setup-deps.sh
# Everything the tests use was just installed: tests of those tools fail rather than skip when one is
# missing (they look at CI).
export CI="${CI:-1}"
cmake --preset "$preset" -DTIDEWATCH_STACK_TESTS="$stack_tests" -DTIDEWATCH_EXTERNAL_STACK="$external" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)"
ctest --preset "$preset" "${ctest_args[@]}"
