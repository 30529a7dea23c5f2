#!/usr/bin/env bash
# Throughput of the Spark extraction job in local[2] against `attache ingest --threads 2`, on the
# same articles: the dev, breadth, news/tune and events sets (115 articles), alternating runs,
# each into a fresh store or output directory. Prints articles per second for the whole run
# (model load and JVM start included), per run, then the medians. The job runs twice per round:
# with one CoreNLP pipeline per executor (the default) and with two (--pipelines-per-executor 2).
# Needs target/attache.jar and target/lib (mvn -B -DskipTests package), ../shared, and
# spark-submit (SPARK_SUBMIT names another, e.g. a wrapper). Ingest and the driver get -Xmx4g.
# usage: scripts/bench-spark.sh [RUNS]
set -euo pipefail
runs=${1:-2}
submit=${SPARK_SUBMIT:-spark-submit}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
inputs=(../shared/eval/dev/articles src/test/resources/breadth/articles src/test/resources/news/tune/articles src/test/resources/events/articles)
n=$(find "${inputs[@]}" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.json' -o -name '*.jsonl' \) ! -iname 'readme.*' | wc -l)
jars=$(ls target/lib/*.jar | grep -v -e '/slf4j-' -e '/jcl-over-slf4j-' | paste -sd, -)
one() { # label command…
  local label=$1; shift
  rm -rf "$work/out"
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/log" 2>&1 || { tail -20 "$work/log"; exit 1; }
  end=$(date +%s.%N)
  local rate
  rate=$(echo "$n / ($end - $start)" | bc -l)
  printf '%s\t%.2f articles/s (%.1f s)\n' "$label" "$rate" "$(echo "$end - $start" | bc -l)"
  echo "$rate" >> "$work/$label.rates"
}
for r in $(seq 1 "$runs"); do
  one ingest java -Xmx4g -jar target/attache.jar ingest --threads 2 --store "$work/out" "${inputs[@]}"
  one spark-1 "$submit" --master 'local[2]' --driver-memory 4g --jars "$jars" target/attache.jar \
      spark-extract --input "${inputs[@]}" --output "$work/out" --partitions 2
  one spark-2 "$submit" --master 'local[2]' --driver-memory 4g --jars "$jars" target/attache.jar \
      spark-extract --input "${inputs[@]}" --output "$work/out" --partitions 2 --pipelines-per-executor 2
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf 'median articles/s (%d articles, %d runs each): ingest --threads 2 %.2f; spark local[2], 1 pipeline %.2f; 2 pipelines %.2f\n' \
  "$n" "$runs" "$(median "$work/ingest.rates")" "$(median "$work/spark-1.rates")" "$(median "$work/spark-2.rates")"
