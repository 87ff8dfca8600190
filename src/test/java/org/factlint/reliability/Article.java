package org.factlint.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A facts document under construction for the property tests: entities, facts, and an article
 * text made of one sentence per fact (each fact's evidence quotes its sentence, without offsets,
 * so the reader locates it). Also knows how to shuffle and rename a finished document.
 */
final class Article {

    static final ObjectMapper JSON = new ObjectMapper();

    final LocalDate published;
    final List<ObjectNode> entities = new ArrayList<>();
    final List<ObjectNode> facts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int factNo;
    private int entityNo;

    Article(LocalDate published) {
        this.published = published;
    }

    /** Adds an entity and returns its id. */
    String entity(String kind, String name) {
        ObjectNode e = JSON.createObjectNode();
        String id = kind.charAt(0) + String.valueOf(++entityNo);
        e.put("id", id).put("kind", kind).put("name", name);
        entities.add(e);
        return id;
    }

    ObjectNode entityNode(String id) {
        return entities.stream().filter(e -> e.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    String name(String id) {
        return entityNode(id).get("name").asText();
    }

    /**
     * Adds a fact of {@code type} with the given fields (name, value pairs; values are strings,
     * numbers or booleans), quoting {@code sentence}, which is appended to the text.
     */
    String fact(String type, String sentence, Object... fields) {
        ObjectNode f = JSON.createObjectNode();
        String id = "f" + (++factNo);
        f.put("id", id).put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            Object v = fields[i + 1];
            if (v instanceof Boolean b) {
                f.put((String) fields[i], b);
            } else if (v instanceof Number n) {
                f.put((String) fields[i], n.doubleValue());
            } else {
                f.put((String) fields[i], (String) v);
            }
        }
        if (text.indexOf(sentence) < 0) {
            text.append(text.length() == 0 ? "" : " ").append(sentence);
        }
        f.putObject("evidence").put("quote", sentence);
        facts.add(f);
        return id;
    }

    ObjectNode factNode(String id) {
        return facts.stream().filter(f -> f.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    /** The same statement again under a new id, with the same evidence (an extractor that read it twice). */
    String restate(String id) {
        ObjectNode copy = factNode(id).deepCopy();
        String newId = "f" + (++factNo);
        copy.put("id", newId);
        facts.add(copy);
        return newId;
    }

    String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "factlint-facts/1");
        root.putObject("article").put("id", "generated").put("published", published.toString())
                .put("headline", "Talks between allies").put("text", text.toString());
        ArrayNode es = root.putArray("entities");
        entities.forEach(es::add);
        ArrayNode fs = root.putArray("facts");
        facts.forEach(fs::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The document with entities and facts shuffled and every id replaced by a fresh one of
     * fixed length (so that no new id is part of another); {@code back} receives new id -> old id.
     */
    static String shuffledAndRenamed(String json, Random random, Map<String, String> back) throws JsonProcessingException {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        Map<String, String> to = new HashMap<>();
        for (String list : List.of("entities", "facts")) {
            root.get(list).forEach(n -> {
                String fresh;
                do {
                    fresh = String.format("r%08x", random.nextInt() & 0x7fffffff);
                } while (back.containsKey(fresh));
                to.put(n.get("id").asText(), fresh);
                back.put(fresh, n.get("id").asText());
            });
        }
        for (String list : List.of("entities", "facts")) {
            List<ObjectNode> nodes = new ArrayList<>();
            root.get(list).forEach(n -> nodes.add(rename((ObjectNode) n, to)));
            Collections.shuffle(nodes, random);
            ArrayNode a = root.putArray(list);
            nodes.forEach(a::add);
        }
        return JSON.writeValueAsString(root);
    }

    /** Every id and reference in the node replaced; free text that is no id is left alone. */
    private static ObjectNode rename(ObjectNode n, Map<String, String> to) {
        ObjectNode copy = n.deepCopy();
        List<String> names = new ArrayList<>();
        copy.fieldNames().forEachRemaining(names::add);
        for (String field : names) {
            if (field.equals("evidence") || field.equals("name") || field.equals("text") || field.equals("title")
                    || field.equals("type") || field.equals("kind")) {
                continue;
            }
            if (copy.get(field).isTextual() && to.containsKey(copy.get(field).asText())) {
                copy.put(field, to.get(copy.get(field).asText()));
            } else if (copy.get(field).isArray()) {
                ArrayNode renamed = JSON.createArrayNode();
                copy.get(field).forEach(v -> renamed.add(v.isTextual() && to.containsKey(v.asText()) ? to.get(v.asText()) : v.asText()));
                copy.set(field, renamed);
            }
        }
        return copy;
    }
}
