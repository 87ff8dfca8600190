package org.factlint.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.factlint.Finding;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.RuleInfo;
import org.factlint.Severity;
import org.factlint.report.ReportBuilder;

/**
 * Reports built by hand for the renderer tests: evidence in the body, the headline and without
 * offsets, overlapping quotes, a clean article, an article that could not be checked, and text
 * that breaks careless HTML, XML and JSON writers.
 */
final class Fixtures {

    /** Two lines ({@code \r\n}), an emoji (two UTF-16 units) before the second quote, and markup. */
    static final String TEXT = "Rubio pulled out of the London talks.\r\n"
            + "\uD83C\uDDFA\uD83C\uDDF8 Rubio attended Wednesday's talks </script><!--<script> & \"more\".";
    static final String HEADLINE = "Rubio skips London talks";
    static final String HOSTILE = "bad \u0001 char \uD800 lone ]]> </failure>\n& <b>\"quoted\"</b>";

    static final List<RuleInfo> RULES = List.of(
            new RuleInfo("attendance.attended-and-absent", "attendance", Severity.ERROR,
                    "A person is reported both as attending an event and as absent from it.",
                    "Someone who attended an event was not also absent from it", "attendance.drl"),
            new RuleInfo("claim.headline-contradicted", "claim", Severity.WARNING,
                    "A headline claim that the body contradicts.", "The headline agrees with the body", "claim.drl"),
            new RuleInfo("quote.two-speakers", "quote", Severity.INFO,
                    "The same words attributed to two speakers.", "Words have one speaker", "quote.drl"));

    private Fixtures() {
    }

    static int indexOf(String quote) {
        int i = TEXT.indexOf(quote);
        if (i < 0) {
            throw new IllegalArgumentException(quote);
        }
        return i;
    }

    static Finding.Evidence body(String fact, String quote) {
        int start = indexOf(quote);
        return new Finding.Evidence(fact, quote, start, start + quote.length(), "body", null);
    }

    /** A report with three findings: body evidence, overlapping headline evidence, and evidence without offsets. */
    static Report withFindings() {
        Finding attended = new Finding("attendance.attended-and-absent", "attendance", Severity.ERROR,
                "Marco Rubio is reported as attending London talks (f2) and as having pulled out of it (f1).",
                List.of("f1", "f2"), List.of("rubio", "london-talks"),
                List.of(body("f1", "Rubio pulled out of the London talks"), body("f2", "Rubio attended Wednesday's talks")),
                "Check whether Marco Rubio attended London talks.", "4b8d1327e1d127030566");
        Finding headline = new Finding("claim.headline-contradicted", "claim", Severity.WARNING,
                "The headline says Rubio skipped the talks (f3); the body says he attended (f2).",
                List.of("f2", "f3"), List.of("rubio"),
                List.of(body("f2", "Rubio attended Wednesday's talks"),
                        new Finding.Evidence("f3", "Rubio skips London talks", 0, 24, "headline", null),
                        body("f2", "attended Wednesday's")),
                null, "0123456789abcdef0123");
        Finding unplaced = new Finding("quote.two-speakers", "quote", Severity.INFO, HOSTILE,
                List.of("f4", "f5"), List.of(),
                List.of(new Finding.Evidence("f4", "words nowhere in the text", null, null, "body", null),
                        new Finding.Evidence("f5", HOSTILE, 5000, 5010, "body", 3)),
                HOSTILE, "fedcba9876543210fedc");
        // a finding about how a name is written cites mentions, which belong to no fact
        Finding mentions = new Finding("quote.two-speakers", "quote", Severity.INFO, "Rubio is spelt two ways.",
                List.of(), List.of("rubio"), List.of(new Finding.Evidence(null, "Rubio", 0, 5, "body", null),
                        body(null, "Rubio attended")), null, "aaaaabbbbbcccccddddd");
        return new Report("facts/a b#1.json", article("with-findings"), new Report.Summary(1, 1, 2, 5, 3, 2, 1.5),
                List.of(attended, headline, unplaced, mentions), List.of(Problem.warning("/facts/3/extra", "unknown field 'extra' ignored")));
    }

    static Report clean() {
        return new Report("facts/clean.json", article("clean"), new Report.Summary(0, 0, 0, 4, 3, 0, 0.7), List.of(), List.of());
    }

    static Report unchecked() {
        return new Report("facts/broken.json", null, new Report.Summary(0, 0, 0, 0, 3, 0, 0.1), List.of(),
                List.of(new Problem(Severity.ERROR, "", 3, 14, "malformed JSON: unexpected character ('}')"),
                        Problem.error("/facts/7/status", "expected one of attended, absent but found \"gone\" " + HOSTILE)));
    }

    /** An input that could not be read at all. */
    static Report unreadable() {
        return ReportBuilder.unreadable("articles/missing.txt", "no such file or folder", 3);
    }

    static Report.Article article(String id) {
        return new Report.Article(id, HEADLINE, "A standfirst.", "2025-04-23", null, null, null, TEXT);
    }

    static List<Report> all() {
        return List.of(withFindings(), clean(), unchecked());
    }

    static String render(Renderer r, List<Report> reports) {
        StringBuilder sb = new StringBuilder();
        try {
            r.start(sb, RULES);
            for (Report report : reports) {
                r.report(report, sb);
            }
            r.finish(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
