package org.factlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Report;
import org.junit.jupiter.api.Test;

/**
 * Name findings take no facts: they are told apart by their entities and the mentions they
 * cite, which become evidence without a fact id.
 */
class FactlessFindingsTest {

    private static final String DOC = """
            {
              "format": "factlint-facts/1",
              "article": { "id": "a", "published": "2025-04-23",
                "text": "Andrii Sybiha met Lammy. Andriy Sybiha left. Then Andrii Sybyha spoke." },
              "entities": [
                { "id": "sybiha", "kind": "person", "name": "Andrii Sybiha",
                  "mentions": [ { "quote": "Andrii Sybiha" }, { "quote": "Andriy Sybiha" }, { "quote": "Andrii Sybyha" } ] }
              ],
              "facts": []
            }
            """;

    @Test
    void twoMisspellingsOfOneEntityAreTwoFindingsEachWithItsMention() throws Exception {
        Checker checker = Checker.builder().rules(Path.of("rules")).build();
        Report report = checker.check(DOC.getBytes(StandardCharsets.UTF_8), "doc.json");
        assertEquals(List.of(), report.problems());
        List<Finding> findings = report.findings();
        assertEquals(2, findings.size(), () -> findings.toString());
        for (Finding f : findings) {
            assertEquals("name.variant-spelling", f.rule());
            assertEquals(List.of(), f.facts());
            assertEquals(List.of("sybiha"), f.entities());
            assertEquals(1, f.evidence().size());
            assertNull(f.evidence().get(0).fact());
            assertEquals("body", f.evidence().get(0).source());
        }
        assertEquals(Set.of("Andriy Sybiha", "Andrii Sybyha"),
                Set.copyOf(findings.stream().map(f -> f.evidence().get(0).quote()).toList()));
        assertNotEquals(findings.get(0).fingerprint(), findings.get(1).fingerprint());
    }
}
