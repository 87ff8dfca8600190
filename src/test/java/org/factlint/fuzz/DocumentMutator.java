package org.factlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A structure-aware mutator for facts documents: it edits a parsed seed document (replaces a
 * value with a word of the contract, an entity id, a hostile number or string; deletes, copies or
 * reorders entries; links groups and events into cycles) with every choice taken from the
 * fuzzer's data, so the fuzzer's coverage feedback steers the edits. Raw-byte fuzzing rarely gets
 * past the schema; these documents reach the rules.
 */
final class DocumentMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Words of the contract and values near the edges of what the reader accepts. */
    static final List<String> WORDS = List.of(
            "role", "attendance", "event-level", "event-date", "event-place", "presence", "sequence", "quote",
            "quantity", "affiliation", "claim",
            "attended", "absent", "withdrew", "declined", "planned", "invited", "actual",
            "person", "organisation", "country", "place", "event", "group",
            "head-of-state", "head-of-government", "minister", "minister:foreign", "minister:defence",
            "deputy-minister", "deputy-minister:foreign", "envoy", "senior-official", "official", "adviser", "other",
            "mixed", "ministerial", "high-level", "official-level", "technical", "minister:",
            "count", "ordinal", "headline", "standfirst", "body",
            "2025-04-23", "2025-04-22", "2025-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "2025-13-01",
            "2025-04-23T09:30:00+01:00", "2025-04-23T23:59:59-12:00", "+2025-04-23",
            "Wednesday", "on Tuesday night", "last week", "yesterday", "tomorrow", "next Monday", "23 April",
            "Tuesday, 23 April", "last Wednesday", "this week", "in March", "the day before", "Sunday's",
            "talks", "meeting", "summit", "call", "visit", "conference", "war", "video conference",
            "Secretary of State", "Foreign Secretary", "special envoy", "General", "former Foreign Minister",
            "moved", "postponed", "cancelled", "resumed", "not", "never", "no longer", "met", "did not meet",
            "countries taking part", "meetings", "X", "BBC", "London", "Paris", "Kyiv", "United Kingdom",
            "", " ", "\u0000", "\ud800", "\udfff", "\u202e", "Ａ", "ß", "İ", "e\u0301", "\n", "~1", "/", "~");

    /** Numbers a careless reader converts badly. */
    static final List<JsonNode> NUMBERS = List.of(
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1), NODES.numberNode(Integer.MAX_VALUE),
            NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
            NODES.numberNode(new BigInteger("123456789012345678901234567890")),
            NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(new BigDecimal("-1e400")),
            NODES.numberNode(new BigDecimal("1e-400")), NODES.numberNode(-0.0), NODES.numberNode(0.5),
            NODES.numberNode(1.0000001), NODES.numberNode(2.5), NODES.numberNode(1e15));

    private DocumentMutator() {
    }

    /** Applies one to eight edits to {@code doc} (in place). */
    static void mutate(ObjectNode doc, FuzzedDataProvider data) {
        int edits = data.consumeInt(1, 8);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            edit(doc, data);
        }
    }

    private static void edit(ObjectNode doc, FuzzedDataProvider data) {
        List<Slot> slots = new ArrayList<>();
        collect(doc, slots);
        if (slots.isEmpty()) {
            doc.put("format", "factlint-facts/1");
            return;
        }
        Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
        switch (data.consumeInt(0, 11)) {
            case 0 -> slot.set(NODES.textNode(WORDS.get(data.consumeInt(0, WORDS.size() - 1))));
            case 1 -> slot.set(NODES.textNode(anId(doc, data)));
            case 2 -> slot.set(NUMBERS.get(data.consumeInt(0, NUMBERS.size() - 1)));
            case 3 -> slot.set(NODES.textNode(data.consumeString(64)));
            case 4 -> slot.set(switch (data.consumeInt(0, 4)) {
                case 0 -> NODES.nullNode();
                case 1 -> NODES.booleanNode(data.consumeBoolean());
                case 2 -> NODES.objectNode();
                case 3 -> NODES.arrayNode();
                default -> NODES.numberNode(data.consumeInt());
            });
            case 5 -> slot.remove();
            case 6 -> copyEntry(doc, data, "facts");
            case 7 -> copyEntry(doc, data, "entities");
            case 8 -> swapEntries(doc, data);
            case 9 -> groupCycle(doc, data);
            case 10 -> sequenceFact(doc, data);
            default -> slot.set(NODES.textNode(slot.current().asText() + data.consumeString(8)));
        }
    }

    /** Copies a fact or entity, sometimes under a new id, sometimes with one field changed. */
    private static void copyEntry(ObjectNode doc, FuzzedDataProvider data, String list) {
        ArrayNode array = array(doc, list);
        if (array.isEmpty()) {
            return;
        }
        JsonNode original = array.get(data.consumeInt(0, array.size() - 1));
        JsonNode copy = original.deepCopy();
        if (copy instanceof ObjectNode o && data.consumeBoolean()) {
            o.put("id", "fz" + data.consumeInt(0, 999));
        }
        if (copy instanceof ObjectNode o && data.consumeBoolean()) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            if (!names.isEmpty()) {
                o.put(names.get(data.consumeInt(0, names.size() - 1)), WORDS.get(data.consumeInt(0, WORDS.size() - 1)));
            }
        }
        array.insert(data.consumeInt(0, array.size()), copy);
    }

    private static void swapEntries(ObjectNode doc, FuzzedDataProvider data) {
        ArrayNode array = array(doc, data.consumeBoolean() ? "facts" : "entities");
        if (array.size() < 2) {
            return;
        }
        int a = data.consumeInt(0, array.size() - 1);
        int b = data.consumeInt(0, array.size() - 1);
        JsonNode x = array.get(a);
        array.set(a, array.get(b));
        array.set(b, x);
    }

    /** Makes an entity a group whose members lead back to it (directly or through another entity). */
    private static void groupCycle(ObjectNode doc, FuzzedDataProvider data) {
        ArrayNode entities = array(doc, "entities");
        if (entities.isEmpty() || !(entities.get(data.consumeInt(0, entities.size() - 1)) instanceof ObjectNode g)) {
            return;
        }
        g.put("kind", "group");
        ArrayNode members = g.putArray("members");
        members.add(data.consumeBoolean() ? g.path("id").asText() : anId(doc, data));
        if (entities.get(data.consumeInt(0, entities.size() - 1)) instanceof ObjectNode other) {
            other.put("kind", "group");
            other.putArray("members").add(g.path("id").asText());
            members.add(other.path("id").asText());
        }
    }

    /** Adds a before/after fact between two entity ids (the same one, sometimes). */
    private static void sequenceFact(ObjectNode doc, FuzzedDataProvider data) {
        ObjectNode f = array(doc, "facts").addObject();
        f.put("id", "fs" + data.consumeInt(0, 999));
        f.put("type", "sequence");
        f.put("before", anId(doc, data));
        f.put("after", anId(doc, data));
    }

    private static String anId(ObjectNode doc, FuzzedDataProvider data) {
        List<String> ids = new ArrayList<>();
        for (String list : List.of("entities", "facts")) {
            doc.path(list).forEach(e -> ids.add(e.path("id").asText()));
        }
        return ids.isEmpty() ? "x" : ids.get(data.consumeInt(0, ids.size() - 1));
    }

    private static ArrayNode array(ObjectNode doc, String name) {
        JsonNode n = doc.get(name);
        return n instanceof ArrayNode a ? a : doc.putArray(name);
    }

    /** A place in the tree that can be replaced or removed. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode current() {
            return field != null ? parent.path(field) : parent.path(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                slots.add(new Slot(o, e.getKey(), -1));
                collect(e.getValue(), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }
}
