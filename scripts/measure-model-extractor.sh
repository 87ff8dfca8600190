#!/usr/bin/env bash
# Measures the model extractor against the dev set with a real endpoint (docs/model-extractor.md).
#
#   FACTLINT_MODEL_URL=http://localhost:11434/v1 FACTLINT_MODEL=qwen2.5:14b scripts/measure-model-extractor.sh
#   EXTRACTOR=both scripts/measure-model-extractor.sh devset/dev
#   EXTRACTOR=builtin scripts/measure-model-extractor.sh          the built-in extractor, for comparison
#
# Prints (1) fact-level precision and recall per fact type against the gold facts
# (devset/dev/*.facts.json, org.factlint.tools.ExtractionScore) and (2) end to end from text:
# planted contradictions found per category, and warnings/errors on the consistent texts
# (org.factlint.tools.PlantedScore). Answers are cached in target/model-cache (keyed by model,
# prompt version and article), so a second run costs no request; delete it to ask again.
# FACTLINT_MODEL_KEY is read from the environment if the endpoint needs a key.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dev="${1:-$here/devset/dev}"
extractor="${EXTRACTOR:-model}" # builtin gives the built-in extractor's figures on the same footing
if [ "$extractor" != builtin ]; then
  : "${FACTLINT_MODEL_URL:?set FACTLINT_MODEL_URL to the endpoint's base URL, e.g. http://localhost:11434/v1}"
  : "${FACTLINT_MODEL:?set FACTLINT_MODEL to the model's name at that endpoint}"
fi
cache="${MODEL_CACHE:-$here/target/model-cache}"
timeout="${MODEL_TIMEOUT:-300s}"

"$here/factlint" rules >/dev/null # builds the project if needed
cp="$here/target/factlint.jar:$here/target/lib/*"
prompt="$(unzip -p "$here/target/factlint.jar" org/factlint/extract/model/prompt.md | head -n 1)"

echo "# Extraction on $(basename "$dev"): extractor $extractor, model ${FACTLINT_MODEL:-none} at ${FACTLINT_MODEL_URL:-none}, $prompt"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "## Facts against the gold (per fact type)"
echo
java -cp "$cp" org.factlint.tools.ExtractionScore --extractor "$extractor" --model-cache "$cache" "$dev"
echo
echo "## End to end from text"
echo
shopt -s nullglob
"$here/factlint" check --format json --fail-on never --extractor "$extractor" --model-cache "$cache" \
    --model-timeout "$timeout" --model-max-requests 0 "$dev"/*.txt \
  | java -cp "$cp" org.factlint.tools.PlantedScore "$dev"
