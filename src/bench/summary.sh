#!/usr/bin/env bash
# Puts the runs of several scales side by side: the targets, the answer cache on and off, and the ticker against
# its references, from target/bench/run-<scale>/ as run.sh left them. run.sh calls it after BENCH_SCALE=all.
#
#   bash src/bench/summary.sh seed 1.5m 10m
#
# Writes src/bench/results/<date>-all.md and prints it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

(($#)) || { echo "usage: bash src/bench/summary.sh SCALE..." >&2; exit 2; }
WORK=target/bench
DATE=$(date +%F)
OUT=src/bench/results/$DATE-all.md
for scale in "$@"; do
  [[ -f $WORK/run-$scale/results.tsv && -f $WORK/run-$scale/targets.tsv ]] ||
    { echo "summary: no complete run of $scale in $WORK/run-$scale" >&2; exit 1; }
done

# cell SCALE WORKLOAD SYSTEM COLUMN
cell() { awk -F'\t' -v w="$2" -v s="$3" -v c="$4" '$1==w && $2==s {print $c}' "$WORK/run-$1/results.tsv"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a/b }'; }
header() { # header FIRST_COLUMN: a table row naming the scales, and its rule
  local row="| $1 |" rule="|---|" scale
  for scale in "${SCALES[@]}"; do row="$row $scale |"; rule="$rule---|"; done
  echo "$row"
  echo "$rule"
}
SCALES=("$@")

{
  echo "# Assay benchmark — all scales, $DATE"
  echo
  echo "The runs of one \`BENCH_SCALE=all bash src/bench/run.sh\`, one after another: $(for s in "$@"; do printf '`results/%s-%s.md` ' "$DATE" "$s"; done)— each holds its machine, its quiet check, every row and the profile."
  echo
  echo "## Targets"
  echo
  header target
  cut -f1,2 "$WORK/run-$1/targets.tsv" | while IFS=$'\t' read -r key target; do
    row="| $target |"
    for scale in "$@"; do
      row="$row $(awk -F'\t' -v k="$key" '$1==k {printf "%s (%s)", $3, $4}' "$WORK/run-$scale/targets.tsv") |"
    done
    echo "$row"
  done
  echo
  echo "## The answer cache, on and off"
  echo
  echo "req/s with the cache on / off (on ÷ off), and p99 ms on / off."
  echo
  header workload
  for w in ticker history-500 stats-10y articles-20 company-articles ticker-miss mixed; do
    row="| $w |"
    for scale in "$@"; do
      on=$(cell "$scale" "$w" assay 4); off=$(cell "$scale" "$w" assay-uncached 4)
      if [[ -z $on && -z $off ]]; then row="$row — |"; continue; fi
      row="$row ${on:-n/a} / ${off:-n/a} ($(ratio "$on" "$off")×); p99 $(cell "$scale" "$w" assay 6) / $(cell "$scale" "$w" assay-uncached 6) |"
    done
    echo "$row"
  done
  echo
  echo "## The ticker against its references"
  echo
  echo "req/s · p99 ms · server CPU ms a request."
  echo
  header system
  for pair in "ticker assay|Assay, cache on" "mixed assay|Assay, cache on, a write a second" "ticker-miss assay|Assay, cache on, every request new" \
      "ticker assay-uncached|Assay, cache off" "ticker nginx|nginx, the ticker's bytes as a file (ceiling)" \
      "ticker postgraphile|PostGraphile, latest 12 prints" "ticker-latest12 pgbench|pgbench, the latest-12 statement" \
      "ticker-service pgbench|pgbench, the service's 3 statements"; do
    key=${pair%%|*} label=${pair#*|}
    row="| $label |"
    for scale in "$@"; do
      w=${key% *} s=${key#* }
      row="$row $(cell "$scale" "$w" "$s" 4) · $(cell "$scale" "$w" "$s" 6) · $(cell "$scale" "$w" "$s" 10) |"
    done
    echo "$row"
  done
} >"$OUT"
echo "summary written to $OUT" >&2
cat "$OUT"
