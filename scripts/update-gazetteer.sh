#!/usr/bin/env bash
# Rebuilds src/main/resources/org/factlint/engine/helpers/cities15000.tsv from the current GeoNames
# files (https://download.geonames.org/export/dump/, CC BY 4.0). Needs the network; the build and
# the tests never run this. Review the diff before committing: the hand list (places.tsv) stays
# first, and a city renamed in GeoNames may need a line there.
#   scripts/update-gazetteer.sh
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
curl -fsSL -o "$tmp/cities15000.zip" https://download.geonames.org/export/dump/cities15000.zip
curl -fsSL -o "$tmp/admin1CodesASCII.txt" https://download.geonames.org/export/dump/admin1CodesASCII.txt
unzip -q -o "$tmp/cities15000.zip" -d "$tmp"
if [ ! -f target/factlint.jar ]; then
  mvn -B -q -DskipTests package >/dev/null
fi
java -cp "target/factlint.jar:target/lib/*" org.factlint.tools.GeoNamesCities "$tmp/cities15000.txt" \
  "$tmp/admin1CodesASCII.txt" "cities15000.txt and admin1CodesASCII.txt of $(date -u +%F)" \
  src/main/resources/org/factlint/engine/helpers/cities15000.tsv
git --no-pager diff --stat -- src/main/resources/org/factlint/engine/helpers/cities15000.tsv || true
