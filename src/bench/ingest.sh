#!/usr/bin/env bash
# Ingest benchmark: one CSV feed file of INGEST_PRINTS prints (10 M by default) dropped into the inbox of the
# packaged service, running on its embedded PostgreSQL in the quick start's persistent, durable mode (fsync on)
# with the README's JVM options. It reports prints per second and samples the service's heap (after a young
# collection, the used old generation) and resident memory while the file imports.
#
#   bash src/bench/ingest.sh
#   INGEST_PRINTS=1000000 BENCH_SKIP_BUILD=1 bash src/bench/ingest.sh
#
# Everything it writes stays under target/bench/ingest/ (git-ignored); a trap stops the service when it ends.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

PRINTS=${INGEST_PRINTS:-10000000}
SERIES=${INGEST_SERIES:-250}
PORT=${INGEST_APP_PORT:-18180}
PG_PORT=${INGEST_PG_PORT:-55532}
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
JAVA_OPTS_BENCH=${BENCH_JAVA_OPTS-"-XX:+UseSerialGC -Xmx256m -Xmn160m"}
WORK=target/bench/ingest
LOG=$WORK/service.log

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

if [[ $SKIP_BUILD != 1 ]]; then
  log "building the service"
  ./mvnw -B -q package -DskipTests
fi
DRIVER=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)

rm -rf "$WORK"
mkdir -p "$WORK/inbox"
log "generating $PRINTS prints over $SERIES series"
java src/bench/IngestBench.java csv "$WORK/prints.csv" "$PRINTS" "$SERIES"
log "file: $(du -h "$WORK/prints.csv" | cut -f1)"

SERVICE_PID=
cleanup() {
  if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

log "starting the service (embedded PostgreSQL, persistent data in $WORK/pg)"
# shellcheck disable=SC2086
ASSAY_EMBEDDED_POSTGRES_DATA_DIR=$ROOT/$WORK/pg ASSAY_EMBEDDED_POSTGRES_PORT=$PG_PORT QUARKUS_HTTP_PORT=$PORT \
  ASSAY_INGEST_INBOX=$ROOT/$WORK/inbox ASSAY_INGEST_INTERVAL=1s ASSAY_INGEST_SETTLE=0s \
  QUARKUS_LOG_CATEGORY__DEV_ASSAY_PRICE__LEVEL=DEBUG \
  java $JAVA_OPTS_BENCH -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "localhost:$PORT/q/health/ready" >/dev/null || { log "the service did not become ready"; tail -50 "$LOG"; exit 1; }
java -cp "$DRIVER" src/bench/IngestBench.java catalogue "jdbc:postgresql://localhost:$PG_PORT/postgres" "$SERIES"

heap_mb() { # used heap in MB: old generation plus eden and survivors, as jstat reports it
  jstat -gc "$SERVICE_PID" 2>/dev/null | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}'
}
old_mb() { jstat -gc "$SERVICE_PID" 2>/dev/null | awk 'NR==2 {printf "%.0f", $8/1024}'; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$SERVICE_PID/status"; }
# CPU seconds used so far by a set of processes (utime + stime), to tell the work done from the machine's load
cpu_s() { for p in "$@"; do cat "/proc/$p/stat" 2>/dev/null; done | awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15} END {printf "%.1f", t / hz}'; }
pg_pids() { pgrep -f "postgres.*$ROOT/$WORK/pg" | tr '\n' ' '; pgrep -P "$(pgrep -f "postgres -D $ROOT/$WORK/pg" | head -1)" | tr '\n' ' '; }

log "before: heap $(heap_mb) MB (old $(old_mb) MB), RSS $(rss_mb) MB"
JVM_CPU_BEFORE=$(cpu_s "$SERVICE_PID")
PG_CPU_BEFORE=$(cpu_s $(pg_pids))
mv "$WORK/prints.csv" "$WORK/inbox/prints.csv"
START=$(date +%s.%N)
SAMPLES=$WORK/samples.tsv
printf 'seconds\theap_mb\told_mb\trss_mb\n' >"$SAMPLES"
while [[ ! -e $WORK/inbox/processed/prints.csv && ! -e $WORK/inbox/failed/prints.csv ]]; do
  printf '%.0f\t%s\t%s\t%s\n' "$(echo "$(date +%s.%N) - $START" | bc)" "$(heap_mb)" "$(old_mb)" "$(rss_mb)" >>"$SAMPLES"
  sleep 2
done
if [[ -e $WORK/inbox/failed/prints.csv ]]; then
  log "the import failed:"; cat "$WORK/inbox/failed/prints.csv.error"; exit 1
fi
JVM_CPU=$(echo "$(cpu_s "$SERVICE_PID") - $JVM_CPU_BEFORE" | bc)
PG_CPU=$(echo "$(cpu_s $(pg_pids)) - $PG_CPU_BEFORE" | bc)
LINE=$(grep -a "Ingest prints.csv:" "$LOG" | tail -1)
MILLIS=$(sed -E 's/.*\(([0-9]+) ms\)$/\1/' <<<"$LINE")
RATE=$(( PRINTS * 1000 / MILLIS ))
MAX_OLD=$(awk 'NR>1 && $3>m {m=$3} END {print m+0}' "$SAMPLES")
MAX_RSS=$(awk 'NR>1 && $4>m {m=$4} END {print m+0}' "$SAMPLES")
log "after: heap $(heap_mb) MB (old $(old_mb) MB), RSS $(rss_mb) MB"
echo "Imported $PRINTS prints in $MILLIS ms: $RATE prints/s; old generation at most $MAX_OLD MB, RSS at most $MAX_RSS MB while importing (samples: $SAMPLES)"
echo "CPU used meanwhile: service $JVM_CPU s, PostgreSQL $PG_CPU s; machine load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$LINE"
