#!/usr/bin/env bash
# Measures the resident memory of a running Assay, as the Deployment's requests and limits are sized from it.
#
#   deployment/measure-memory.sh PORT COMMAND...
#   deployment/measure-memory.sh 18080 java -XX:+UseSerialGC -Xmx256m -Xmn160m -jar target/quarkus-app/quarkus-run.jar
#   deployment/measure-memory.sh 18080 target/assay-0.1.0-SNAPSHOT-runner -Xmx128m      # native, needs a database
#
# Starts COMMAND with QUARKUS_HTTP_PORT=PORT (a database from QUARKUS_DATASOURCE_* or, for the default jar, the
# embedded one), waits until it is ready, then sends a bounded load from 8 clients on loopback: 300 rounds
# each of the seed ticker, a 500-print history page, an article list and a metrics scrape (9,600 requests).
# Prints the process's resident memory (VmRSS) and its peak (VmHWM) after start and after the load.
set -euo pipefail
PORT=$1
shift
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
W=$ROOT/src/bench/workloads
LOG=$(mktemp)
ASSAY_RATE_LIMIT_BURST=1000000 ASSAY_RATE_LIMIT_PER_MINUTE=1000000 QUARKUS_HTTP_PORT=$PORT "$@" >"$LOG" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done
memory() { grep -E 'VmRSS|VmHWM' /proc/$PID/status | tr -s ' \t' ' ' | tr '\n' ' '; }
echo "after start:           $(memory)"
client() {
  for _ in $(seq 1 300); do
    curl -s -o /dev/null "localhost:$PORT/graphql" -H 'Content-Type: application/json' --data "@$W/ticker.json"
    sed 's/@SLUG@/lithium/' "$W/history-500.json" |
      curl -s -o /dev/null "localhost:$PORT/graphql" -H 'Content-Type: application/json' --data @-
    curl -s -o /dev/null "localhost:$PORT/graphql" -H 'Content-Type: application/json' --data "@$W/articles-20.json"
    curl -s -o /dev/null "localhost:$PORT/q/metrics"
  done
}
for _ in 1 2 3 4 5 6 7 8; do client & done
wait $(jobs -p | grep -v "^$PID$") 2>/dev/null || true
echo "after 9,600 requests:  $(memory)"
