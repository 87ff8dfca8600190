package org.factlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An editor's "this is fine" must survive re-extraction of the same article: the fingerprint
 * ignores fact ids, entity ids, offsets and the order of facts, and changes when what a fact
 * says changes.
 */
class FingerprintsReextractionTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Checker checker;
    static ObjectNode original;

    @BeforeAll
    static void setUp() throws Exception {
        checker = Checker.builder().rules(Path.of("rules")).build();
        original = (ObjectNode) JSON.readTree(Files.readString(Path.of("facts/examples/attendance/attended-and-withdrew.json")));
    }

    static String fingerprint(Consumer<ObjectNode> change) throws IOException {
        ObjectNode doc = original.deepCopy();
        change.accept(doc);
        Report r = checker.check(JSON.writeValueAsString(doc), "test");
        assertEquals(List.of(), r.problems(), "the changed document must stay valid");
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals("attendance.attended-and-absent", f.rule());
        return f.fingerprint();
    }

    static String base() throws IOException {
        return fingerprint(d -> { });
    }

    @Test
    void renumberedFactIdsKeepTheFingerprint() throws IOException {
        assertEquals(base(), fingerprint(d -> {
            ((ObjectNode) d.at("/facts/0")).put("id", "fact-17");
            ((ObjectNode) d.at("/facts/1")).put("id", "fact-3");
        }));
    }

    @Test
    void renamedEntityIdsKeepTheFingerprint() throws IOException {
        assertEquals(base(), fingerprint(d -> {
            ((ObjectNode) d.at("/entities/0")).put("id", "e1");
            ((ObjectNode) d.at("/entities/1")).put("id", "e2");
            for (JsonNode f : d.get("facts")) {
                ((ObjectNode) f).put("person", "e1").put("event", "e2");
            }
        }));
    }

    @Test
    void movedOffsetsKeepTheFingerprint() throws IOException {
        String moved = fingerprint(d -> {
            ObjectNode article = (ObjectNode) d.get("article");
            String prefix = "LONDON (Reuters) \u2014 In a late change of plan,\n\n";
            article.put("text", prefix + article.get("text").asText());
            // explicit offsets for one quote, located by the reader for the other
            String quote = d.at("/facts/1/evidence/quote").asText();
            int start = article.get("text").asText().indexOf(quote);
            ((ObjectNode) d.at("/facts/1/evidence")).put("start", start).put("end", start + quote.length());
        });
        assertEquals(base(), moved);
    }

    @Test
    void reorderedFactsAndEntitiesKeepTheFingerprint() throws IOException {
        assertEquals(base(), fingerprint(d -> {
            reverse((ArrayNode) d.get("facts"));
            reverse((ArrayNode) d.get("entities"));
        }));
    }

    @Test
    void confidenceAndQuoteWordingDoNotCount() throws IOException {
        assertEquals(base(), fingerprint(d -> {
            ((ObjectNode) d.at("/facts/0")).put("confidence", 0.4);
            ((ObjectNode) d.at("/facts/0/evidence")).put("quote", "pulled out of the London talks");
        }));
    }

    @Test
    void aChangedFactGivesANewFingerprint() throws IOException {
        assertNotEquals(base(), fingerprint(d -> ((ObjectNode) d.at("/facts/0")).put("status", "declined")));
    }

    @Test
    void anotherPersonGivesANewFingerprint() throws IOException {
        assertNotEquals(base(), fingerprint(d -> ((ObjectNode) d.at("/entities/0")).put("name", "Pete Hegseth")
                .set("aliases", JSON.createArrayNode().add("Hegseth"))));
    }

    @Test
    void caseAccentsAndTypographicQuotesDoNotCount() throws IOException {
        assertEquals(base(), fingerprint(d -> ((ObjectNode) d.at("/entities/1")).put("name", "LONDON TALKS")));
    }

    private static void reverse(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        array.removeAll();
        for (int i = items.size() - 1; i >= 0; i--) {
            array.add(items.get(i));
        }
    }
}
