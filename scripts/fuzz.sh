#!/usr/bin/env bash
# A longer fuzzing campaign than the few seconds `mvn verify` gives each target.
#
#   scripts/fuzz.sh reader [SECONDS]   raw bytes into the facts reader       (default 600 s)
#   scripts/fuzz.sh check  [SECONDS]   mutated documents through the whole check
#   scripts/fuzz.sh extract [SECONDS]  mutated article text through the built-in extractor
#   scripts/fuzz.sh articles [SECONDS] raw bytes into the article readers (text, Markdown, HTML)
#
# Runs Jazzer's command line on the @FuzzTest method, with the target's inputs directory
# (src/test/resources/org/factlint/fuzz/<Class>Inputs/<method>/) as seeds and target/fuzz-corpus/
# as the growing corpus. A crash or hang is written to target/fuzz-findings/; to keep it as a
# regression test, copy the file into the inputs directory (every `mvn test` replays it) and fix
# the cause. See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-}
seconds=${2:-600}
case "$target" in
  reader) class=FactsReaderFuzzTest; method=rawBytes; extra=(-dict=src/test/resources/org/factlint/fuzz/facts.dict) ;;
  # inputs of up to 256 bytes: the mutator reads its choices from them
  check) class=CheckFuzzTest; method=mutatedDocument; extra=(-max_len=256 -len_control=0) ;;
  extract) class=ExtractorFuzzTest; method=mutatedText; extra=(-max_len=4096) ;;
  articles) class=ArticleReaderFuzzTest; method=rawText; extra=(-max_len=65536) ;;
  *) echo "usage: scripts/fuzz.sh reader|check|extract|articles [SECONDS]" >&2; exit 2 ;;
esac

mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
inputs="src/test/resources/org/factlint/fuzz/${class}Inputs/${method}"
corpus="target/fuzz-corpus/${target}"
mkdir -p "$corpus" target/fuzz-findings
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  com.code_intelligence.jazzer.Jazzer \
  --target_class="org.factlint.fuzz.${class}" --target_method="${method}" \
  -max_total_time="${seconds}" -timeout=30 -print_final_stats=1 \
  -artifact_prefix=target/fuzz-findings/ "${extra[@]}" "$corpus" "$inputs"
