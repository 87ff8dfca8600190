package org.factlint.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.factlint.model.FactsDocument;
import org.junit.jupiter.api.Test;

/**
 * The reader's quick path (bytes straight to a tree, a yes/no schema check compiled from the
 * schema) must give exactly what the full path (strict decoding, the JSON Schema validator) gives:
 * the same problems, byte for byte with lines and columns, and the same document. Held here over
 * every JSON document of the repository and a few thousand broken ones made from them, read as
 * bytes, as text and as a tree, with the default limits and with small ones.
 */
class QuickPathTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final FactsReader DEFAULT = new FactsReader();
    private static final FactsReader SMALL = new FactsReader(new InputLimits(20_000, 5, 300, 12, 3));

    /** Every facts document in the repository: the seed and other articles, every example, the fuzzing seeds. */
    static List<byte[]> corpus() {
        List<byte[]> docs = new ArrayList<>();
        for (Path root : List.of(Path.of("facts"), Path.of("src/test/resources/org/factlint/fuzz"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> docs.add(bytes(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    @Test
    void theQuickPathIsTakenForEveryDocumentThatHasNothingToReport() {
        int clean = 0;
        for (byte[] doc : corpus()) {
            if (DEFAULT.readWithoutQuickPath(doc).problems().isEmpty()) {
                JsonNode tree = new JsonInput(InputLimits.DEFAULT, true).quickTree(doc);
                assertNotNull(tree, "a well-formed document should parse on the quick path");
                assertTrue(DEFAULT.quicklyClean(tree), () -> "not clean on the quick path: "
                        + new String(doc, StandardCharsets.UTF_8).substring(0, 200));
                clean++;
            }
        }
        assertTrue(clean > 80, "the repository's documents should mostly be clean: " + clean);
    }

    @Test
    void bothPathsAgreeOnEveryDocumentOfTheRepository() {
        for (byte[] doc : corpus()) {
            agree(doc, "corpus");
        }
    }

    @Test
    void bothPathsAgreeOnBrokenDocuments() {
        Random random = new Random(20261126);
        List<byte[]> corpus = corpus();
        int quick = 0;
        for (int i = 0; i < 2500; i++) {
            byte[] base = corpus.get(random.nextInt(corpus.size()));
            byte[] broken = random.nextInt(4) == 0 ? breakBytes(base, random) : breakTree(base, random);
            agree(broken, "broken document " + i);
            JsonNode tree = new JsonInput(InputLimits.DEFAULT, true).quickTree(broken);
            quick += tree != null && DEFAULT.quicklyClean(tree) ? 1 : 0;
        }
        // some edits break nothing (a valid value replaced by another), and those go the quick way
        assertTrue(quick > 50 && quick < 2000, "documents found clean on the quick path: " + quick);
    }

    @Test
    void edgesWhereTheValidatorsCouldDisagreeAreLeftToTheFullValidator() {
        byte[] seed = bytes(Path.of("facts/2025-04-23-london-ukraine-talks.json"));
        ObjectNode doc = (ObjectNode) tree(seed);
        ObjectNode role = firstFact(doc, "role");
        for (String edge : List.of("{'rank': 'minister\\n'}", "{'rank': 'minister:foreign'}", "{'current': null}",
                "{'evidence': {'quote': 'x', 'start': 5.0}}", "{'evidence': [{'quote': 'x', 'start': 2147483648}]}",
                "{'confidence': 1.00000000000000000001}", "{'confidence': 1.0}", "{'confidence': 0}",
                "{'evidence': {'quote': 'x', 'sentence': 0}}", "{'title': ''}", "{'title': '\\ud83d\\ude00'}",
                "{'of': 'france', 'type': 'affiliation'}", "{'type': 'quote'}", "{'extra': 1}")) {
            ObjectNode copy = doc.deepCopy();
            ObjectNode fact = firstFact(copy, "role");
            Doc.json(edge).fields().forEachRemaining(e -> fact.set(e.getKey(), e.getValue()));
            agree(copy.toString().getBytes(StandardCharsets.UTF_8), edge);
        }
        assertNotNull(role);
    }

    @Test
    void duplicateKeysAtAnyDepthAreLeftToTheFullParser() {
        String seed = new String(bytes(Path.of("facts/2025-04-23-london-ukraine-talks.json")), StandardCharsets.UTF_8);
        for (String key : List.of("\"format\"", "\"id\"", "\"quote\"", "\"start\"", "\"predicate\"")) {
            String doubled = seed.replaceFirst(key + "\\s*:\\s*", key + ": \"dup\", " + key + ": ");
            JsonNode tree = new JsonInput(InputLimits.DEFAULT, true).quickTree(doubled.getBytes(StandardCharsets.UTF_8));
            assertEquals(null, tree, key);
            agree(doubled.getBytes(StandardCharsets.UTF_8), "duplicate " + key);
        }
    }

    @Test
    void theCountingParserStopsAtTheFirstEntryOverALimit() throws IOException {
        InputLimits limits = new InputLimits(1 << 20, 64, 1000, 3, 2);
        JsonInput json = new JsonInput(limits, true);
        assertNotNull(json.quickTree("{\"facts\": [1, 2, 3], \"entities\": [{}, {}, {}], \"x\": {\"y\": [[1, 2], [3]]}}"));
        for (String over : List.of("{\"facts\": [1, 2, 3, 4]}", "{\"entities\": [{}, {}, {}, []]}", "{\"x\": [1, 2, 3]}",
                "{\"facts\": [{\"evidence\": [{}, {}, {}]}]}", "{\"x\": {\"facts\": [1, 2, 3]}}")) {
            assertThrows(CountingParser.TooMany.class, () -> JSON.readTree(
                    new CountingParser(JSON.getFactory().createParser(over), limits)), over);
            assertEquals(null, json.quickTree(over), over);
        }
    }

    @Test
    void theQuickCheckRefusesASchemaItDoesNotUnderstand() {
        for (String schema : List.of("{'type': 'object', 'oneOf': [{'required': ['a']}]}", "{'not': {'type': 'string'}}",
                "{'$ref': 'https://example.org/other.json'}", "{'type': 'object', 'additionalProperties': {'type': 'string'}}",
                "{'allOf': [{'required': ['a']}]}")) {
            assertThrows(IllegalArgumentException.class, () -> QuickSchema.compile(Doc.json(schema)), schema);
        }
    }

    // --- the comparison ----------------------------------------------------------------------

    private static void agree(byte[] doc, String what) {
        for (FactsReader reader : List.of(DEFAULT, SMALL)) {
            same(reader.readWithoutQuickPath(doc), reader.read(doc), what + " (bytes)");
            String text = new String(doc, StandardCharsets.UTF_8);
            same(reader.readWithoutQuickPath(text), reader.read(text), what + " (text)");
            JsonNode tree = JsonInputTrees.parse(doc);
            if (tree != null) {
                same(reader.readFully(tree), reader.read(tree), what + " (tree)");
            }
        }
    }

    private static void same(Read<FactsDocument> full, Read<FactsDocument> quick, String what) {
        assertEquals(full.problems(), quick.problems(), what);
        assertEquals(full.ok(), quick.ok(), what);
        if (full.ok()) {
            assertEquals(full.value().article(), quick.value().article(), what);
            assertEquals(full.value().entities(), quick.value().entities(), what);
            assertEquals(full.value().facts(), quick.value().facts(), what);
        }
    }

    /** A tree as a caller of {@code read(JsonNode)} might hold it (decimals kept exact), or null for bytes that are not JSON. */
    private static final class JsonInputTrees {
        private static final ObjectMapper DECIMALS = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        static JsonNode parse(byte[] doc) {
            try {
                return DECIMALS.readTree(doc);
            } catch (IOException e) {
                return null;
            }
        }
    }

    // --- making broken documents -------------------------------------------------------------

    private static final List<String> WORDS = List.of("role", "attendance", "event-level", "event-date", "event-place",
            "presence", "sequence", "quote", "quantity", "affiliation", "claim", "rumour", "attended", "gone", "planned",
            "actual", "person", "country", "organization", "team", "headline", "body", "footer", "count", "ordinal",
            "minister", "minister:foreign", "minister:", "Minister", "mixed", "high-level", "boss", "minister\n",
            "2025-04-23", "2025-13-45", "2025-04-23T09:30:00+01:00", "yesterday", "", " ", "factlint-facts/1",
            "factlint-facts/2", "rubio", "kellogg", "london-talks", "nobody", "\u00e9", "~1/", "past", "future");

    private static final List<String> FIELDS = List.of("id", "type", "person", "party", "event", "status", "level",
            "stage", "date", "expression", "place", "before", "after", "speaker", "text", "channel", "subject",
            "property", "value", "kind", "of", "title", "rank", "current", "predicate", "object", "negated", "source",
            "confidence", "evidence", "quote", "start", "end", "sentence", "name", "aliases", "members", "mentions",
            "eventType", "published", "headline", "format", "article", "entities", "facts", "extra", "when", "for",
            "membersComplete", "extractor", "pattern");

    private static JsonNode value(Random r) {
        return switch (r.nextInt(9)) {
            case 0, 1, 2 -> NODES.textNode(WORDS.get(r.nextInt(WORDS.size())));
            case 3 -> List.<JsonNode>of(NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(7),
                    NODES.numberNode(new BigDecimal("0.5")), NODES.numberNode(new BigDecimal("5.0")),
                    NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(new BigDecimal("1.00000000000000000001")),
                    NODES.numberNode(new BigInteger("123456789012345678901234567890")), NODES.numberNode(2_147_483_648L))
                    .get(r.nextInt(10));
            case 4 -> NODES.nullNode();
            case 5 -> NODES.booleanNode(r.nextBoolean());
            case 6 -> Doc.json(List.of("{}", "[]", "{'quote': 'x'}", "[{'quote': 'Rubio', 'start': -1}]",
                    "{'quote': 'Rubio', 'sentence': 0}", "['rubio', '']").get(r.nextInt(6)));
            default -> NODES.textNode("x".repeat(r.nextInt(400)));
        };
    }

    /** One to three edits of the parsed document: a value replaced, a field removed or added, an entry copied. */
    private static byte[] breakTree(byte[] base, Random r) {
        JsonNode doc = tree(base);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            List<Slot> slots = new ArrayList<>();
            collect(doc, slots);
            Slot s = slots.get(r.nextInt(slots.size()));
            switch (r.nextInt(5)) {
                case 0, 1 -> s.set(value(r));
                case 2 -> s.remove();
                case 3 -> {
                    if (s.node() instanceof ObjectNode o) {
                        o.set(FIELDS.get(r.nextInt(FIELDS.size())), value(r));
                    } else {
                        s.set(value(r));
                    }
                }
                default -> {
                    if (s.parent() instanceof ArrayNode a) {
                        a.add(s.node().deepCopy());
                    } else {
                        s.remove();
                    }
                }
            }
        }
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One edit of the bytes: bad UTF-8, a byte order mark, a cut, trailing content, a comment, NaN. */
    private static byte[] breakBytes(byte[] base, Random r) {
        int at = r.nextInt(base.length);
        byte[][] inserts = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                "/* note */".getBytes(StandardCharsets.UTF_8), "NaN".getBytes(StandardCharsets.UTF_8), {'\t'}, {0}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (r.nextInt(5)) {
            case 0 -> {
                out.write(base, 0, at);
                out.writeBytes(inserts[r.nextInt(inserts.length)]);
                out.write(base, at, base.length - at);
            }
            case 1 -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(base);
            }
            case 2 -> out.write(base, 0, at);
            case 3 -> {
                out.writeBytes(base);
                out.writeBytes(r.nextBoolean() ? " {}".getBytes(StandardCharsets.UTF_8) : "\n\n  x".getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                // a string value's quote mark dropped, or a bracket dropped
                out.write(base, 0, at);
                out.write(base, Math.min(at + 1, base.length), base.length - Math.min(at + 1, base.length));
            }
        }
        return out.toByteArray();
    }

    private record Slot(JsonNode parent, String field, int index, JsonNode node) {
        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(field, v);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, v);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else if (parent instanceof ArrayNode a) {
                a.remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                slots.add(new Slot(node, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i, node.get(i)));
                collect(node.get(i), slots);
            }
        }
    }

    private static ObjectNode firstFact(ObjectNode doc, String type) {
        for (JsonNode f : doc.get("facts")) {
            if (f.path("type").asText().equals(type)) {
                return (ObjectNode) f;
            }
        }
        throw new IllegalStateException("no " + type + " fact");
    }

    private static JsonNode tree(byte[] doc) {
        try {
            return JSON.readTree(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
