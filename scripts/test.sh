#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite, the real stack included.
#   scripts/test.sh [--preset asan|dev|release|tsan] [--no-stack] [--external-stack] [--no-fuzz] [-- CTEST_ARGS...]
#   --no-stack        skip the integration tests (no Kafka, no Flink)
#   --external-stack  run the integration tests against a stack that is already up (stack/tidewatch-stack up)
#   --no-fuzz         skip the fuzz targets (tests/fuzz: a separate clang build, each run for a bounded time)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=asan
stack_tests=ON
external=OFF
fuzz=ON
ctest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) preset="$2"; shift 2 ;;
    --no-stack) stack_tests=OFF; shift ;;
    --external-stack) external=ON; shift ;;
    --no-fuzz) fuzz=OFF; shift ;;
    --) shift; ctest_args=("$@"); break ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

# How long each step took, printed at the end (CI shows the tail of the output): the suite's budget is
# watched step by step.
phases=()
phase_start=$SECONDS
phase() { phases+=("$(printf '%-28s %5d s' "$1" $((SECONDS - phase_start)))"); phase_start=$SECONDS; }
report() { echo "test.sh: time per step (total ${SECONDS} s)"; printf '  %s\n' "${phases[@]}"; }
trap report EXIT

scripts/setup-deps.sh
phase "setup-deps"
# Everything the tests use was just installed: tests of those tools fail rather than skip when one is
# missing (they look at CI).
export CI="${CI:-1}"
cmake --preset "$preset" -DTIDEWATCH_STACK_TESTS="$stack_tests" -DTIDEWATCH_EXTERNAL_STACK="$external" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)"
phase "build ($preset)"
# The release build of tidewatch alone (no tests, no benchmarks) that tst_package packs with CPack
# (docs/PACKAGING.md); built here with every core rather than inside the test.
if [ "$stack_tests" = ON ]; then
  cmake --preset package >/dev/null
  cmake --build --preset package --parallel "$(nproc)"
  phase "build (package)"
fi
ctest_rc=0
ctest --preset "$preset" "${ctest_args[@]}" || ctest_rc=$?
phase "ctest ($preset)"
[ "$ctest_rc" -eq 0 ] || exit "$ctest_rc"

# The libFuzzer targets (docs/RELIABILITY.md, "Fuzzing"): the parsers of outside data built again with
# clang, ASan and UBSan in build/fuzz; ctest runs the committed corpus, then fuzzes each target for a
# bounded time (TIDEWATCH_FUZZ_SECONDS). A missing clang fails the run: setup-deps.sh installs it.
if [ "$fuzz" = ON ]; then
  command -v clang++-14 >/dev/null || { echo "test.sh: clang++-14 is missing (scripts/setup-deps.sh installs clang-14)" >&2; exit 1; }
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz --parallel "$(nproc)"
  phase "build (fuzz)"
  ctest --preset fuzz --parallel "$(nproc)"
  phase "ctest (fuzz)"
fi
