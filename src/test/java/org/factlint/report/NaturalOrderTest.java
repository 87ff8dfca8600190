package org.factlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids ordered as people count them. */
class NaturalOrderTest {

    private static final NaturalOrder ORDER = NaturalOrder.INSTANCE;

    @Test
    void numbersInIdsCompareByValue() {
        List<String> ids = new ArrayList<>(List.of("f10", "f2", "f1", "f100", "f9", "f20"));
        ids.sort(ORDER);
        assertEquals(List.of("f1", "f2", "f9", "f10", "f20", "f100"), ids);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "f2, f10",
        "f1, f1a",
        "a, b",
        "f, f1",
        "f9, g1",
        "fact-2-b, fact-10-a",
        "f999999999999999999999, f1000000000000000000000",
        "F1, f1",
        "e1.2, e1.10"})
    void orders(String smaller, String larger) {
        assertTrue(ORDER.compare(smaller, larger) < 0, smaller + " < " + larger);
        assertTrue(ORDER.compare(larger, smaller) > 0, larger + " > " + smaller);
    }

    @Test
    void equalIdsCompareEqualAndLeadingZerosStillGiveATotalOrder() {
        assertEquals(0, ORDER.compare("f12", "f12"));
        assertTrue(ORDER.compare("f012", "f12") != 0, "distinct ids must not compare equal");
    }

    @Test
    void theOrderIsTotalAndConsistent() {
        List<String> ids = new ArrayList<>(List.of("f1", "f01", "f001", "f10", "f2", "a", "a1", "a01b", "b", "", "10", "9",
                "f1x", "f1-2", "f1-10", "f-1"));
        Random random = new Random(42);
        List<String> first = null;
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(ids, random);
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(ORDER);
            if (first == null) {
                first = sorted;
            }
            assertEquals(first, sorted, "sorting must not depend on the input order");
        }
        for (String a : ids) {
            for (String b : ids) {
                assertEquals(Integer.signum(ORDER.compare(a, b)), -Integer.signum(ORDER.compare(b, a)), a + " vs " + b);
                for (String c : ids) {
                    if (ORDER.compare(a, b) < 0 && ORDER.compare(b, c) < 0) {
                        assertTrue(ORDER.compare(a, c) < 0, a + " < " + b + " < " + c);
                    }
                }
            }
        }
    }
}
