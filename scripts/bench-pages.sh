#!/usr/bin/env bash
# Page latency of a running serve: median and max of 20 requests per page after 5 warm-ups, and the
# answers that were not 200 (a 503 from the read budget comes back fast and is no page).
# Usage: scripts/bench-pages.sh http://127.0.0.1:3030   (pages of the samples store: ./attache demo)
root=${1:?usage: scripts/bench-pages.sh http://HOST:PORT}
for path in "/id/person/vladimir-putin" "/id/state/russia" "/id/article/55a61dfb106a0ff4" "/timeline" "/id/person/vladimir-putin.ttl" "/queries" "/" "/relations" "/search?q=put"; do
  for i in 1 2 3 4 5; do curl -s -o /dev/null -H 'Accept: text/html' "$root$path"; done
  answers=$(for i in $(seq 20); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Accept: text/html' "$root$path"; done | sort -k2 -n)
  bad=$(echo "$answers" | awk '$1 != 200' | wc -l)
  echo "$path median $(echo "$answers" | sed -n 10p | cut -d' ' -f2)s max $(echo "$answers" | tail -1 | cut -d' ' -f2)s$([ "$bad" -gt 0 ] && echo " ($bad answers not 200)")"
done
