package org.factlint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which findings a caller wants: a minimum severity, categories to include or exclude,
 * fingerprints of findings an editor has accepted (suppressed findings are counted in the summary),
 * and the confidence below which a fact cannot carry a finding's full severity.
 *
 * @param minimum             findings below this severity are left out
 * @param categories          only these categories (empty: all)
 * @param excludedCategories  never these categories
 * @param ignoredFingerprints fingerprints of accepted findings
 * @param minConfidence       a finding resting on a fact whose {@code confidence} is below this (0..1) is
 *                            reported as {@link Severity#INFO}, "needs a look", whatever its rule's
 *                            severity: an extractor's mistake must not reach an editor as a contradiction.
 *                            0 keeps every rule's severity.
 */
public record CheckOptions(Severity minimum, Set<String> categories, Set<String> excludedCategories,
                           Set<String> ignoredFingerprints, double minConfidence) {

    /** The confidence a fact needs for its findings to keep their severity, unless a check says otherwise. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.8;

    public static final CheckOptions DEFAULT = new CheckOptions(Severity.INFO, Set.of(), Set.of(), Set.of());

    public CheckOptions {
        categories = Set.copyOf(categories);
        excludedCategories = Set.copyOf(excludedCategories);
        ignoredFingerprints = Set.copyOf(ignoredFingerprints);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("the minimum confidence is a number from 0 to 1, not " + minConfidence);
        }
    }

    /** Options with the default minimum confidence ({@value #DEFAULT_MIN_CONFIDENCE}). */
    public CheckOptions(Severity minimum, Set<String> categories, Set<String> excludedCategories,
                        Set<String> ignoredFingerprints) {
        this(minimum, categories, excludedCategories, ignoredFingerprints, DEFAULT_MIN_CONFIDENCE);
    }

    /** The same options with these fingerprints ignored. */
    public CheckOptions withIgnored(Set<String> fingerprints) {
        return new CheckOptions(minimum, categories, excludedCategories, fingerprints, minConfidence);
    }

    /** The same options keeping only findings at least as severe as {@code severity}. */
    public CheckOptions withMinimum(Severity severity) {
        return new CheckOptions(severity, categories, excludedCategories, ignoredFingerprints, minConfidence);
    }

    /** The same options keeping only these categories (empty: all). */
    public CheckOptions withCategories(Set<String> only) {
        return new CheckOptions(minimum, only, excludedCategories, ignoredFingerprints, minConfidence);
    }

    /** The same options leaving these categories out. */
    public CheckOptions withExcludedCategories(Set<String> excluded) {
        return new CheckOptions(minimum, categories, excluded, ignoredFingerprints, minConfidence);
    }

    /**
     * The same options with another minimum confidence (0..1): findings resting on a fact below it are
     * reported as info; 0 keeps every rule's severity.
     */
    public CheckOptions withMinConfidence(double confidence) {
        return new CheckOptions(minimum, categories, excludedCategories, ignoredFingerprints, confidence);
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
                count(kept, Severity.INFO), s.facts(), s.rules(), s.suppressed(), s.millis(), s.extracted());
        return new Report(report.input(), report.article(), summary, kept, report.problems(), report.unreadable());
    }

    private static int count(List<Finding> findings, Severity s) {
        return (int) findings.stream().filter(f -> f.severity() == s).count();
    }
}
