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
        assertEquals("London meeting is said to be held at foreign minister level (f1), but no one of that rank is "
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
        assertEquals("London meeting is said to be held at foreign minister level (f1), but no one of that rank is "
                + "reported attending: only Jonathan Powell (adviser) and Steve Witkoff (envoy).",
                only("meeting-level/foreign-ministers-meeting-attendees-in-reading-order.json").message());
    }

    @Test
    void aCircleIsToldFromTheStepReadFirst() throws Exception {
        assertEquals("The order of events goes round in a circle: London talks before Paris meeting (f10) and "
                + "Paris meeting before London talks (f2).", only("sequence/cycle-told-in-reading-order.json").message());
    }

    @Test
    void aFreeTextSubjectIsNamedAsWrittenAndIsNoEntity() throws Exception {
        Finding f = only("quantity/meetings-so-far-free-text-subject.json");
        assertEquals("The article gives two numbers of meetings so far for Witkoff-Putin meetings: 3 (q1) and 2 (q2).",
                f.message());
        assertEquals(java.util.List.of(), f.entities());
    }
}
