# Medians of the measurement iterations in JMH's text output, one line per benchmark and parameters:
#   <benchmark> <params> <median> <unit>
/^# Benchmark: / { name = $3; sub(/.*\./, "", name) }
/^# Parameters: / { params = $0; sub(/^# Parameters: \(/, "", params); sub(/\)$/, "", params); gsub(/ /, "", params) }
/^# Warmup Iteration/ { next }
/^Iteration +[0-9]+: / { v = $3; unit = $4; n[name" "params]++; vals[name" "params, n[name" "params]] = v; units[name" "params] = unit }
END {
  for (k in n) {
    c = n[k]; for (i = 1; i <= c; i++) a[i] = vals[k, i]
    for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    m = (c % 2) ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
    print k, m, units[k]
  }
}
