#!/usr/bin/env bash
# Starts a Quarkus application jar, waits for its first successful GraphQL answer, appends the milliseconds
# from process start to that answer to OUT_FILE, and stops the application.
#
#   bash src/bench/startup-probe.sh JAR PORT BODY_FILE OUT_FILE LOG_FILE
#
# The database comes from QUARKUS_DATASOURCE_* in the environment. Gives up after 180 s.
set -euo pipefail
jar=$1 port=$2 body=$3 out=$4 log=$5

start=$(date +%s%N)
QUARKUS_HTTP_PORT=$port java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
deadline=$((start + 180000000000))
while :; do
  if answer=$(curl -s --max-time 5 -H 'Content-Type: application/json' --data-binary @"$body" \
      "http://127.0.0.1:$port/graphql" 2>/dev/null) \
      && [[ $answer == *'"data"'* && $answer != *'"errors"'* ]]; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "startup-probe: $jar exited before answering; see $log" >&2
    exit 1
  fi
  if (($(date +%s%N) > deadline)); then
    echo "startup-probe: $jar did not answer within 180 s; see $log" >&2
    exit 1
  fi
  sleep 0.02
done
end=$(date +%s%N)
echo $(((end - start) / 1000000)) >>"$out"
