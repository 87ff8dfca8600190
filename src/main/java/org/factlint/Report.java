package org.factlint;

import java.util.List;
import java.util.Optional;
import org.factlint.report.ReportJson;

/**
 * The outcome of checking one facts document ({@code factlint-report/1}): its findings, sorted
 * most severe first, and any problems with the input. An input that could not be checked has no
 * findings and at least one problem of severity error.
 *
 * @param input    the file (or request) the document came from
 * @param article  the article, or null when the input could not be read that far
 * @param summary  counts and timing
 * @param findings the contradictions found
 * @param problems what was wrong with the input
 * @param unreadable true when the input could not be read at all (no such file, a folder without
 *                 articles, an I/O error): nothing of it was parsed, and its problems say why; an
 *                 input that was read but could not be checked (malformed JSON, a text with no
 *                 words) is not unreadable
 */
public record Report(String input, Article article, Summary summary, List<Finding> findings, List<Problem> problems,
                     boolean unreadable) {

    public static final String FORMAT = "factlint-report/1";

    public Report {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** The report of an input that was read. */
    public Report(String input, Article article, Summary summary, List<Finding> findings, List<Problem> problems) {
        this(input, article, summary, findings, problems, false);
    }

    /**
     * What the report says about the article; {@code text} is carried for renderers that show it
     * and is not part of the JSON report. {@code publishedAssumed} is true when the article gave no
     * publication date and today's was assumed.
     */
    public record Article(String id, String headline, String standfirst, String published, String url, String section,
                          String byline, String text, boolean publishedAssumed) {

        /** An article whose publication date was given. */
        public Article(String id, String headline, String standfirst, String published, String url, String section,
                       String byline, String text) {
            this(id, headline, standfirst, published, url, section, byline, text, false);
        }
    }

    /**
     * @param errors     findings of severity error
     * @param warnings   findings of severity warning
     * @param infos      findings of severity info
     * @param facts      facts in the document
     * @param rules      rules in the rule set
     * @param suppressed findings left out because an ignore list accepted them
     * @param millis     time spent checking, in milliseconds
     * @param extracted  facts that name the {@code extractor} that read them out of the text
     */
    public record Summary(int errors, int warnings, int infos, int facts, int rules, int suppressed, double millis,
                          int extracted) {

        /** A summary of facts that name no extractor. */
        public Summary(int errors, int warnings, int infos, int facts, int rules, int suppressed, double millis) {
            this(errors, warnings, infos, facts, rules, suppressed, millis, 0);
        }
    }

    /** Always {@value #FORMAT}. */
    public String format() {
        return FORMAT;
    }

    /** The report as one line of {@code factlint-report/1} JSON, as {@code check --format json} writes it. */
    public String toJson() {
        return ReportJson.toJson(this);
    }

    /** False when an input error stopped the document from being checked. */
    public boolean checked() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /** True if any finding is at {@code threshold} or more severe. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** The most severe finding's severity, if there is any finding. */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).min(Enum::compareTo);
    }
}
