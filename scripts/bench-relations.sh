#!/usr/bin/env bash
# Relations view benchmark (issue 15): p50/p99 of the relations page and of its heaviest edge's
# events page, over N requests after WARM (10) warm-ups, on `attache serve` over an existing store.
# Make and load a store of many distinct events first, e.g.:
#   python3 scripts/synthetic-events.py samples.nq 4200 shards 8 300
#   java -Xmx4g -jar target/attache.jar load --store STORE shards
# Usage: scripts/bench-relations.sh STORE [JAR]     (JAR default target/attache.jar)
# Env: N (default 100 timed requests), WARM (default 10 warm-ups), HEAP (default 4g), TIMEOUT (serve --timeout, default 300 s).
set -euo pipefail
STORE=$1
JAR=${2:-target/attache.jar}
N=${N:-100}
WARM=${WARM:-10}
HEAP=${HEAP:-4g}
TIMEOUT=${TIMEOUT:-300}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"

percentiles() { # url: prints p50 p99 (and max) in ms over N requests after 10 warm-ups; fails on any status but 200
  local url=$1
  for i in $(seq "$WARM"); do curl -s -o /dev/null "$url"; done
  for i in $(seq "$N"); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url"; done | sort -k2 -n \
    | awk -v n="$N" '$1 != 200 {bad++} {t[NR]=$2*1000} END {if (bad) {print bad " requests failed"; exit 1}
        p99 = int(n * 0.99); if (p99 < 1) p99 = 1; p50 = int((n + 1) / 2);
        printf "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)", t[p50], t[p99], t[n], n}'
}

port=$((20000 + RANDOM % 10000))
java -Xmx$HEAP -jar "$JAR" serve --store "$STORE" --port $port --timeout "$TIMEOUT" >"/tmp/bench-relations-$port.log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null || true' EXIT
for i in $(seq 180); do curl -s -o /dev/null "http://127.0.0.1:$port/\$/ping" && break; sleep 1; done
base="http://127.0.0.1:$port"
for q in "" "?from=2023-03-15&to=2024-08-10" "?kind=visit&kind=meeting&from=2024-01-01" "?leaders=on"; do
  echo "/relations$q: $(percentiles "$base/relations$q")"
done
# the heaviest edge of the whole network, and of a window
for q in "" "?from=2023-03-15&to=2024-08-10"; do
  href=$(curl -s "$base/relations$q" | grep -o 'href="/relations/events?[^"]*"' | sed -n 1p | sed 's/^href="//; s/"$//; s/&amp;/\&/g')
  echo "$href: $(percentiles "$base$href")"
  echo "$href&offset=1000: $(percentiles "$base$href&offset=1000")"
done
