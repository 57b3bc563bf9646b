#!/usr/bin/env bash
# Renders the documentation's screenshots from the local stack with `tidewatch render`:
# every page at 1600x900 and 1280x720 and the wall display at 1920x1080, in the light and the dark theme.
#   scripts/screenshots.sh [--state normal|trouble] [--out DIR] [--binary PATH]
# --state trouble stops broker 2 and turns the stack's slow sink on first (and restores both at the end),
# so the pages show a broker outage and a back-pressured Flink job. The stack must be up
# (stack/tidewatch-stack up). Files: DIR/<state>/<page>-<W>x<H>-<theme>.png and DIR/<state>/wall-*.png.
set -euo pipefail
cd "$(dirname "$0")/.."

state=normal
out=docs/screenshots/pages
binary=build/asan/app/tidewatch
while [ $# -gt 0 ]; do
  case "$1" in
    --state) state="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "screenshots.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
case "$state" in normal|trouble) ;; *) echo "screenshots.sh: --state normal or trouble" >&2; exit 2 ;; esac
[ -x "$binary" ] || { echo "screenshots.sh: no $binary (build first, or give --binary)" >&2; exit 2; }

stack_ctl=${TIDEWATCH_STACK_CTL:-stack/tidewatch-stack} # another checkout's stack: its tidewatch-stack
"$stack_ctl" status >/dev/null
dir="$out/$state"
mkdir -p "$dir"
# A fresh settings folder: the pictures show the defaults, not this machine's settings.
config=$(mktemp -d)
restore() {
  rm -rf "$config"
  if [ "$state" = trouble ]; then
    "$stack_ctl" slow-sink off || true
    "$stack_ctl" broker start 2 || true
  fi
}
trap restore EXIT

if [ "$state" = trouble ]; then
  "$stack_ctl" broker stop 2
  "$stack_ctl" slow-sink on
  echo "screenshots: waiting 60 s for the outage and the back pressure to show"
  sleep 60
fi

args=(--cluster-name demo --bootstrap 127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092
  --flink http://127.0.0.1:18081 --broker-metrics 'http://127.0.0.1:{id}9404/metrics'
  --flink-kafka-link 'tidewatch-orders|tw-flink-orders' --event-topic stack
  --postgres 'host=127.0.0.1 port=15432 dbname=shop user=tidewatch'
  --connect http://127.0.0.1:18083 --debezium-metrics http://127.0.0.1:18404/metrics
  --warmup 20 --wait 60)
for theme in light dark; do
  XDG_CONFIG_HOME="$config" QT_QPA_PLATFORM=offscreen "$binary" render --page all --size 1600x900,1280x720 \
    --theme "$theme" --out "$dir" "${args[@]}"
  XDG_CONFIG_HOME="$config" QT_QPA_PLATFORM=offscreen "$binary" render --wall --page overview \
    --size 1920x1080 --theme "$theme" --out "$dir/wall-1920x1080-$theme.png" "${args[@]}"
done
ls "$dir" | wc -l | xargs echo "screenshots: files in $dir:"
