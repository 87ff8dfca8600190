package org.factlint.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factlint.Finding;
import org.factlint.Report;
import org.factlint.Severity;
import org.junit.jupiter.api.Test;

/** The text report's run summary: its mark follows the run's outcome under {@code --fail-on}. */
class TextRendererTest {

    /** A report whose only finding has the given severity. */
    static Report oneFinding(Severity severity) {
        Finding f = new Finding("claim.headline-contradicted", "claim", severity, "The headline says one thing (f1).",
                List.of("f1"), List.of(), List.of(Fixtures.body("f1", "Rubio attended Wednesday's talks")), null,
                "0123456789abcdef0123");
        int[] n = new int[3];
        n[severity.ordinal()] = 1;
        return new Report("facts/one.json", Fixtures.article("one"), new Report.Summary(n[0], n[1], n[2], 2, 3, 0, 0.5),
                List.of(f), List.of());
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    static String summary(Severity failOn, Report... reports) {
        return lastLine(Fixtures.render(new TextRenderer(false, failOn), List.of(reports)));
    }

    @Test
    void aWarningThatDoesNotFailTheRunIsMarkedAsAWarningNotAFailure() {
        String line = summary(Severity.ERROR, oneFinding(Severity.WARNING));
        assertEquals("\u26A0 1 contradiction (0 errors, 1 warning, 0 infos) in 1 article", line);
        assertEquals(line, lastLine(TextRenderer.render(List.of(oneFinding(Severity.WARNING)))),
                "the default --fail-on is error");
    }

    @Test
    void findingsThatFailTheRunAreMarkedAsAFailure() {
        assertTrue(summary(Severity.ERROR, oneFinding(Severity.ERROR)).startsWith("\u2716 1 contradiction (1 error,"));
        assertTrue(summary(Severity.WARNING, oneFinding(Severity.WARNING)).startsWith("\u2716 1 contradiction"));
        assertTrue(summary(Severity.INFO, oneFinding(Severity.INFO)).startsWith("\u2716 1 contradiction"));
        assertTrue(summary(Severity.WARNING, oneFinding(Severity.INFO)).startsWith("\u26A0 1 contradiction"));
        assertTrue(summary(null, oneFinding(Severity.ERROR)).startsWith("\u26A0 1 contradiction"), "--fail-on never");
    }

    @Test
    void aCleanRunIsMarkedCleanAndAnInputNotCheckedFailsIt() {
        assertEquals("\u2714 no contradictions in 1 article", summary(Severity.ERROR, Fixtures.clean()));
        assertTrue(summary(null, Fixtures.clean(), Fixtures.unchecked()).startsWith("\u2716 "),
                "an input not checked makes the run exit 2 whatever --fail-on says");
    }

    @Test
    void anInputThatCouldNotBeReadIsNoArticleAndIsCountedApart() {
        String text = Fixtures.render(new TextRenderer(false, Severity.ERROR), List.of(Fixtures.unreadable()));
        assertTrue(text.contains("articles/missing.txt\n  could not be read:\n    error  no such file or folder\n"), text);
        assertEquals("\u2716 1 input could not be read", lastLine(text));
        assertEquals("\u2716 no contradictions in 1 article; 1 article could not be checked; 1 input could not be read",
                summary(Severity.ERROR, Fixtures.clean(), Fixtures.unchecked(), Fixtures.unreadable()));
        assertEquals("\u2716 1 contradiction (0 errors, 1 warning, 0 infos) in 1 article; 2 inputs could not be read",
                summary(Severity.ERROR, Fixtures.unreadable(), oneFinding(Severity.WARNING), Fixtures.unreadable()));
    }

    @Test
    void anArticleThatCouldNotBeCheckedIsNotSaidToHaveNoContradictions() {
        assertEquals("\u2716 1 article could not be checked", summary(Severity.ERROR, Fixtures.unchecked()));
    }

    /** A clean report of an article that gave no publication date. */
    static Report undated(String id) {
        Report.Article a = Fixtures.article(id);
        Report.Article assumed = new Report.Article(a.id(), a.headline(), a.standfirst(), "2026-12-04", null, null, null,
                a.text(), true);
        return new Report("articles/" + id + ".txt", assumed, new Report.Summary(0, 0, 0, 4, 3, 0, 0.7), List.of(), List.of());
    }

    @Test
    void anArticleNothingWasReadFromSaysThereWasNothingToCheck() {
        Report.Article a = Fixtures.article("empty");
        Report empty = new Report("articles/empty.txt", a, new Report.Summary(0, 0, 0, 0, 3, 0, 0.2), List.of(), List.of());
        String text = Fixtures.render(new TextRenderer(false, Severity.ERROR), List.of(empty));
        assertTrue(text.contains("no contradictions, but nothing to check (0 facts: none read from this article"), text);
        String read = Fixtures.render(new TextRenderer(false, Severity.ERROR), List.of(Fixtures.clean()));
        assertFalse(read.contains("nothing to check"), read);
    }

    @Test
    void anAssumedPublicationDateIsSaidInTheVerdict() {
        assertEquals("\u2714 no contradictions in 1 article (published date not given: today, 2026-12-04, assumed)",
                summary(Severity.ERROR, undated("a")));
        assertEquals("\u2714 no contradictions in 3 articles (published date not given in 2 of 3: today, 2026-12-04, assumed)",
                summary(Severity.ERROR, undated("a"), Fixtures.clean(), undated("b")));
        assertEquals("\u2716 1 contradiction (1 error, 0 warnings, 0 infos) in 2 articles (1 clean; published date not given"
                + " in 1 of 2: today, 2026-12-04, assumed)", summary(Severity.ERROR, oneFinding(Severity.ERROR), undated("a")));
        assertEquals("\u2714 no contradictions in 1 article", summary(Severity.ERROR, Fixtures.clean()));
    }

    @Test
    void aPublicationDateTimeIsShownAsItsLocalDate() {
        Report.Article a = Fixtures.article("html");
        Report.Article timed = new Report.Article(a.id(), a.headline(), a.standfirst(), "2022-03-24T18:00:00+01:00", null, null, null,
                a.text(), false);
        String out = Fixtures.render(new TextRenderer(false, Severity.ERROR),
                List.of(new Report("page.html", timed, new Report.Summary(0, 0, 0, 4, 3, 0, 0.7), List.of(), List.of())));
        assertTrue(out.contains("(html, published 2022-03-24)"), out);
    }

    @Test
    void colouredMarksMatchTheirMeaning() {
        String warning = Fixtures.render(new TextRenderer(true, Severity.ERROR), List.of(oneFinding(Severity.WARNING)));
        assertTrue(warning.contains("\u001B[33m\u26A0 "), "yellow: findings that do not fail the run");
        String error = Fixtures.render(new TextRenderer(true, Severity.ERROR), List.of(oneFinding(Severity.ERROR)));
        assertTrue(error.contains("\u001B[31m\u2716 "), "red: the run fails");
        String clean = Fixtures.render(new TextRenderer(true, Severity.ERROR), List.of(Fixtures.clean()));
        assertTrue(clean.contains("\u001B[32m\u2714 no contradictions in 1 article"), "green: clean");
    }
}
