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
. "$here/scripts/serve-lib.sh"
start_server
page="${url}?example"

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1400,2200 --virtual-time-budget=30000 --screenshot="$out" "$page" >"$work/chromium.log" 2>&1 \
  || { cat "$work/chromium.log" >&2; exit 2; }
echo "screenshot-page: wrote $out"
