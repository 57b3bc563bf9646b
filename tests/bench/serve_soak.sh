#!/usr/bin/env bash
# CPU and resident memory of `tidewatch serve` over a run on the local stack, with a real Prometheus
# scraping it every 5 s (its own CPU and memory, from /proc too, are the peer measured in the same run).
#   tests/bench/serve_soak.sh [SECONDS=600] [TIDEWATCH=build/release/app/tidewatch]
# CPU: utime+stime from /proc/PID/stat (clock ticks) after a 30 s warm-up and at the end, divided by
# the wall time between them. Memory: VmRSS from /proc/PID/status every 10 s (first, max, last).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
bin=${2:-build/release/app/tidewatch}
dir=$(mktemp -d)
finish() {
  kill $serve $prom 2>/dev/null || true
  wait 2>/dev/null || true
  # an ASan build reports leaks at exit; say so instead of losing it with the log
  grep -A3 'LeakSanitizer' "$dir/serve.log" || true
  rm -rf "$dir"
}
trap finish EXIT

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
tport=$(port); pport=$(port)
printf '[stack]\nbootstrap=127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092\nflink=http://127.0.0.1:18081\n' \
  > "$dir/profiles.ini"
cat > "$dir/prometheus.yml" <<YML
global: {scrape_interval: 5s, evaluation_interval: 5s}
scrape_configs:
  - job_name: tidewatch
    static_configs: [{targets: ['127.0.0.1:$tport']}]
YML
"$bin" serve --profiles-file "$dir/profiles.ini" --listen "127.0.0.1:$tport" 2> "$dir/serve.log" &
serve=$!
prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/tsdb" \
  --web.listen-address="127.0.0.1:$pport" > "$dir/prom.log" 2>&1 &
prom=$!

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
hz=$(getconf CLK_TCK)
sleep 30
t0=$(date +%s.%N); s0=$(ticks $serve); p0=$(ticks $prom)
sfirst=$(rss $serve); pfirst=$(rss $prom); smax=$sfirst; pmax=$pfirst
end=$(( $(date +%s) + seconds ))
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 10
  s=$(rss $serve); p=$(rss $prom)
  [ "$s" -gt "$smax" ] && smax=$s
  [ "$p" -gt "$pmax" ] && pmax=$p
done
t1=$(date +%s.%N); s1=$(ticks $serve); p1=$(ticks $prom)
slast=$(rss $serve); plast=$(rss $prom)
promq() { curl -s "http://127.0.0.1:$pport/api/v1/query" --data-urlencode "query=$1" | grep -o '"value":\[[^]]*\]' | cut -d'"' -f4; }
scrapes=$(promq "count_over_time(up{job=\"tidewatch\"}[${seconds}s])")
good=$(promq "sum_over_time(up{job=\"tidewatch\"}[${seconds}s])")
series=$(curl -s "http://127.0.0.1:$tport/metrics" | grep -vc '^#')
wall=$(echo "$t1 - $t0" | bc)
row() { # name ticks0 ticks1 first max last
  printf '| %s | %.2f %% | %.1f | %.1f | %.1f |\n' "$1" "$(echo "($3 - $2) * 100 / $hz / $wall" | bc -l)" \
    "$(echo "$4/1024" | bc -l)" "$(echo "$5/1024" | bc -l)" "$(echo "$6/1024" | bc -l)"
}
echo "measured over $(printf %.0f "$wall") s after a 30 s warm-up; $series series per scrape; Prometheus: $good of $scrapes scrapes up"
echo
echo '| process | CPU (of one core) | RSS first MiB | RSS max MiB | RSS last MiB |'
echo '| --- | ---: | ---: | ---: | ---: |'
row "tidewatch serve" "$s0" "$s1" "$sfirst" "$smax" "$slast"
row "peer: prometheus 2.42 scraping it every 5 s" "$p0" "$p1" "$pfirst" "$pmax" "$plast"
