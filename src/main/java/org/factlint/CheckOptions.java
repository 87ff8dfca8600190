package org.factlint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which findings a caller wants: a minimum severity, categories to include or exclude, and
 * fingerprints of findings an editor has accepted (suppressed findings are counted in the summary).
 *
 * @param minimum             findings below this severity are left out
 * @param categories          only these categories (empty: all)
 * @param excludedCategories  never these categories
 * @param ignoredFingerprints fingerprints of accepted findings
 */
public record CheckOptions(Severity minimum, Set<String> categories, Set<String> excludedCategories,
                           Set<String> ignoredFingerprints) {

    public static final CheckOptions DEFAULT = new CheckOptions(Severity.INFO, Set.of(), Set.of(), Set.of());

    public CheckOptions {
        categories = Set.copyOf(categories);
        excludedCategories = Set.copyOf(excludedCategories);
        ignoredFingerprints = Set.copyOf(ignoredFingerprints);
    }

    /** The same options with these fingerprints ignored. */
    public CheckOptions withIgnored(Set<String> fingerprints) {
        return new CheckOptions(minimum, categories, excludedCategories, fingerprints);
    }

    /** The same options keeping only findings at least as severe as {@code severity}. */
    public CheckOptions withMinimum(Severity severity) {
        return new CheckOptions(severity, categories, excludedCategories, ignoredFingerprints);
    }

    /** The same options keeping only these categories (empty: all). */
    public CheckOptions withCategories(Set<String> only) {
        return new CheckOptions(minimum, only, excludedCategories, ignoredFingerprints);
    }

    /** The same options leaving these categories out. */
    public CheckOptions withExcludedCategories(Set<String> excluded) {
        return new CheckOptions(minimum, categories, excluded, ignoredFingerprints);
    }

    boolean wants(Finding f) {
        return f.severity().atLeast(minimum)
                && (categories.isEmpty() || categories.contains(f.category()))
                && !excludedCategories.contains(f.category());
    }

    /** The report with only the wanted findings; the summary counts what is left. */
    Report apply(Report report) {
        if (this.minimum == Severity.INFO && categories.isEmpty() && excludedCategories.isEmpty()) {
            return report;
        }
        List<Finding> kept = new ArrayList<>();
        report.findings().forEach(f -> {
            if (wants(f)) {
                kept.add(f);
            }
        });
        Report.Summary s = report.summary();
        Report.Summary summary = new Report.Summary(count(kept, Severity.ERROR), count(kept, Severity.WARNING),
                count(kept, Severity.INFO), s.facts(), s.rules(), s.suppressed(), s.millis());
        return new Report(report.input(), report.article(), summary, kept, report.problems());
    }

    private static int count(List<Finding> findings, Severity s) {
        return (int) findings.stream().filter(f -> f.severity() == s).count();
    }
}
