package org.factlint.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factlint.Checker;
import org.factlint.Report;
import org.factlint.input.FactsReader;
import org.factlint.input.InputLimits;
import org.factlint.input.Read;
import org.factlint.model.FactsDocument;
import org.junit.jupiter.api.Test;

/** The benchmarks' documents are valid input of the asked size, with evidence where the offsets say. */
class SyntheticFactsTest {

    @Test
    void documentsReadCleanlyAtTheAskedSize() {
        // The benchmarks read large documents with raised limits, as a user would with --max-facts.
        FactsReader reader = new FactsReader(InputLimits.DEFAULT.withMaxFacts(10_000).withMaxItems(10_000)
                .withMaxBytes(64L << 20));
        for (int n : new int[] {1, 100, 1000, 5000}) {
            Read<FactsDocument> read = reader.read(SyntheticFacts.document(n));
            assertTrue(read.ok(), read.problems().toString());
            assertEquals(java.util.List.of(), read.problems(), "no warning either: every quote is at its offsets");
            assertEquals(n, read.value().facts().size());
            assertTrue(read.value().entities().size() > n / SyntheticFacts.FACTS_PER_EVENT);
        }
        assertEquals(SyntheticFacts.document(300), SyntheticFacts.document(300), "deterministic");
    }

    @Test
    void documentsAreConsistentAtScale() throws Exception {
        // Names are spread out as real ones: no two people's names are near-miss spellings, which
        // the benchmarks' early generator got wrong (thousands of name findings in large documents).
        InputLimits limits = InputLimits.DEFAULT.withMaxFacts(20_000).withMaxItems(20_000).withMaxBytes(64L << 20);
        Checker checker = Checker.builder().limits(limits).build();
        Report report = checker.check(SyntheticFacts.document(20_000), "synthetic");
        assertEquals(List.of(), report.problems());
        assertEquals(List.of(), report.findings().stream().map(f -> f.rule() + ": " + f.message()).limit(5).toList());
    }
}
