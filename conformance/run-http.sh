#!/usr/bin/env bash
# Runs every conformance case against an HTTP implementation of the three calculators.
# Usage: conformance/run-http.sh [base-url]   (default http://127.0.0.1:8080)
# Needs bash, curl and jq. Exit status 0 when every case passes. The matching rule is README.md's, except that
# date-time strings are compared as text (igkit writes a zero offset as "Z", as the files do).
set -uo pipefail
base="${1:-http://127.0.0.1:8080}"
base="${base%/}"
dir="$(cd "$(dirname "$0")" && pwd)"
matcher='
def matches($e; $g):
  if ($e | type) == "object" then ($g | type) == "object" and all($e | to_entries[]; matches(.value; $g[.key]))
  elif ($e | type) == "array" then ($g | type) == "array" and ($e | length) == ($g | length)
       and all(range(0; $e | length); matches($e[.]; $g[.]))
  elif $e == null then $g == null
  else $e == $g end;'
for _ in $(seq 1 30); do   # wait up to 15 s for a server that is still starting
  curl -s -o /dev/null "$base/health" && break
  sleep 0.5
done
failed=0
total=0
for suite in deadlines retention breach; do
  file="$dir/$suite.json"
  endpoint="$(jq -r '.endpoint | sub("^POST "; "")' "$file")"
  while read -r case; do
    total=$((total + 1))
    id="$(jq -r .id <<<"$case")"
    reply="$(jq -c .request <<<"$case" | curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' -d @- "$base$endpoint")"
    status="${reply##*$'\n'}"
    body="${reply%$'\n'*}"
    [ -n "$body" ] || body='{}'
    if jq -e 'has("expectError")' <<<"$case" >/dev/null; then
      ok="$(jq -n --argjson c "$case" --argjson g "$body" --arg s "$status" '
        ($s | tonumber) == $c.expectError.status
        and all($c.expectError.paths[]; . as $p | any(($g.errors // [])[]; .path == $p))')"
    else
      ok="$(jq -n --argjson c "$case" --argjson g "$body" --arg s "$status" "$matcher"' $s == "200" and matches($c.expect; $g)')"
    fi
    if [ "$ok" != "true" ]; then
      failed=$((failed + 1))
      echo "FAIL $suite/$id (HTTP $status): $body" | cut -c1-400
    fi
  done < <(jq -c '.cases[]' "$file")
done
echo "$((total - failed)) of $total cases passed"
[ "$failed" -eq 0 ]
