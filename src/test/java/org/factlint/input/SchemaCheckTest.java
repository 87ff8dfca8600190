package org.factlint.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.factlint.Problem;
import org.junit.jupiter.api.Test;

/**
 * The reader validates with the published schema less {@code unevaluatedProperties} (whose
 * errors it never reports) because that keyword doubled the cost; the problems must be the same.
 */
class SchemaCheckTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void droppingUnevaluatedPropertiesChangesNoProblem() throws IOException {
        SchemaCheck fast = SchemaCheck.load(FactsReader.SCHEMA_FILE);
        SchemaCheck published = SchemaCheck.loadAsPublished(FactsReader.SCHEMA_FILE);
        JsonNode seed = JSON.readTree(Path.of("facts/2025-04-23-london-ukraine-talks.json").toFile());
        List<Consumer<ObjectNode>> breakages = List.of(
                f -> f.put("status", "gone"),
                f -> f.remove("person"),
                f -> f.put("extra", "unknown field"),
                f -> f.put("confidence", 2),
                f -> f.put("type", "rumour"),
                f -> f.put("evidence", 42),
                f -> f.put("date", "2025-13-45"),
                f -> f.put("rank", "boss"),
                f -> f.put("id", ""),
                f -> f.putArray("evidence").addObject().put("start", -1));
        int broken = 0;
        for (int i = 0; i < seed.get("facts").size(); i += 5) {
            for (Consumer<ObjectNode> breakage : breakages) {
                JsonNode doc = seed.deepCopy();
                breakage.accept((ObjectNode) doc.get("facts").get(i));
                ((ObjectNode) doc.get("article")).put("extra", true);
                List<String> expected = shown(published.validate(doc));
                assertEquals(expected, shown(fast.validate(doc)), "fact " + i);
                broken += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(broken > 50, "the breakages should give problems: " + broken);
        assertEquals(List.of(), shown(fast.validate(seed)));
        assertFalse(fast.declaredProperties("role").isEmpty());
    }

    private static List<String> shown(List<Problem> problems) {
        List<String> s = new ArrayList<>();
        problems.forEach(p -> s.add(p.toString()));
        return s;
    }
}
