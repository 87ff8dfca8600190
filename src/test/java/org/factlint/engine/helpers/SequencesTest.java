package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factlint.model.SequenceFact;
import org.factlint.model.Source;
import org.junit.jupiter.api.Test;

class SequencesTest {

    static SequenceFact seq(String id, String before, String after) {
        return new SequenceFact(id, Source.BODY, 1, List.of(), before, after);
    }

    static List<String> ids(SequenceCycle c) {
        return c.facts().stream().map(SequenceFact::id).toList();
    }

    @Test
    void aCircleOfThreeIsFoundOnceStartingAtItsSmallestId() {
        List<SequenceFact> facts = List.of(seq("f7", "a", "b"), seq("f3", "b", "c"), seq("f5", "c", "a"));
        List<SequenceCycle> cycles = Sequences.cycles(facts);
        assertEquals(1, cycles.size());
        assertEquals(List.of("f3", "f5", "f7"), ids(cycles.get(0)));
        assertEquals(List.of("b", "c", "a"), cycles.get(0).events());
    }

    @Test
    void theOrderOfTheFactsDoesNotChangeTheAnswer() {
        List<SequenceFact> facts = new ArrayList<>(List.of(seq("f1", "a", "b"), seq("f2", "b", "c"), seq("f3", "c", "d"),
                seq("f4", "d", "a"), seq("f5", "x", "a")));
        List<SequenceCycle> first = Sequences.cycles(facts);
        Collections.reverse(facts);
        assertEquals(first, Sequences.cycles(facts));
        assertEquals(List.of("f1", "f2", "f3", "f4"), ids(first.get(0)));
    }

    @Test
    void aCircleOfTwo() {
        assertEquals(List.of(List.of("f1", "f2")),
                Sequences.cycles(List.of(seq("f1", "a", "b"), seq("f2", "b", "a"))).stream().map(SequencesTest::ids).toList());
    }

    @Test
    void noCircleInAChainWithShortcutsOrRepeats() {
        assertEquals(List.of(), Sequences.cycles(List.of(seq("f1", "a", "b"), seq("f2", "b", "c"), seq("f3", "a", "c"),
                seq("f4", "a", "b"), seq("f5", "c", "d"))));
    }

    @Test
    void anEventBeforeItselfIsNotACircle() {
        assertEquals(List.of(), Sequences.cycles(List.of(seq("f1", "a", "a"))));
    }

    @Test
    void otherObjectsAndMissingEndsAreIgnored() {
        assertEquals(List.of(), Sequences.cycles(List.of("a fact of another kind", seq("f1", null, "a"), seq("f2", "a", "b"))));
    }

    @Test
    void twoCirclesSharingFactsAreEachReportedOnce() {
        List<SequenceFact> facts = List.of(seq("f1", "p", "l"), seq("f2", "l", "m"), seq("f3", "m", "r"), seq("f4", "r", "p"),
                seq("f5", "r", "l"));
        List<List<String>> found = Sequences.cycles(facts).stream().map(SequencesTest::ids).toList();
        assertEquals(List.of(List.of("f1", "f2", "f3", "f4"), List.of("f2", "f3", "f5")), found);
    }

    @Test
    void anOrderStatedTwiceIsOneStepOfOneCircle() {
        List<SequenceFact> facts = List.of(seq("f3", "a", "b"), seq("f1", "b", "a"), seq("f2", "a", "b"));
        List<SequenceCycle> found = Sequences.cycles(facts);
        assertEquals(1, found.size());
        assertEquals(List.of("f1", "f2", "f3"), ids(found.get(0)));
        assertEquals(List.of("b", "a"), found.get(0).events());
        assertEquals(2, found.get(0).steps().size());
    }

    @Test
    void aLongCircleIsFoundAndALongChainIsQuick() {
        List<SequenceFact> circle = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            circle.add(seq("f" + i, "e" + i, "e" + ((i + 1) % 5_000)));
        }
        List<SequenceFact> chain = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            chain.add(seq("g" + i, "n" + i, "n" + (i + 1)));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<SequenceCycle> found = Sequences.cycles(circle);
            assertEquals(1, found.size());
            assertEquals(5_000, found.get(0).facts().size());
            assertEquals(List.of(), Sequences.cycles(chain));
        });
    }

    @Test
    void aDenseTangleIsBounded() {
        List<SequenceFact> facts = new ArrayList<>();
        int n = 300;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j += 7) {
                if (i != j) {
                    facts.add(seq("f" + facts.size(), "e" + i, "e" + j));
                }
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<SequenceCycle> found = Sequences.cycles(facts);
            assertTrue(found.size() <= Sequences.MAX_CYCLES);
            assertTrue(!found.isEmpty());
        });
    }
}
