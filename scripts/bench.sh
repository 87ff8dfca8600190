#!/usr/bin/env bash
# End-to-end performance measurements of factlint, printed as one table (docs/performance.md).
#   scripts/bench.sh           everything (about 15 minutes on 2 cores)
#   scripts/bench.sh --quick   fewer runs and iterations (about 5 minutes), for a sanity check
# Needs a JDK 17+, Maven; uses hyperfine for the cold start when it is installed
# (apt-get install -y hyperfine), else a loop. Medians throughout: shared machines are noisy.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
quick=false
[ "${1:-}" = "--quick" ] && quick=true
out="$here/target/bench"
mkdir -p "$out"
seed="facts/2025-04-23-london-ukraine-talks.json"
runs=30; batch=100000; jmh_check=(-wi 5 -w 2 -i 10 -r 2 -f 1); jmh_scale=(-wi 3 -i 7 -f 1); build_forks=10; serve_s=30
if $quick; then runs=10; batch=20000; jmh_check=(-wi 3 -w 1 -i 5 -r 1 -f 1); jmh_scale=(-wi 1 -i 3 -f 1); build_forks=3; serve_s=10; fi

log() { echo "bench: $*" >&2; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

log "building factlint and the benchmarks"
mvn -B -q -DskipTests install >"$out/build.log" 2>&1
mvn -B -q -f bench/pom.xml package >>"$out/build.log" 2>&1
bench_cp="bench/target/bench.jar:bench/target/lib/*"
# Warm the launcher: rule cache and class-data archive are made once, as on any machine after a build.
./factlint check "$seed" >/dev/null

log "machine and load"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc $(nproc)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt" >&2

# The 1-minute load average every 10 s while measuring: other work on the machine inflates every number.
(while true; do cut -d' ' -f1 /proc/loadavg; sleep 10; done) > "$out/load.txt" &
load_sampler=$!
trap 'kill $load_sampler 2>/dev/null || true' EXIT

log "cold start: ./factlint check $seed ($runs runs)"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$out/cold.json" "./factlint check $seed" >&2 || true
  cold=$(grep -o '"median": [0-9.]*' "$out/cold.json" | head -1 | awk '{printf "%.2f", $2}')
else
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); ./factlint check "$seed" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median | awk '{printf "%.2f", $1/1000}' > "$out/cold.txt"
  cold=$(cat "$out/cold.txt")
fi
cold_nocds=$(for _ in $(seq 5); do
  s=$(date +%s%N); FACTLINT_CDS=off ./factlint check "$seed" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
done | median | awk '{printf "%.2f", $1/1000}')
cold_nocache=$(for _ in $(seq 5); do
  s=$(date +%s%N); FACTLINT_CDS=off FACTLINT_CACHE=off ./factlint check "$seed" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
done | median | awk '{printf "%.2f", $1/1000}')

log "batch: $batch copies of the seed article as JSON Lines on standard input, -Xmx256m"
line="$(tr -d '\n' < "$seed")"
s=$(date +%s%N)
set +e
rss=(); [ -x /usr/bin/time ] && rss=(/usr/bin/time -f "%M" -o "$out/batch.rss")
echo 0 > "$out/batch.rss"
yes "$line" | head -n "$batch" | FACTLINT_JAVA_OPTS="-Xmx256m" "${rss[@]}" \
  ./factlint check --format json - > "$out/batch.jsonl"
status=${PIPESTATUS[2]} # yes ends by SIGPIPE; the checker's status is the one that counts
set -e
e=$(date +%s%N)
reports=$(wc -l < "$out/batch.jsonl")
batch_s=$(awk -v ns=$((e - s)) 'BEGIN {printf "%.1f", ns/1e9}')
batch_rate=$(awk -v n="$reports" -v ns=$((e - s)) 'BEGIN {printf "%.0f", n/(ns/1e9)}')
batch_rss=$(awk '{printf "%.0f", $1/1024}' "$out/batch.rss")
log "batch: exit $status, $reports reports in ${batch_s}s, max RSS ${batch_rss} MB"

log "one document of 10,000 facts, end to end through the launcher"
java -cp "$bench_cp" org.factlint.tools.SyntheticFacts 10000 "$out/synthetic-10000.json"
big=$(for _ in $(seq 5); do
  s=$(date +%s%N); ./factlint check --max-facts 10000 --max-items 10000 "$out/synthetic-10000.json" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
done | median | awk '{printf "%.2f", $1/1000}')

log "JMH: warm check, read only, rules only (both build modes)"
java -cp "$bench_cp" org.openjdk.jmh.Main CheckBench "${jmh_check[@]}" -rf csv -rff "$out/check.csv" >"$out/check.txt" 2>&1
log "JMH: growth with document size"
java -cp "$bench_cp" org.openjdk.jmh.Main ScaleBench "${jmh_scale[@]}" -rf csv -rff "$out/scale.csv" >"$out/scale.txt" 2>&1
log "JMH: rule-set build time in a fresh JVM ($build_forks forks each)"
java -cp "$bench_cp" org.openjdk.jmh.Main BuildBench -f "$build_forks" -rf csv -rff "$out/build.csv" >"$out/buildbench.txt" 2>&1

