#!/usr/bin/env bash
# Accuracy of the built-in extractor and of factlint end to end from text, on the dev set.
#   scripts/measure-extraction.sh                 every split: devset/dev and devset/test (tuning), devset/holdout to devset/holdout15 (held out)
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
  [ -d devset/holdout ] && folders+=(devset/holdout)
  [ -d devset/holdout2 ] && folders+=(devset/holdout2)
  [ -d devset/holdout3 ] && folders+=(devset/holdout3)
  [ -d devset/holdout4 ] && folders+=(devset/holdout4)
  [ -d devset/holdout5 ] && folders+=(devset/holdout5)
  [ -d devset/holdout6 ] && folders+=(devset/holdout6)
  [ -d devset/holdout7 ] && folders+=(devset/holdout7)
  [ -d devset/holdout8 ] && folders+=(devset/holdout8)
  [ -d devset/holdout9 ] && folders+=(devset/holdout9)
  [ -d devset/holdout10 ] && folders+=(devset/holdout10)
  [ -d devset/holdout11 ] && folders+=(devset/holdout11)
  [ -d devset/holdout12 ] && folders+=(devset/holdout12)
  [ -d devset/holdout13 ] && folders+=(devset/holdout13)
  [ -d devset/holdout14 ] && folders+=(devset/holdout14)
  [ -d devset/holdout15 ] && folders+=(devset/holdout15)
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
