#!/usr/bin/env bash
# Writes an HTML report (factlint check --format html) and photographs it in headless Chromium,
# so that a person can look at it; also prints what the browser drew (highlights, findings).
#
#   scripts/screenshot-html-report.sh [-o OUT.png] [-w WIDTHxHEIGHT] [PATH...]
#
# Default: a demo article with overlapping and headline evidence and a clean example, into target/html-report.png (the page
# itself is target/html-report.html). Needs Debian's chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/html-report.png
size=1400,1800
while getopts "o:w:" opt; do
  case $opt in
    o) out=$OPTARG ;;
    w) size=${OPTARG/x/,} ;;
    *) echo "usage: $0 [-o OUT.png] [-w WIDTHxHEIGHT] [PATH...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- src/test/resources/reports/demo-article.json facts/examples/attendance/planned-then-withdrew.json

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "$0: no Chromium found; install it with: apt-get install -y chromium" >&2
  exit 2
fi

mkdir -p target "$(dirname "$out")"
html=target/html-report.html
# Exit status 1 (findings) and 2 (an input that could not be checked) still write the whole report.
./factlint check --format html --fail-on never --output "$html" "$@" || [ $? -eq 2 ]

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile")
url="file://$(realpath "$html")"
"$browser" "${flags[@]}" --window-size="$size" --screenshot="$(realpath "$out")" "$url" 2>/dev/null

# The same page with scripts/html-report-check.js injected: checks every quote is highlighted,
# then clicks the first finding and a highlight as a reader would; a second screenshot shows that.
checked=target/html-report-checked.html
sed '/<\/body>/,$d' "$html" >"$checked"
{ echo '<script>'; cat scripts/html-report-check.js; echo '</script>'; echo '</body></html>'; } >>"$checked"
checked_url="file://$(realpath "$checked")"
"$browser" "${flags[@]}" --window-size="$size" --virtual-time-budget=3000 \
  --screenshot="$(realpath "${out%.png}-clicked.png")" "$checked_url" 2>/dev/null
dom=$("$browser" "${flags[@]}" --dump-dom "$checked_url" 2>/dev/null)
count() { grep -o "$1" <<<"$dom" | wc -l; }
verdict=$(grep -o '<body[^>]*data-check="[^"]*"' <<<"$dom" | grep -o 'data-check="[^"]*"' \
  || echo 'data-check="FAIL the check did not run"')
echo "report:     $html"
echo "screenshot: $out, ${out%.png}-clicked.png (after clicking)"
echo "drawn:      $(count 'class="fl-item"') articles, $(count 'class="fl-finding ') findings," \
     "$(count 'fl-hl-primary[^"]*" data-findings') primary and $(count 'fl-hl-related[^"]*" data-findings') related highlighted pieces"
echo "check:      ${verdict#data-check=}"
[[ $verdict == 'data-check="ok'* ]]