log "factlint serve: 16 connections posting the seed article for ${serve_s} s (scripts/load-test.sh)"
scripts/load-test.sh "$seed" 16 "$serve_s" > "$out/serve.txt" 2>&1 || true
serve_rate=$(grep -o '[0-9]* requests/s' "$out/serve.txt" | awk '{print $1}' | tail -1)
serve_p99=$(grep -o 'p99 [0-9.]*' "$out/serve.txt" | awk '{print $2}' | tail -1)
serve_p50=$(grep -o 'p50 [0-9.]*' "$out/serve.txt" | awk '{print $2}' | tail -1)

# median of a benchmark's measurement iterations (by method and parameter value) from JMH's text output;
# JMH's own score is a mean, which one stalled iteration on a busy machine can wreck
score() { awk -f "$here/scripts/jmh-median.awk" "$1" | awk -v b="$2" -v p="$3" '$1 == b && (p == "" || $2 ~ ("=" p "$")) {printf "%.1f", $(NF-1); exit}'; }
check_us=$(score "$out/check.txt" check EXECUTABLE_MODEL)
read_us=$(score "$out/check.txt" readOnly EXECUTABLE_MODEL)
rules_us=$(score "$out/check.txt" rulesOnly EXECUTABLE_MODEL)
check_classic=$(score "$out/check.txt" check CLASSIC)
rules_classic=$(score "$out/check.txt" rulesOnly CLASSIC)
ratio=$(awk -v c="$check_us" -v r="$read_us" 'BEGIN {printf "%.2f", c/r}')
s100=$(score "$out/scale.txt" check 100); s1k=$(score "$out/scale.txt" check 1000)
s10k=$(score "$out/scale.txt" check 10000); s100k=$(score "$out/scale.txt" check 100000)
r10k=$(score "$out/scale.txt" readOnly 10000)
growth=$(awk -v a="$s1k" -v b="$s100k" 'BEGIN {printf "%.0f", b/a}')
b_classic=$(score "$out/buildbench.txt" classic ""); b_exec=$(score "$out/buildbench.txt" executableModel "")
b_cached=$(score "$out/buildbench.txt" executableModelFromCache "")

verdict() { awk -v m="$1" -v t="$2" -v d="$3" 'BEGIN {ok = (d == "le") ? (m <= t) : (m >= t); print ok ? "met" : "NOT met"}'; }
{
  echo
  echo "| measure | target | measured (median) | verdict |"
  echo "|---|---|---|---|"
  echo "| warm check, seed article, all rules, one thread (JMH) | <= 100 us | ${check_us} us (read alone ${read_us} us, rules+report alone ${rules_us} us) | $(verdict "$check_us" 100 le) |"
  echo "| rules cost over parse-and-validate alone | <= 3x | ${ratio}x | $(verdict "$ratio" 3 le) |"
  echo "| batch, ${batch} seed documents (JSONL, stdin), end to end, -Xmx256m | >= 5,000 docs/s, heap <= 256 MB | ${batch_rate} docs/s (${batch_s} s, exit ${status}, max RSS ${batch_rss} MB) | $(verdict "$batch_rate" 5000 ge) |"
  echo "| cold start: ./factlint check on one article, already built | <= 1.0 s | ${cold} s (no AppCDS ${cold_nocds} s; no AppCDS, no rule cache ${cold_nocache} s) | $(verdict "$cold" 1.0 le) |"
  echo "| one document of 10,000 facts, warm (JMH) | <= 1 s | $(awk -v x="$s10k" 'BEGIN {printf "%.3f", x/1000}') s (read alone $(awk -v x="$r10k" 'BEGIN {printf "%.3f", x/1000}') s; end to end with start-up ${big} s) | $(verdict "$s10k" 1000 le) |"
  echo "| growth 1,000 -> 100,000 facts (100x) | close to linear | ${growth}x (100: ${s100} ms, 1k: ${s1k} ms, 10k: ${s10k} ms, 100k: ${s100k} ms) | $(verdict "$growth" 150 le) |"
  echo "| factlint serve, 16 connections, seed article (client on the same 2 cores) | >= 3,000 checks/s, p99 <= 20 ms | ${serve_rate:-n/a} checks/s, p50 ${serve_p50:-n/a} ms, p99 ${serve_p99:-n/a} ms | $(verdict "${serve_rate:-0}" 3000 ge) (rate), $(verdict "${serve_p99:-999}" 20 le) (p99) |"
  echo
  echo "| build mode | rule-set build, fresh JVM | warm check (seed) | rules+report alone |"
  echo "|---|---|---|---|"
  echo "| classic DRL (drools-mvel) | ${b_classic} ms | ${check_classic} us | ${rules_classic} us |"
  echo "| executable model, compiled | ${b_exec} ms | ${check_us} us | ${rules_us} us |"
  echo "| executable model, from the rule cache | ${b_cached} ms | (same rule base) | |"
  echo
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "1-minute load average while measuring (every 10 s): min $(sort -n "$out/load.txt" | head -1), median $(median < "$out/load.txt"), max $(sort -n "$out/load.txt" | tail -1)"
} | tee "$out/table.md"
