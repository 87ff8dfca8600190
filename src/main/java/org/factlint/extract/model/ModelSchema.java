package org.factlint.extract.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema the model is asked to answer with, generated from the published
 * {@code factlint-facts/1} schema so that the two cannot drift apart. Strict structured output
 * (OpenAI's, and the grammar-based ones of vLLM and llama.cpp) takes a subset of JSON Schema:
 * every object closed and every property required (an optional one is nullable instead), no
 * {@code if}/{@code then}, no {@code $ref} needed, no {@code format}, {@code pattern},
 * {@code minLength} or bounds (said in the description instead). So the answer is flattened:
 *
 * <ul>
 *   <li>{@code {"entities": [...], "facts": [...]}}: no {@code format} and no {@code article} (factlint
 *       knows both; the model must not copy the text back);</li>
 *   <li>each fact is one of the published fact types, as an {@code anyOf} of closed objects whose
 *       {@code type} is a one-value enum (the published {@code allOf} of {@code if}/{@code then});</li>
 *   <li>evidence is {@code {"quote": ...}} only: the model gives quotes, never offsets (factlint finds
 *       the quote in the text and computes them); entities have no {@code mentions};</li>
 *   <li>{@code extractor} and {@code pattern} are left out (factlint writes them); {@code confidence} is required.</li>
 * </ul>
 *
 * The published alternatives "person or party" and "date or expression" become two nullable
 * fields; the published schema checks them when the answer is read as a facts document.
 * Immutable and thread-safe.
 */
public final class ModelSchema {

    /** The name the schema is sent under ({@code response_format.json_schema.name}). */
    public static final String NAME = "factlint_facts";
    private static final String PUBLISHED = "org/factlint/schema/factlint-facts-1.schema.json";
    private static final String ID_REF = "#/$defs/id";
    /** Fact fields the model does not write: factlint sets them. */
    private static final Set<String> NOT_ASKED = Set.of("extractor", "pattern");
    /** Fact fields the model must give a value for, beside each type's required fields. */
    private static final Set<String> ALWAYS = Set.of("id", "type", "evidence", "confidence");
    /** Keywords strict structured output does not take; what they said goes to the description. */
    private static final Map<String, String> DROPPED = Map.of("format", "format", "pattern", "pattern",
            "minLength", "minLength", "minimum", "minimum", "maximum", "maximum");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final int MAX_VIOLATIONS = 5;

    private static final ModelSchema BUNDLED = new ModelSchema(published());

    private final ObjectNode schema;
    private final Map<String, ObjectNode> variants;
    private final Map<String, Set<String>> references;
    private final Schema envelope;
    private final Map<String, Schema> validators;

    /** Generates the model's schema from a published {@code factlint-facts/1} schema. */
    ModelSchema(JsonNode published) {
        JsonNode defs = published.path("$defs");
        Map<String, ObjectNode> vs = new LinkedHashMap<>();
        Map<String, Set<String>> refs = new LinkedHashMap<>();
        for (JsonNode branch : defs.path("fact").path("allOf")) {
            String type = branch.path("if").path("properties").path("type").path("const").asText(null);
            String def = name(branch.path("then").path("$ref").asText(""));
            if (type == null || !defs.has(def)) {
                throw new IllegalStateException("the published schema's fact branches are not if type = X then $defs/X");
            }
            vs.put(type, variant(type, defs.get("common"), defs.get(def), defs));
            refs.put(type, Collections.unmodifiableSet(referenceFields(defs.get(def))));
        }
        if (vs.isEmpty()) {
            throw new IllegalStateException("the published schema has no fact types");
        }
        refs.put("entity", Collections.unmodifiableSet(referenceFields(defs.get("entity"))));
        this.variants = Collections.unmodifiableMap(vs);
        this.references = Collections.unmodifiableMap(refs);

        ObjectNode root = JSON.createObjectNode();
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        ObjectNode entities = props.putObject("entities");
        entities.put("type", "array");
        entities.set("items", closed(defs.get("entity"), Set.of("mentions"), Set.of(), defs));
        ObjectNode facts = props.putObject("facts");
        facts.put("type", "array");
        ArrayNode anyOf = facts.putObject("items").putArray("anyOf");
        vs.values().forEach(anyOf::add);
        root.putArray("required").add("entities").add("facts");
        root.put("additionalProperties", false);
        this.schema = root;

        ObjectNode env = root.deepCopy();
        ((ObjectNode) env.path("properties").path("facts")).putObject("items").put("type", "object");
        this.envelope = REGISTRY.getSchema(env);
        Map<String, Schema> vals = new LinkedHashMap<>();
        vs.forEach((type, node) -> vals.put(type, REGISTRY.getSchema(node)));
        this.validators = vals;
    }

    /** The schema generated from the published one bundled with factlint. */
    public static ModelSchema bundled() {
        return BUNDLED;
    }

    /** The strict schema to send (a copy). */
    public ObjectNode schema() {
        return schema.deepCopy();
    }

    /** The fact types, in the published schema's order. */
    public Set<String> factTypes() {
        return variants.keySet();
    }

    /**
     * The fields of a fact type (or of {@code entity}) that hold an entity's id (a string or a list
     * of them), as the published schema says with {@code $ref: #/$defs/id}; the fact's or entity's
     * own {@code id} is not one.
     */
    public Set<String> referenceFields(String typeOrEntity) {
        return references.getOrDefault(typeOrEntity, Set.of());
    }

    /**
     * What in an answer breaks the schema, as "pointer: message" (at most a few): the answer's
     * shape and entities first, then each fact against its own type (one readable complaint instead
     * of one per type). Empty when it fits.
     */
    public List<String> violations(JsonNode answer) {
        List<String> out = new ArrayList<>();
        add(out, "", envelope.validate(answer));
        JsonNode facts = answer.path("facts");
        for (int i = 0; i < facts.size() && out.size() < MAX_VIOLATIONS; i++) {
            JsonNode f = facts.get(i);
            String type = f.path("type").asText("");
            Schema v = validators.get(type);
            if (v == null) {
                out.add("/facts/" + i + "/type: expected one of " + String.join(", ", variants.keySet()) + " but found "
                        + f.path("type"));
            } else {
                add(out, "/facts/" + i, v.validate(f));
            }
        }
        return out.size() > MAX_VIOLATIONS ? out.subList(0, MAX_VIOLATIONS) : out;
    }

    private static void add(List<String> out, String prefix, List<Error> errors) {
        Set<String> seen = new LinkedHashSet<>();
        for (Error e : errors) {
            seen.add(prefix + pointer(e.getInstanceLocation()) + ": " + e.getMessage().replaceFirst("^\\S+: ", ""));
        }
        out.addAll(seen);
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(path.getElement(i));
        }
        return sb.toString();
    }

    /** One closed object per fact type: the common fields and the type's own, {@code type} pinned to the one value. */
    private static ObjectNode variant(String type, JsonNode common, JsonNode own, JsonNode defs) {
        ObjectNode merged = JSON.createObjectNode();
        ObjectNode props = merged.putObject("properties");
        common.path("properties").fields().forEachRemaining(e -> props.set(e.getKey(), e.getValue()));
        own.path("properties").fields().forEachRemaining(e -> props.set(e.getKey(), e.getValue()));
        ArrayNode required = merged.putArray("required");
        common.path("required").forEach(required::add);
        own.path("required").forEach(required::add);
        ALWAYS.forEach(required::add);
        ObjectNode v = closed(merged, NOT_ASKED, Set.of("type", "evidence"), defs);
        ObjectNode p = (ObjectNode) v.get("properties");
        ObjectNode t = JSON.createObjectNode();
        t.put("type", "string");
        t.putArray("enum").add(type);
        p.set("type", t);
        p.set("evidence", evidence(defs.get("evidence")));
        if (own.has("anyOf")) {
            v.put("description", "A fact of type " + type + ". Give at least one of: " + alternatives(own.get("anyOf")) + ".");
        }
        return v;
    }

    /** {@code {"quote": "..."}}: the published evidence object without its offsets. */
    private static ObjectNode evidence(JsonNode published) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "object");
        ObjectNode quote = convert(published.path("properties").path("quote"), false, null);
        quote.put("description", "The exact words of the article that state the fact, copied character for character "
                + "(one sentence or less).");
        e.putObject("properties").set("quote", quote);
        e.putArray("required").add("quote");
        e.put("additionalProperties", false);
        return e;
    }

    /** An object with every property required, the optional ones nullable, and no unknown field allowed. */
    private static ObjectNode closed(JsonNode def, Set<String> without, Set<String> setLater, JsonNode defs) {
        Set<String> required = new LinkedHashSet<>();
        def.path("required").forEach(r -> required.add(r.asText()));
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "object");
        if (def.has("description")) {
            o.put("description", def.get("description").asText());
        }
        ObjectNode props = o.putObject("properties");
        ArrayNode req = JSON.createArrayNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = def.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (without.contains(e.getKey())) {
                continue;
            }
            props.set(e.getKey(), setLater.contains(e.getKey()) ? JSON.createObjectNode()
                    : convert(e.getValue(), !required.contains(e.getKey()), defs));
            req.add(e.getKey());
        }
        o.set("required", req);
        o.put("additionalProperties", false);
        return o;
    }

    /** A property's schema in the strict subset: references inlined, unsupported keywords said in words, null allowed if optional. */
    private static ObjectNode convert(JsonNode prop, boolean nullable, JsonNode defs) {
        ObjectNode out = JSON.createObjectNode();
        JsonNode p = prop;
        String description = prop.path("description").asText(null);
        if (prop.has("$ref")) {
            p = defs.path(name(prop.get("$ref").asText()));
            if (description == null) {
                description = p.path("description").asText(null);
            }
        }
        List<String> said = new ArrayList<>();
        if (p.has("format") && p.get("format").asText().equals("date")) {
            said.add("an ISO date, YYYY-MM-DD");
        }
        if (p.has("pattern")) {
            said.add("matching " + p.get("pattern").asText());
        }
        if (p.has("minLength")) {
            said.add("not empty");
        }
        if (p.has("minimum") || p.has("maximum")) {
            said.add("from " + p.path("minimum").asText("-") + " to " + p.path("maximum").asText("-"));
        }
        String type = p.has("type") ? p.get("type").asText() : null;
        if (p.has("enum") || p.has("const")) {
            ArrayNode values = out.putArray("enum");
            if (p.has("enum")) {
                p.get("enum").forEach(values::add);
            } else {
                values.add(p.get("const"));
            }
            type = values.get(0).isTextual() ? "string" : type;
            if (nullable) {
                values.addNull();
            }
        }
        if (type != null) {
            if (nullable) {
                out.putArray("type").add(type).add("null");
            } else {
                out.put("type", type);
            }
        }
        if ("array".equals(type)) {
            out.set("items", convert(p.path("items"), false, defs));
        }
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!Set.of("type", "enum", "const", "items", "description", "$ref").contains(k) && !DROPPED.containsKey(k)) {
                throw new IllegalStateException("the published schema uses '" + k + "' where the model's schema cannot "
                        + "follow; extend ModelSchema");
            }
        }
        if (description != null || !said.isEmpty()) {
            String words = String.join("; ", said);
            out.put("description", description == null ? words : said.isEmpty() ? description : description + " (" + words + ")");
        }
        return out;
    }

    private static Set<String> referenceFields(JsonNode def) {
        Set<String> out = new LinkedHashSet<>();
        def.path("properties").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            boolean id = ID_REF.equals(v.path("$ref").asText()) || ID_REF.equals(v.path("items").path("$ref").asText());
            if (id && !e.getKey().equals("id")) {
                out.add(e.getKey());
            }
        });
        return out;
    }

    private static String alternatives(JsonNode anyOf) {
        List<String> names = new ArrayList<>();
        anyOf.forEach(a -> a.path("required").forEach(r -> names.add(r.asText())));
        return String.join(" or ", names);
    }

    private static String name(String ref) {
        return ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : ref;
    }

    private static JsonNode published() {
        try (InputStream in = ModelSchema.class.getClassLoader().getResourceAsStream(PUBLISHED)) {
            if (in == null) {
                throw new IllegalStateException("factlint was built without its schema " + PUBLISHED);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + PUBLISHED, e);
        }
    }
}
