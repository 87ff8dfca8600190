package org.factlint.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
