package org.factlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Messages an editor reads: each names people once and cites the facts. */
class MessagesTest {

    @BeforeAll
    static void compileRules() throws Exception {
        ExamplesTest.compileRules();
    }

    private static Finding only(String example) throws Exception {
        Path json = ExamplesTest.EXAMPLES.resolve(example);
        Report report = ExamplesTest.checkerFor(json).check(Files.readAllBytes(json), example);
        assertEquals(1, report.findings().size(), report.findings()::toString);
        return report.findings().get(0);
    }

    @Test
    void anAttendeeStatedTwiceIsNamedOnce() throws Exception {
        assertEquals("The London meeting is said to be held at foreign minister level (f1), but no one of that rank is "
                + "reported attending: only Keith Kellogg (envoy).",
                only("meeting-level/foreign-ministers-meeting-attendance-stated-twice.json").message());
    }

    @Test
    void aStaleTitleSaysWhenTheRoleEndedAndWhatThePersonWasThen() throws Exception {
        assertEquals("David Lammy is called Foreign Secretary (f1), but the reference file has David Lammy as Foreign "
                + "Secretary until 2025-09-05, and on the publication date 2025-10-01 as Deputy Prime Minister (a minister) "
                + "and Justice Secretary (a justice minister).", only("role/stale-title-with-reference.json").message());
    }

    @Test
    void attendeesAreNamedInTheArticlesOrderNotTheFactsArrays() throws Exception {
        assertEquals("The London meeting is said to be held at foreign minister level (f1), but no one of that rank is "
                + "reported attending: only Jonathan Powell (adviser) and Steve Witkoff (envoy).",
                only("meeting-level/foreign-ministers-meeting-attendees-in-reading-order.json").message());
    }

    @Test
    void aCircleIsToldFromTheStepReadFirst() throws Exception {
        assertEquals("The order of events goes round in a circle: the London talks before the Paris meeting (f10) and "
                + "the Paris meeting before the London talks (f2).", only("sequence/cycle-told-in-reading-order.json").message());
    }

    @Test
    void aFreeTextSubjectIsNamedAsWrittenAndIsNoEntity() throws Exception {
        Finding f = only("quantity/meetings-so-far-free-text-subject.json");
        assertEquals("The article gives two numbers of meetings so far for Witkoff-Putin meetings: 3 (q1) and 2 (q2).",
                f.message());
        assertEquals(java.util.List.of(), f.entities());
    }

    /** What the phrasing of issue 11 fixed, checked on the message of every example's finding. */
    @Test
    void everyExamplesMessageReadsAsEnglish() throws Exception {
        java.util.regex.Pattern bareEvent = java.util.regex.Pattern.compile(
                "\\b(from|attending|at|for|of|after|before) [A-Z][a-z]+ (talks|meeting|summit|strike)\\b");
        java.util.regex.Pattern pluralIs = java.util.regex.Pattern.compile("\\btalks (is|was)\\b|\\btalks \\(f\\d+\\) (is|was)\\b");
        java.util.regex.Pattern longNumber = java.util.regex.Pattern.compile("(?<![\\d,.])\\d{5,}\\b|(?<![\\d,.])[1-9]\\d{3}\\b(?! \\(f)(?!-)");
        int messages = 0;
        try (java.util.stream.Stream<Path> files = Files.walk(ExamplesTest.EXAMPLES)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Report report = ExamplesTest.checkerFor(json).check(Files.readAllBytes(json), json.toString());
                for (Finding f : report.findings()) {
                    String m = f.message();
                    messages++;
                    org.junit.jupiter.api.Assertions.assertTrue(Character.isUpperCase(m.charAt(0)) || m.charAt(0) == '"', m);
                    org.junit.jupiter.api.Assertions.assertFalse(bareEvent.matcher(m).find(), "an event named without 'the': " + m);
                    org.junit.jupiter.api.Assertions.assertFalse(pluralIs.matcher(m).find(), "a plural with 'is': " + m);
                    String withoutYears = m.replaceAll("\\b(19|20)\\d\\d\\b", "");
                    org.junit.jupiter.api.Assertions.assertFalse(longNumber.matcher(withoutYears).find(), "a number without its commas: " + m);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(messages > 50, messages + " messages");
    }

    @Test
    void quantitiesAreWrittenWithTheirCommasAndClaimsAsSentences() throws Exception {
        assertEquals("The article gives two numbers of workers on strike for the rail strike: 4,500 (f2) and 5,000 (f3).",
                only("quantity/two-counts-on-one-day.json").message());
    }
}
