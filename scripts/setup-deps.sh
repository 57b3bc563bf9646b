#!/usr/bin/env bash
# Installs every Debian package Tidewatch needs to build, test and run its local stack.
# Idempotent and fast when everything is there: apt is only touched for what is missing.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config clang-format
  # the linker (cmake/TidewatchTargets.cmake): links the ~150 sanitizer-instrumented executables in a
  # sixth of ld.bfd's time
  mold
  # the libFuzzer targets of tests/fuzz (the fuzz preset): clang and its fuzzer/sanitizer runtimes
  clang-14 libclang-rt-14-dev
  # Qt 6 (qt6-tools-dev carries the CMake config of LinguistTools)
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  # Qt Charts (TimeSeriesChart's QtCharts engine); its CMake package needs Qt6OpenGL's, which Debian's
  # qt6-charts-dev does not pull in
  qt6-charts-dev libqt6opengl6-dev
  libqt6sql6-sqlite qtkeychain-qt6-dev
  # Kafka client, JSON, Prometheus client
  librdkafka-dev nlohmann-json3-dev prometheus-cpp-dev
  # RE2 (PromQL regex matchers, as Prometheus), yaml-cpp (Prometheus rule files with line numbers)
  libre2-dev libyaml-cpp-dev
  # libpq (replication slots of the Pipelines page); the PostgreSQL server its tests start themselves
  libpq-dev postgresql-15
  # the real peers the tests compare against
  prometheus prometheus-alertmanager kcat
  # the exporter's TLS tests make their self-signed certificates with it
  openssl
  # tst_snapshot_schema validates real snapshots against docs/snapshot.schema.json with it
  python3-jsonschema
  # the Java stack (Kafka brokers and tools, Flink) is fetched from Maven Central by Maven
  openjdk-17-jdk-headless maven curl
  # the Connect commands' JSON (the stack's shop database, which Debezium captures, runs on
  # postgresql-15 above; the postgresql metapackage would only pull that in again)
  jq
  # headless GUI runs (xvfb-run needs xauth) and a font for offscreen renders and screenshots
  xvfb xauth fonts-dejavu-core
  # the packages (the package preset, docs/PACKAGING.md): CPack's shlibdeps (dpkg-dev, file), the icons'
  # PNGs (librsvg2-bin), the man page (help2man); tst_package's checks of what they install
  dpkg-dev file librsvg2-bin help2man desktop-file-utils appstream lintian
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup-deps: run as root or install sudo" >&2; exit 1; }
  SUDO="sudo"
fi
echo "setup-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
