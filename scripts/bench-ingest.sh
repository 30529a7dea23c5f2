#!/usr/bin/env bash
# Ingest throughput of two attache jars side by side, on the same corpus, alternating runs:
# dev's eight articles copied COPIES times under new urls (default 50: 400 articles), each run
# into a fresh store with --threads 2 and -Xmx3g. Prints articles per second for the whole run
# (model load included), per run, then the medians. Needs ../shared/eval/dev.
# usage: scripts/bench-ingest.sh BASELINE.jar CANDIDATE.jar [RUNS] [COPIES]
set -euo pipefail
base=$1; cand=$2; runs=${3:-3}; copies=${4:-50}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
for i in $(seq 1 "$copies"); do
  for f in ../shared/eval/dev/articles/*.txt; do
    name=$(basename "$f" .txt)
    sed "s#^url: \(.*\)#url: \1-copy$i#" "$f" > "$work/corpus/$name-$i.txt"
  done
done
n=$(ls "$work/corpus" | wc -l)
one() { # jar label
  rm -rf "$work/store"
  local start end
  start=$(date +%s.%N)
  java -Xmx3g -jar "$1" ingest --threads 2 --store "$work/store" "$work/corpus" 2> "$work/log" > /dev/null
  end=$(date +%s.%N)
  local whole
  whole=$(echo "$n / ($end - $start)" | bc -l)
  printf '%s\t%.2f articles/s whole run (%.1f s)\n' "$2" "$whole" "$(echo "$end - $start" | bc -l)"
  echo "$whole" >> "$work/$2.rates"
}
for r in $(seq 1 "$runs"); do
  one "$base" baseline
  one "$cand" candidate
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'median articles/s (%d articles, %d runs each): baseline %.2f, candidate %.2f\n' "$n" "$runs" \
  "$(median "$work/baseline.rates")" "$(median "$work/candidate.rates")"
