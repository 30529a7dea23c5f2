#!/usr/bin/env bash
# Learning curve of the candidate scorer: train on 25 %, 50 % and 100 % of the training articles
# (dev, breadth, news/tune; a seeded draw within each set), score each model on a held-out set
# (default: the blind half of news), beside the rules alone. Needs target/attache.jar and ../shared.
# usage: scripts/learning-curve.sh [EVAL_SET] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir=${1:-src/test/resources/news/blind}
seed=${2:-1}
out=target/learning-curve
mkdir -p "$out"
printf 'threshold\t2\n' > "$out/rules-only.tsv"
score() {
  java -jar target/attache.jar evaluate --threads 2 --model "$1" --aliases ../shared/eval/aliases.tsv "$set_dir" > "$out/$2.txt" 2>&1
  printf '%-10s %s\n' "$2" "$(tail -1 "$out/$2.txt")"
}
score "$out/rules-only.tsv" rules-only
for fraction in 0.25 0.5 1; do
  java -jar target/attache.jar train --fraction "$fraction" --seed "$seed" --out "$out/model-$fraction.tsv" > "$out/train-$fraction.log" 2>/dev/null
  score "$out/model-$fraction.tsv" "$fraction"
done
