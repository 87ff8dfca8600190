#!/usr/bin/env bash
# Load test of factlint serve on this machine: starts a server on a free loopback port (access
# log off), then CONNECTIONS clients post FILE back to back for SECONDS seconds and it prints
# checks/s and latency percentiles. scripts/load-test.sh [FILE] [CONNECTIONS] [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:-$here/facts/2025-04-23-london-ukraine-talks.json}"
connections="${2:-16}"
seconds="${3:-20}"
(cd "$here" && mvn -B -q -DskipTests test-compile package >/dev/null)
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
"$here/factlint" serve --port 0 --access-log none ${FACTLINT_SERVE_OPTS:-} 2>"$work/serve.log" &
server_pid=$!
url=""
for _ in $(seq 1 240); do
  url="$(grep -o 'http://[0-9.:]*/' "$work/serve.log" | head -1 || true)"
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 2; }
  sleep 0.5
done
[ -n "$url" ] || { echo "load-test: the server did not start" >&2; exit 2; }
cd "$here"
java -cp "target/classes:target/test-classes:target/lib/*" org.factlint.server.LoadGenerator "$url" "$file" "$connections" "$seconds"
