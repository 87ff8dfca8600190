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
. "$here/scripts/serve-lib.sh"
start_server ${FACTLINT_SERVE_OPTS:-}
cd "$here"
java -cp "target/classes:target/test-classes:target/lib/*" org.factlint.server.LoadGenerator "$url" "$file" "$connections" "$seconds"
