#!/usr/bin/env bash
# POST /v1/deadlines on igkit's server against a bare JDK HttpServer answering the same bytes, loaded by wrk
# (Debian package wrk), in alternating rounds so that a slow spell of the machine falls on both.
# The server jar is started as it ships (now on Jetty; the script needs nothing of its HTTP layer beyond
# ig.http.threads, ig.http.connections-per-client and ig.rate.enabled).
# Usage, from the repository root (IGKIT_JAR=other/igkit-server.jar to measure another build) after ./mvnw -q -DskipTests package && ./mvnw -q -pl ig-bench -am package -DskipTests:
#   ig-bench/scripts/http-throughput.sh [rounds] [seconds per round] [connections]
# Both servers get the same number of request threads (the connections); wrk runs 2 threads. Prints each round's
# requests per second and the ratio igkit / bare, then the median ratio.
set -euo pipefail
rounds=${1:-5}; seconds=${2:-10}; connections=${3:-8}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

body='{"regime":"FOIA","nation":"ENGLAND","received":"2024-10-02","events":[{"type":"clarification_requested","date":"2024-10-03"},{"type":"clarification_received","date":"2024-10-10"}],"asOf":"2024-10-15"}'
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$body'
LUA

jar=${IGKIT_JAR:-ig-rest/target/igkit-server.jar}   # another build of the server, to compare two
igkit_port=18090; bare_port=18091
# the per-client token bucket would answer most of the load 429: this measures the server, not the limiter
java -Dig.http.port=$igkit_port -Dig.http.threads="$connections" -Dig.store.path="$work/igkit.db" -Dig.rate.enabled=false \
     -Dig.http.connections-per-client=1024 -jar "$jar" >"$work/igkit.log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$igkit_port/health"; do sleep 0.2; done
curl -sf -X POST -H 'Content-Type: application/json' -d "$body" -o "$work/answer.json" \
     "http://127.0.0.1:$igkit_port/v1/deadlines"
java -cp ig-bench/target/benchmarks.jar org.igkit.bench.rest.HttpThroughput --serve-bare "$work/answer.json" \
     --port $bare_port --threads "$connections" >"$work/bare.log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null -X POST -d x "http://127.0.0.1:$bare_port/v1/deadlines"; do sleep 0.2; done
echo "answer: $(wc -c <"$work/answer.json") bytes; wrk -t2 -c$connections, ${seconds}s rounds"

rate() { # $1 = port, $2 = seconds: requests per second; fails the script on any non-2xx answer or socket error
  local out
  out=$(wrk -t2 -c"$connections" -d"${2}s" -s "$work/post.lua" "http://127.0.0.1:$1/v1/deadlines")
  if grep -q "Non-2xx\|Socket errors" <<<"$out"; then echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
rate $bare_port 10 >/dev/null; rate $igkit_port 30 >/dev/null   # warm-up: igkit's JIT takes about 30 s to settle
ratios=()
for round in $(seq 1 "$rounds"); do
  bare=$(rate $bare_port "$seconds"); igkit=$(rate $igkit_port "$seconds")
  ratio=$(awk -v a="$igkit" -v b="$bare" 'BEGIN {printf "%.1f", 100 * a / b}')
  ratios+=("$ratio")
  echo "round $round: bare $bare req/s, igkit $igkit req/s, igkit / bare $ratio %"
done
echo "median igkit / bare: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') %"
