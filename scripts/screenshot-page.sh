#!/usr/bin/env bash
# Takes a screenshot of the editor's page (factlint serve, GET /) showing the example document's
# report (GET /?example), so that a person can look at it: scripts/screenshot-page.sh [OUT.png]
# Needs Debian's chromium (apt-get install chromium); starts and stops its own server on a free port.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(readlink -f "${1:-$here/target/screenshots/editor-page-cli.png}")"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "screenshot-page: no chromium; apt-get install chromium" >&2; exit 2; }
mkdir -p "$(dirname "$out")"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$here/factlint" serve --port 0 --access-log none 2>"$work/serve.log" &
server_pid=$!
url=""
for _ in $(seq 1 240); do
  url="$(grep -o 'http://[0-9.:]*/' "$work/serve.log" | head -1 || true)"
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 2; }
  sleep 0.5
done
[ -n "$url" ] || { echo "screenshot-page: the server did not start" >&2; cat "$work/serve.log" >&2; exit 2; }

page="${url}?example"

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1400,2200 --virtual-time-budget=30000 --screenshot="$out" "$page" >"$work/chromium.log" 2>&1 \
  || { cat "$work/chromium.log" >&2; exit 2; }
echo "screenshot-page: wrote $out"
