#!/usr/bin/env bash
# Scale benchmark (issue 12): synthetic stores of about 1 M and 10 M quads made from the samples'
# graphs (scripts/synthetic-shards.py), loaded by `attache load` and by Jena's tdb2.tdbloader (the
# same Jena, from target/lib) side by side, ROUNDS times each, alternating; then selective queries
# and pages, p50/p99 over 100 requests, on `attache serve` and on bare Fuseki over the same store.
# Usage: scripts/bench-scale.sh [COPIES ...]     (default: 470 4700, about 1 M and 10 M quads)
# Env: ROUNDS (default 2; 0 times only the queries on the stores a run before left), HEAP (default 4g),
# BENCH_DIR (default target/bench-scale). Bare Fuseki is jena-fuseki-server of the same Jena, from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
W=${BENCH_DIR:-target/bench-scale}
ROUNDS=${ROUNDS:-2}
HEAP=${HEAP:-4g}
COPIES=("$@")
[ ${#COPIES[@]} -eq 0 ] && COPIES=(470 4700)
mkdir -p "$W"
[ -f target/attache.jar ] || mvn -B -q package -DskipTests
CP="target/lib/*"
JENA=$(ls target/lib/jena-arq-*.jar | sed 's/.*jena-arq-\(.*\)\.jar/\1/')
[ -f "$W/jena-fuseki-server-$JENA.jar" ] || mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:$JENA -DoutputDirectory="$W"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"

rm -rf "$W/samples-store"
java -jar target/attache.jar ingest --store "$W/samples-store" samples/ 2>/dev/null | tail -1
java -jar target/attache.jar export --store "$W/samples-store" --format nquads --out "$W/samples.nq" >/dev/null 2>&1

timed() { # label, command...: prints label, wall seconds, peak RSS MB
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$W/time.txt" "$@" >"$W/out.txt" 2>&1 || { cat "$W/out.txt"; exit 1; }
  read -r wall rss <"$W/time.txt"
  echo "$label $wall $((rss / 1024))"
}

percentiles() { # url-encoded query or page url, accept header: prints p50 p99 in ms over 100 requests after 10 warm-ups,
  # and how many answers were not 200 (a 503 from the read budget is fast, and is no page)
  local url=$1 accept=$2
  for i in $(seq 10); do curl -s -o /dev/null -H "Accept: $accept" "$url"; done
  for i in $(seq 100); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Accept: $accept" "$url"; done | sort -k2 -n \
    | awk '{t[NR]=$2*1000; if ($1 != 200) bad[$1]++} END {printf "p50 %.1f ms, p99 %.1f ms", t[50], t[99];
           for (c in bad) printf " (%d answers %s, not 200)", bad[c], c}'
}

wait_for() { for i in $(seq 120); do curl -s -o /dev/null "$1" && return 0; sleep 1; done; echo "no server at $1"; exit 1; }

VISITS='PREFIX att: <https://w3id.org/attache/ontology#> SELECT ?v ?date ?dest WHERE { ?v a att:Visit ; att:visitor <https://w3id.org/attache/id/person/min-aung-hlaing> ; att:destination ?dest . OPTIONAL { ?v att:date ?date } } LIMIT 100'
# A fact's date is an xsd:date, xsd:gYearMonth or xsd:gYear as the text gave it; they do not compare with
# each other as values, so a year is chosen by the date's lexical form (an xsd:date range matched no row).
AGREEMENTS='PREFIX att: <https://w3id.org/attache/ontology#> SELECT ?c ?other ?date WHERE { ?c a att:Cooperation ; att:party <https://w3id.org/attache/id/state/russia> ; att:counterparty ?other ; att:date ?date . FILTER (STR(?date) >= "2025" && STR(?date) < "2026") } LIMIT 100'
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }

for copies in "${COPIES[@]}"; do
  shards="$W/shards-$copies"
  [ -d "$shards" ] || python3 scripts/synthetic-shards.py "$W/samples.nq" "$copies" "$shards"
  quads=$(zcat "$shards"/*.nq.gz | wc -l)
  echo "== $copies copies of the 5 samples: $quads quads in $(ls "$shards" | wc -l) shards"
  for round in $(seq 1 "$ROUNDS"); do
    rm -rf "$W/ref-store"
    r=$(timed tdbloader java -Xmx$HEAP -cp "$CP" tdb2.tdbloader --loc "$W/ref-store" "$shards"/*.nq.gz)
    rm -rf "$W/att-store"
    a=$(timed attache-load java -Xmx$HEAP -jar target/attache.jar load --store "$W/att-store" "$shards")
    steps=$(grep -E '^  ' "$W/out.txt" | awk '{printf "%s%s %s s", (NR>1?"; ":""), substr($0, 3, 26), $(NF-1)}' | tr -s ' ')
    read -r _ rw rm <<<"$r"; read -r _ aw am <<<"$a"
    echo "round $round: tdb2.tdbloader ${rw} s ($(awk -v q=$quads -v t=$rw 'BEGIN{printf "%.0f", q/t}') quads/s, ${rm} MB)" \
      "| attache load ${aw} s ($(awk -v q=$quads -v t=$aw 'BEGIN{printf "%.0f", q/t}') quads/s, ${am} MB; $steps)" \
      "| ratio $(awk -v r=$rw -v a=$aw 'BEGIN{printf "%.2f", r/a}')x"
  done

  port=$((20000 + RANDOM % 10000))
  java -Xmx$HEAP -jar target/attache.jar serve --store "$W/att-store" --port $port >"$W/serve.log" 2>&1 &
  serve=$!
  wait_for "http://127.0.0.1:$port/\$/ping"
  echo "attache serve: visits of one actor $(percentiles "http://127.0.0.1:$port/attache/sparql?query=$(enc "$VISITS")" text/csv);" \
    "one state's agreements in a year $(percentiles "http://127.0.0.1:$port/attache/sparql?query=$(enc "$AGREEMENTS")" text/csv)"
  for page in /id/person/min-aung-hlaing /id/state/russia /timeline; do
    echo "attache page $page $(percentiles "http://127.0.0.1:$port$page" text/html)"
  done
  kill $serve; wait $serve 2>/dev/null || true

  FUSEKI_BASE="$W/fuseki-run" java -Xmx$HEAP -jar "$W/jena-fuseki-server-$JENA.jar" --port=$port --tdb2 --loc="$W/att-store" \
    --set tdb:unionDefaultGraph=true /attache >"$W/fuseki.log" 2>&1 &
  fuseki=$!
  wait_for "http://127.0.0.1:$port/\$/ping"
  echo "bare Fuseki:   visits of one actor $(percentiles "http://127.0.0.1:$port/attache/sparql?query=$(enc "$VISITS")" text/csv);" \
    "one state's agreements in a year $(percentiles "http://127.0.0.1:$port/attache/sparql?query=$(enc "$AGREEMENTS")" text/csv)"
  kill $fuseki; wait $fuseki 2>/dev/null || true
done
