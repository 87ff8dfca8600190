package org.factlint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factlint.Problem;
import org.factlint.input.FactsReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the extractor's examples (src/test/resources/org/factlint/extract/examples.json): each
 * sentence must give the facts it expects, none like those listed as absent and none of the types
 * it forbids, and what it gives
 * must be a valid facts document whose every evidence quote is the text at its offsets.
 */
class ExtractorExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BuiltinExtractor EXTRACTOR = new BuiltinExtractor();

    static Stream<Arguments> examples() throws IOException {
        try (InputStream in = ExtractorExamplesTest.class.getResourceAsStream("examples.json")) {
            List<Arguments> out = new ArrayList<>();
            for (JsonNode e : JSON.readTree(in).get("examples")) {
                out.add(Arguments.of(e.get("name").asText(), e));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String name, JsonNode example) throws IOException {
        String published = example.path("published").asText("2025-04-23");
        ArticleText article = new ArticleText("example", example.path("headline").asText(null), null, published,
                LocalDate.parse(published), null, example.get("text").asText());
        String json = EXTRACTOR.extract(article);
        JsonNode doc = JSON.readTree(json);

        List<Problem> errors = new FactsReader().read(json).problems().stream()
                .filter(p -> p.severity() == org.factlint.Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), () -> "the extracted document is not valid: " + errors + "\n" + json);
        EvidenceCheck.assertQuotesAtOffsets(doc);

        List<Map<String, String>> facts = readable(doc);
        for (JsonNode want : example.path("expect")) {
            if (facts.stream().noneMatch(f -> matches(f, want))) {
                fail("expected " + want + "\n  got " + facts);
            }
        }
        // how many events the dates (or the levels) were read of: one event or several
        for (String[] key : new String[][] {{"distinctEvents", "event-date"}, {"levelEvents", "event-level"}}) {
            if (example.has(key[0])) {
                java.util.Set<String> events = new java.util.HashSet<>();
                for (JsonNode f : doc.get("facts")) {
                    if (f.get("type").asText().equals(key[1])) {
                        events.add(f.get("event").asText());
                    }
                }
                assertEquals(example.get(key[0]).asInt(), events.size(), "events with an " + key[1] + ": " + facts);
            }
        }
        // how many events the facts with an event were read of, whatever their type
        if (example.has("factEvents")) {
            java.util.Set<String> events = new java.util.HashSet<>();
            for (JsonNode f : doc.get("facts")) {
                if (f.has("event")) {
                    events.add(f.get("event").asText());
                }
            }
            assertEquals(example.get("factEvents").asInt(), events.size(), "events with a fact: " + facts);
        }
        if (example.has("noEntity")) {
            for (JsonNode e : doc.get("entities")) {
                assertTrue(!e.get("name").asText().equals(example.get("noEntity").asText()), "no entity " + e);
            }
        }
        for (JsonNode unwanted : example.path("absent")) {
            List<Map<String, String>> found = facts.stream().filter(f -> matches(f, unwanted)).toList();
            assertEquals(List.of(), found, "no fact like " + unwanted + " should be read from: " + example.get("text").asText());
        }
        for (JsonNode type : example.path("forbid")) {
            List<Map<String, String>> found = facts.stream().filter(f -> f.get("type").equals(type.asText())).toList();
            assertEquals(List.of(), found, "no " + type.asText() + " fact should be read from: " + example.get("text").asText());
        }
    }

    /** The facts with entity ids replaced by the entities' names. */
    static List<Map<String, String>> readable(JsonNode doc) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode e : doc.get("entities")) {
            names.put(e.get("id").asText(), e.get("name").asText());
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode f : doc.get("facts")) {
            Map<String, String> m = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isValueNode()) {
                    String v = field.getValue().asText();
                    m.put(field.getKey(), names.getOrDefault(v, v));
                }
            }
            out.add(m);
        }
        return out;
    }

    private static boolean matches(Map<String, String> fact, JsonNode want) {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("confidenceBelow")) {
                if (!(Double.parseDouble(fact.getOrDefault("confidence", "1")) < field.getValue().asDouble())) {
                    return false;
                }
            } else if (!field.getValue().asText().equals(fact.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
