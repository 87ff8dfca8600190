package org.factlint.extract.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/** Turns a gold {@code factlint-facts/1} document into the answer a perfect model would give: quotes, no offsets, nulls for what is not said. */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {
    }

    static ObjectNode fromFacts(JsonNode doc, ModelSchema schema) {
        ObjectNode answer = JSON.createObjectNode();
        JsonNode items = schema.schema().at("/properties/entities/items/properties");
        ArrayNode entities = answer.putArray("entities");
        for (JsonNode e : doc.get("entities")) {
            entities.add(fill(e, items));
        }
        ArrayNode facts = answer.putArray("facts");
        for (JsonNode f : doc.get("facts")) {
            JsonNode variant = variant(schema, f.get("type").asText());
            ObjectNode out = fill(f, variant.get("properties"));
            JsonNode ev = f.get("evidence");
            out.putObject("evidence").put("quote", (ev.isArray() ? ev.get(0) : ev).get("quote").asText());
            if (!f.has("confidence")) {
                out.put("confidence", 1.0);
            }
            facts.add(out);
        }
        return answer;
    }

    static JsonNode variant(ModelSchema schema, String type) {
        for (JsonNode v : schema.schema().at("/properties/facts/items/anyOf")) {
            if (v.at("/properties/type/enum/0").asText().equals(type)) {
                return v;
            }
        }
        throw new AssertionError("no variant for " + type);
    }

    /** The fields the schema names, from {@code node} or null. */
    private static ObjectNode fill(JsonNode node, JsonNode properties) {
        ObjectNode out = JSON.createObjectNode();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            out.set(name, node.has(name) ? node.get(name) : JSON.nullNode());
        }
        return out;
    }
}
