#!/usr/bin/env bash
# Accuracy of the built-in extractor and of factlint end to end from text, on the dev set.
#   scripts/measure-extraction.sh                 every split: devset/dev and devset/test (tuning), devset/holdout, devset/holdout2, ... (held out)
#   scripts/measure-extraction.sh devset/dev      one folder
# Prints, per fact type, extraction precision and recall against the gold facts (NAME.facts.json),
# then, end to end from text, recall of planted contradictions per category (NAME.expect) and the
# warnings or errors on consistent texts. Results are in docs/accuracy.md.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
  folders=(devset/dev devset/test)
  # the held-out sets in the order they were made (holdout, holdout2, ..., holdout10, ...)
  while IFS= read -r d; do
    folders+=("$d")
  done < <(find devset -maxdepth 1 -type d -name 'holdout*' | sort -V)
fi
if [ ! -f target/factlint.jar ] || [ -n "$(find pom.xml src/main -newer target/factlint.jar -print -quit)" ]; then
  echo "measure: building factlint" >&2
  mvn -B -q -DskipTests package >/dev/null
fi
cp="target/factlint.jar:target/lib/*"
for f in "${folders[@]}"; do
  echo "# $f"
  echo
  if compgen -G "$f/*.facts.json" >/dev/null; then
    echo "## Extraction against the gold facts"
    echo
    java -cp "$cp" org.factlint.tools.ExtractionScore "$f"/*.facts.json
    echo
  fi
  java -cp "$cp" org.factlint.tools.EndToEndScore "$f"
done
