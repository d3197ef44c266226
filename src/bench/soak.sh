#!/usr/bin/env bash
# Soak: the packaged service, as the quick start runs it (embedded PostgreSQL, persistent, the README's JVM
# options), under a bounded mixed load for SOAK_SECONDS (600 by default): three readers sending ticker, price-page
# and history queries, an editor recording a print every 200 ms, five live subscribers following that series.
# It reports errors (there should be none), p50/p99 of the second and the last minute, the heap left after a full
# collection, threads and database connections before and after, and what each subscriber received.
#
#   bash src/bench/soak.sh
#   SOAK_SECONDS=120 BENCH_SKIP_BUILD=1 bash src/bench/soak.sh
#
# Everything it writes stays under target/bench/soak/ (git-ignored); a trap stops the service when it ends.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

SECONDS_TO_RUN=${SOAK_SECONDS:-600}
PORT=${SOAK_APP_PORT:-18580}
PG_PORT=${SOAK_PG_PORT:-55832}
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
JAVA_OPTS_BENCH=${BENCH_JAVA_OPTS-"-XX:+UseSerialGC -Xmx256m -Xmn160m"}
WORK=target/bench/soak
LOG=$WORK/service.log

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

if [[ $SKIP_BUILD != 1 ]]; then
  log "building the service"
  ./mvnw -B -q package -DskipTests
fi
DRIVER=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
rm -rf "$WORK"
mkdir -p "$WORK"
java src/bench/Soak.java keys "$WORK/keys"

SERVICE_PID=
cleanup() {
  if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# shellcheck disable=SC2086
ASSAY_EMBEDDED_POSTGRES_DATA_DIR=$ROOT/$WORK/pg ASSAY_EMBEDDED_POSTGRES_PORT=$PG_PORT QUARKUS_HTTP_PORT=$PORT \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/$WORK/keys/public.pem ASSAY_RATE_LIMIT_ENABLED=false \
  java $JAVA_OPTS_BENCH -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "localhost:$PORT/q/health/ready" >/dev/null || { log "the service did not become ready"; tail -50 "$LOG"; exit 1; }

old_after_gc_mb() {
  jcmd "$SERVICE_PID" GC.run >/dev/null
  jstat -gc "$SERVICE_PID" | awk 'NR==2 {printf "%.1f", $8/1024}'
}
threads() { awk '/^Threads/ {print $2}' "/proc/$SERVICE_PID/status"; }

# A short warm-up, so that "before" is the service at work rather than just started
curl -s "localhost:$PORT/graphql" -H 'Content-Type: application/json' -d '{"query":"{ ticker { label } }"}' >/dev/null
HEAP_BEFORE=$(old_after_gc_mb)
THREADS_BEFORE=$(threads)
log "soaking for $SECONDS_TO_RUN s: heap after a full GC $HEAP_BEFORE MB, $THREADS_BEFORE threads"
# Every minute of the soak: the heap left after a full collection, and the threads
( for minute in $(seq 1 $(( SECONDS_TO_RUN / 60 ))); do
    sleep 60
    printf '%s\t%s\t%s\n' "$minute" "$(old_after_gc_mb)" "$(threads)" >>"$WORK/minutes.tsv"
  done ) &
SAMPLER=$!
java -cp "$DRIVER" src/bench/Soak.java run "$WORK/keys" "http://localhost:$PORT" \
  "jdbc:postgresql://localhost:$PG_PORT/postgres" "$SECONDS_TO_RUN" | tee "$WORK/summary.tsv"
wait "$SAMPLER" 2>/dev/null || true
if [[ -s $WORK/minutes.tsv ]]; then
  printf 'heap after a full GC, minute by minute\t%s MB\nthreads, minute by minute\t%s\n' \
    "$(cut -f2 "$WORK/minutes.tsv" | paste -sd' ')" "$(cut -f3 "$WORK/minutes.tsv" | paste -sd' ')" | tee -a "$WORK/summary.tsv"
fi
HEAP_AFTER=$(old_after_gc_mb)
THREADS_AFTER=$(threads)
printf 'heap after a full GC\t%s MB before, %s MB after\nthreads\t%s before, %s after\n' \
  "$HEAP_BEFORE" "$HEAP_AFTER" "$THREADS_BEFORE" "$THREADS_AFTER" | tee -a "$WORK/summary.tsv"
printf 'service log\t%s ERROR lines, %s WARN lines\nmachine load average\t%s\n' \
  "$(grep -ac ' ERROR ' "$LOG" || true)" "$(grep -ac ' WARN ' "$LOG" || true)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee -a "$WORK/summary.tsv"
