package org.factlint.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model's schema: in the strict subset, one variant per published fact type, and accepting the gold documents as a model would write them. */
class ModelSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_STRICT = Set.of("if", "then", "else", "allOf", "oneOf", "not", "$ref", "format",
            "pattern", "minLength", "minimum", "maximum", "unevaluatedProperties");
    private final ModelSchema schema = ModelSchema.bundled();

    @Test
    void everyObjectIsClosedWithEveryPropertyRequiredAndNoUnsupportedKeyword() {
        List<String> wrong = new ArrayList<>();
        walk(schema.schema(), "", wrong);
        assertEquals(List.of(), wrong);
        assertEquals("object", schema.schema().get("type").asText(), "the root of a strict schema is an object");
        assertFalse(schema.schema().has("anyOf"), "the root of a strict schema may not be anyOf");
    }

    private static void walk(JsonNode node, String at, List<String> wrong) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (NOT_STRICT.contains(k) && !at.endsWith("/properties")) {
                    wrong.add(at + "/" + k + ": not in the strict subset");
                }
            }
            if (node.has("properties") && !at.endsWith("/properties")) {
                Set<String> names = new HashSet<>();
                node.get("properties").fieldNames().forEachRemaining(names::add);
                Set<String> required = new HashSet<>();
                node.path("required").forEach(r -> required.add(r.asText()));
                if (!names.equals(required)) {
                    wrong.add(at + ": required " + required + " is not every property " + names);
                }
                if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                    wrong.add(at + ": additionalProperties is not false");
                }
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), at + "/" + e.getKey(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, wrong);
            }
        }
    }

    @Test
    void oneVariantPerPublishedFactTypeAndReferencesFromTheIdDefinition() throws IOException {
        JsonNode published = JSON.readTree(Path.of("schema/factlint-facts-1.schema.json").toFile());
        List<String> types = new ArrayList<>();
        published.at("/$defs/common/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertEquals(types, new ArrayList<>(schema.factTypes()));
        assertEquals(Set.of("event", "person", "party"), schema.referenceFields("attendance"));
        assertEquals(Set.of("person", "of"), schema.referenceFields("role"));
        assertEquals(Set.of("members"), schema.referenceFields("entity"));
        JsonNode evidence = Answers.variant(schema, "role").at("/properties/evidence/properties");
        assertEquals(List.of("quote"), names(evidence), "the model gives quotes, never offsets");
        assertFalse(Answers.variant(schema, "role").at("/properties").has("extractor"));
    }

    @Test
    void acceptsEveryGoldDocumentAsAModelWouldWriteIt() throws IOException {
        List<Path> gold = new ArrayList<>();
        gold.add(Path.of("facts/2025-04-23-london-ukraine-talks.json"));
        try (Stream<Path> s = Files.list(Path.of("devset/dev"))) {
            s.filter(p -> p.toString().endsWith(".facts.json")).sorted().forEach(gold::add);
        }
        assertTrue(gold.size() > 5, "the gold documents are where they were: " + gold);
        for (Path p : gold) {
            ObjectNode answer = Answers.fromFacts(JSON.readTree(p.toFile()), schema);
            assertEquals(List.of(), schema.violations(answer), p.toString());
        }
    }

    @Test
    void refusesWhatBreaksIt() throws IOException {
        ObjectNode good = Answers.fromFacts(JSON.readTree(Path.of("facts/2025-04-23-london-ukraine-talks.json").toFile()), schema);
        ObjectNode noPerson = good.deepCopy();
        ObjectNode role = firstOf(noPerson, "role");
        role.remove("person");
        assertTrue(schema.violations(noPerson).stream().anyMatch(v -> v.startsWith("/facts/") && v.contains("person")),
                schema.violations(noPerson).toString());

        ObjectNode offsets = good.deepCopy();
        ((ObjectNode) firstOf(offsets, "role").get("evidence")).put("start", 3);
        assertFalse(schema.violations(offsets).isEmpty());

        ObjectNode unknownType = good.deepCopy();
        firstOf(unknownType, "role").put("type", "rumour");
        assertTrue(schema.violations(unknownType).get(0).contains("expected one of role, attendance"),
                schema.violations(unknownType).toString());

        ObjectNode badStatus = good.deepCopy();
        firstOf(badStatus, "attendance").put("status", "gone");
        assertFalse(schema.violations(badStatus).isEmpty());

        ObjectNode notArray = good.deepCopy();
        notArray.put("facts", "none");
        assertFalse(schema.violations(notArray).isEmpty());

        ObjectNode extra = good.deepCopy();
        extra.put("article", "copied");
        assertFalse(schema.violations(extra).isEmpty());
    }

    private static ObjectNode firstOf(ObjectNode answer, String type) {
        for (JsonNode f : (ArrayNode) answer.get("facts")) {
            if (f.get("type").asText().equals(type)) {
                return (ObjectNode) f;
            }
        }
        throw new AssertionError("no " + type + " fact");
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
