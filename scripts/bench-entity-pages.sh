#!/usr/bin/env bash
# Entity pages before and after a change, side by side on one store: each attache.jar given serves the
# store in turn (ROUNDS times, alternating), and the pages of Min Aung Hlaing and Russia are timed,
# p50/p99 over 100 requests after 10 warm-ups, with the answers that were not 200.
# Usage: scripts/bench-entity-pages.sh STORE JAR...   (STORE: e.g. the 10 M-quad store of bench-scale.sh)
# Env: ROUNDS (default 2), HEAP (default 4g).
set -euo pipefail
store=${1:?usage: scripts/bench-entity-pages.sh STORE JAR...}; shift
[ $# -gt 0 ] || { echo "usage: scripts/bench-entity-pages.sh STORE JAR..."; exit 2; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "${ROUNDS:-2}"); do
  for jar in "$@"; do
    port=$((20000 + RANDOM % 10000))
    java -Xmx${HEAP:-4g} -jar "$jar" serve --store "$store" --port $port >/dev/null 2>&1 &
    pid=$!
    for i in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:$port/\$/ping" && break; sleep 1; done
    for page in /id/person/min-aung-hlaing /id/state/russia; do
      url="http://127.0.0.1:$port$page"
      for i in $(seq 10); do curl -s -o /dev/null -H "Accept: text/html" "$url"; done
      result=$(for i in $(seq 100); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Accept: text/html" "$url"; done | sort -k2 -n \
        | awk '{t[NR]=$2*1000; if ($1 != 200) bad++} END {printf "p50 %.1f ms, p99 %.1f ms, %d not 200", t[50], t[99], bad}')
      echo "round $round $jar $page $result"
    done
    kill $pid; wait $pid 2>/dev/null || true
  done
done
