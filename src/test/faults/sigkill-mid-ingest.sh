#!/usr/bin/env bash
# Fault run on the packaged service, as the quick start runs it (embedded PostgreSQL, persistent): a feed file
# of FAULT_PRINTS prints (2 M) is dropped into the inbox, the service is killed with SIGKILL while it imports,
# and the script checks that no PostgreSQL is left running, that after a restart not one print of the file is
# stored, and that the restarted service imports the whole file on its own.
#
#   bash src/test/faults/sigkill-mid-ingest.sh
#   FAULT_SKIP_BUILD=1 FAULT_PRINTS=1000000 bash src/test/faults/sigkill-mid-ingest.sh
#
# Everything it writes stays under target/faults/ (git-ignored).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"

PRINTS=${FAULT_PRINTS:-2000000}
SERIES=${FAULT_SERIES:-50}
PORT=${FAULT_APP_PORT:-18680}
PG_PORT=${FAULT_PG_PORT:-55932}
SKIP_BUILD=${FAULT_SKIP_BUILD:-0}
WORK=target/faults
JDBC="jdbc:postgresql://localhost:$PG_PORT/postgres"

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

if [[ $SKIP_BUILD != 1 ]]; then
  ./mvnw -B -q package -DskipTests
fi
DRIVER=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
rm -rf "$WORK"
mkdir -p "$WORK/inbox"

SERVICE_PID=
cleanup() {
  if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

start() {
  ASSAY_EMBEDDED_POSTGRES_DATA_DIR=$ROOT/$WORK/pg ASSAY_EMBEDDED_POSTGRES_PORT=$PG_PORT QUARKUS_HTTP_PORT=$PORT \
    ASSAY_INGEST_INBOX=$ROOT/$WORK/inbox ASSAY_INGEST_INTERVAL=2s ASSAY_INGEST_SETTLE=0s \
    java -XX:+UseSerialGC -Xmx256m -jar target/quarkus-app/quarkus-run.jar >>"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && return
    sleep 0.5
  done
  fail "the service did not become ready"
}

start
java -cp "$DRIVER" src/bench/IngestBench.java catalogue "$JDBC" "$SERIES" >&2
java src/bench/IngestBench.java csv "$WORK/prints.csv" "$PRINTS" "$SERIES"
mv "$WORK/prints.csv" "$WORK/inbox/prints.csv"
log "dropped $PRINTS prints; waiting for the import to be under way"
for _ in $(seq 1 120); do
  [[ $(java -cp "$DRIVER" src/bench/IngestBench.java importing "$JDBC") == true ]] && break
  sleep 0.2
done
sleep 2
[[ -e $WORK/inbox/processed/prints.csv ]] && fail "the import finished before the kill: raise FAULT_PRINTS"
SERVER=$(head -1 "$WORK/pg/postmaster.pid")
log "kill -9 of the service (pid $SERVICE_PID) mid-import; its PostgreSQL is pid $SERVER"
kill -9 "$SERVICE_PID"
wait "$SERVICE_PID" 2>/dev/null || true
SERVICE_PID=
for _ in $(seq 1 20); do
  kill -0 "$SERVER" 2>/dev/null || break
  sleep 0.5
done
kill -0 "$SERVER" 2>/dev/null && fail "PostgreSQL (pid $SERVER) outlived the service by 10 s"
log "no orphan: PostgreSQL stopped with the service"
[[ -e $WORK/inbox/prints.csv ]] || fail "the file left the inbox"

start
STORED=$(java -cp "$DRIVER" src/bench/IngestBench.java count "$JDBC")
log "restarted: $STORED prints of the file stored before the first tick"
[[ $STORED == 0 ]] || fail "partial rows: $STORED"
for _ in $(seq 1 600); do
  [[ -e $WORK/inbox/processed/prints.csv ]] && break
  [[ -e $WORK/inbox/failed/prints.csv ]] && fail "the file failed: $(cat "$WORK/inbox/failed/prints.csv.error")"
  sleep 1
done
STORED=$(java -cp "$DRIVER" src/bench/IngestBench.java count "$JDBC")
[[ $STORED == "$PRINTS" ]] || fail "after the next tick $STORED prints of $PRINTS"
log "the next tick imported the whole file: $STORED prints"
echo "faults: kill -9 mid-import left no orphan and no partial row; the restart imported all $PRINTS prints"
