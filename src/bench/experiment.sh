#!/usr/bin/env bash
# Measures a proposed change to the service without touching src/main: builds a copy of the committed
# service with src/bench/experiments/NAME.patch applied (in target/bench/exp/NAME) and runs the Assay
# workloads on it with run.sh, labelled NAME. Several names apply their patches together.
#
#   BENCH_SCALE=1.5m bash src/bench/experiment.sh sparse-recent-tail
#   BENCH_SCALE=1.5m bash src/bench/experiment.sh document-level-instrumentation sparse-recent-tail
#
# The result lands in src/bench/results/<date>-<scale>-<names>.md; compare its Assay rows with those of
# `bash src/bench/experiment.sh baseline` (the committed service, built and run the same way, ideally right
# before or after). Every other knob of run.sh applies.
set -euo pipefail

# The whole script is one function, so that bash has read all of it before it starts.
main() {
  local root label dir name
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  cd "$root"
  (($#)) || { echo "usage: bash src/bench/experiment.sh PATCH_NAME..." >&2; exit 2; }
  label=$(IFS=,; echo "$*") # not "+": Quarkus reads its jar path URL-decoded
  dir=target/bench/exp/$label
  rm -rf "$dir"
  mkdir -p "$dir"
  git archive HEAD src/main pom.xml mvnw .mvn | tar -x -C "$dir"
  for name in "$@"; do # "baseline" applies nothing: the committed service, built and measured the same way
    [[ $name == baseline ]] || git apply --directory="$dir" -p1 "src/bench/experiments/$name.patch"
  done
  (cd "$dir" && ./mvnw -B -q package -DskipTests)
  # The patched jar is the service under test; run.sh builds only what is missing (the empty app).
  BENCH_SERVICE_JAR=$dir/target/quarkus-app/quarkus-run.jar BENCH_LABEL=$label BENCH_SKIP_BUILD=${BENCH_SKIP_BUILD:-1} \
    BENCH_SYSTEMS=${BENCH_SYSTEMS:-assay} BENCH_STARTUP_RUNS=${BENCH_STARTUP_RUNS:-0} \
    bash src/bench/run.sh
}

main "$@"; exit $?
