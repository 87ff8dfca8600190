package org.factlint.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A yes/no validator compiled from the published JSON Schema, for the common case of a document
 * that breaks nothing: it says "clean" only when the full validator ({@link SchemaCheck}) would
 * report no problem at all and no field is unknown, and "not sure" otherwise, in which case the
 * reader runs the full validator, which words every problem. It never words a problem itself,
 * so the messages stay those of the full validator.
 *
 * <p>It understands the keywords the schema uses, with their JSON Schema meaning: {@code type},
 * {@code required}, {@code properties}, {@code additionalProperties: false}, {@code items},
 * {@code enum} and {@code const} of strings, {@code pattern}, {@code minLength},
 * {@code minimum}, {@code maximum}, {@code $ref} to {@code $defs}, {@code anyOf},
 * {@code unevaluatedProperties: false}, and an {@code allOf} of {@code if}/{@code then} that
 * picks a branch by the constant value of one property, which it compiles into a look-up by
 * that value (a fact is checked against its own type's branch only, not tried against all
 * eleven). {@code format} is an annotation, as for the full validator. A schema with any other
 * keyword is refused when compiled, so that a change to the schema cannot silently pass
 * documents the full validator would fault. Where the two could differ on an edge (a number such
 * as {@code 5.0} for an integer, a line break in a string checked by a pattern), it says "not
 * sure". Immutable and thread-safe.
 */
final class QuickSchema {

    /** Keywords that carry no constraint. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "format", "$defs");

    private final Node root;

    private QuickSchema(Node root) {
        this.root = root;
    }

    /** Compiles the schema shipped under {@code org/factlint/schema/} on the class path. */
    static QuickSchema load(String fileName) {
        String resource = "org/factlint/schema/" + fileName;
        try (InputStream in = QuickSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("factlint was built without its schema " + resource);
            }
            return compile(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
    }

    /** @throws IllegalArgumentException if the schema uses a keyword or a form this validator does not know */
    static QuickSchema compile(JsonNode schema) {
        return new QuickSchema(new Compiler(schema).node(schema, "#"));
    }

    /**
     * True only if the document is valid against the schema, every object field is declared by
     * it, and no array is longer than the limits allow (the facts and entities lists
     * {@link InputLimits#maxFacts()}, every other array {@link InputLimits#maxItems()}).
     */
    boolean clean(JsonNode document, InputLimits limits) {
        if (!document.isObject()) {
            return false;
        }
        for (Iterator<JsonNode> it = document.elements(); it.hasNext(); ) {
            JsonNode n = it.next();
            if (n.isArray() && n.size() > limits.maxFacts()) {
                return false;
            }
        }
        return root.valid(document, limits.maxItems());
    }

    /** What a value must be: one compiled (sub)schema. */
    private static final class Node {
        static final int ANY = 0, OBJECT = 1, ARRAY = 2, STRING = 3, BOOLEAN = 4, INTEGER = 5, NUMBER = 6;

        int type = ANY;
        Set<String> allowed;
        Pattern pattern;
        int minLength;
        BigDecimal minimum;
        BigDecimal maximum;
        Node items;
        /** The facts and entities lists, held to maxFacts (checked before validation) rather than maxItems. */
        boolean topList;
        Node[] anyOf = {};
        /** What an object must be, when no dispatch applies (or its value has no branch). */
        Plan plan;
        /** The property whose value picks a branch, and the merged plan of each branch. */
        String dispatchKey;
        Map<String, Plan> branches = Map.of();

        boolean valid(JsonNode v, int maxItems) {
            if (!hasType(v)) {
                return false;
            }
            if (allowed != null && !(v.isTextual() && allowed.contains(v.textValue()))) {
                return false;
            }
            if (v.isTextual()) {
                if (!validString(v.textValue())) {
                    return false;
                }
            } else if (v.isNumber()) {
                if (!validNumber(v)) {
                    return false;
                }
            } else if (v.isArray()) {
                if (!validArray(v, maxItems)) {
                    return false;
                }
            } else if (v.isObject()) {
                if (!plan(v).valid(v, maxItems)) {
                    return false;
                }
            } else if (dispatchKey != null) {
                return false; // every "if" would hold vacuously: not a case worth reasoning about here
            }
            for (Node n : anyOf) {
                if (n.valid(v, maxItems)) {
                    return true;
                }
            }
            return anyOf.length == 0;
        }

        /** Conservative on numbers: an integer is an integral number as parsed (not 5.0). */
        private boolean hasType(JsonNode v) {
            return switch (type) {
                case OBJECT -> v.isObject();
                case ARRAY -> v.isArray();
                case STRING -> v.isTextual();
                case BOOLEAN -> v.isBoolean();
                case INTEGER -> v.isIntegralNumber();
                case NUMBER -> v.isNumber();
                default -> true;
            };
        }

        private Plan plan(JsonNode object) {
            if (dispatchKey != null) {
                JsonNode k = object.get(dispatchKey);
                Plan branch = k != null && k.isTextual() ? branches.get(k.textValue()) : null;
                if (branch != null) {
                    return branch;
                }
            }
            return plan;
        }

        private boolean validString(String s) {
            if (minLength > 0 && s.codePointCount(0, s.length()) < minLength) {
                return false;
            }
            // A line break is where regex dialects disagree about "$": leave it to the full validator.
            return pattern == null || (!hasLineBreak(s) && pattern.matcher(s).find());
        }

        private boolean validNumber(JsonNode v) {
            if (minimum == null && maximum == null) {
                return true;
            }
            if (v.isIntegralNumber() && v.canConvertToInt()) {
                int i = v.intValue();
                if (minimum != null && minimum.signum() == 0 && maximum == null) {
                    return i >= 0; // the common case, offsets, without building a BigDecimal
                }
            }
            BigDecimal d = v.decimalValue();
            return (minimum == null || d.compareTo(minimum) >= 0) && (maximum == null || d.compareTo(maximum) <= 0);
        }

        private boolean validArray(JsonNode v, int maxItems) {
            if (v.size() > maxItems && !topList) {
                return false;
            }
            if (items != null) {
                for (int i = 0; i < v.size(); i++) {
                    if (!items.valid(v.get(i), maxItems)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * What an object must be, with every schema that applies to it in place ({@code $ref}, the
     * dispatched branch) merged into one table, so that its fields are walked once.
     */
    private static final class Plan {
        final Map<String, Node> properties = new HashMap<>();
        String[] required = {};
        Node[][] anyOfs = {};
        /** Field names allowed when the object is closed; null when any field may appear. */
        Set<String> closedTo;

        boolean valid(JsonNode v, int maxItems) {
            for (String name : required) {
                if (!v.has(name)) {
                    return false;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Node p = properties.get(field.getKey());
                if (p == null ? closedTo != null && !closedTo.contains(field.getKey()) : !p.valid(field.getValue(), maxItems)) {
                    return false;
                }
            }
            for (Node[] alternatives : anyOfs) {
                if (!anyValid(alternatives, v, maxItems)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean anyValid(Node[] alternatives, JsonNode v, int maxItems) {
            for (Node n : alternatives) {
                if (n.valid(v, maxItems)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * Turns schema objects into nodes. A schema that is only a {@code $ref} is its target; a
     * {@code $ref} beside other keywords, and the {@code then} of a dispatch, must be object
     * schemas ({@code required}, {@code properties}, {@code anyOf} of such), which are merged into
     * the plan of the object they apply to.
     */
    private static final class Compiler {
        private final JsonNode schema;
        private final Map<String, Node> done = new HashMap<>();

        Compiler(JsonNode schema) {
            this.schema = schema;
        }

        Node node(JsonNode s, String at) {
            if (!s.isObject()) {
                throw refuse(at, "a schema that is not an object");
            }
            if (onlyRef(s)) {
                String target = s.get("$ref").textValue();
                return node(definition(target), target);
            }
            Node existing = done.get(at);
            if (existing != null) {
                return existing;
            }
            Node n = new Node();
            done.put(at, n);
            Plan plan = new Plan();
            boolean noAdditional = false;
            boolean noUnevaluated = false;
            JsonNode allOf = null;
            JsonNode ref = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                JsonNode v = e.getValue();
                String here = at + "/" + k;
                switch (k) {
                    case "type" -> n.type = type(text(v, here), here);
                    case "additionalProperties" -> noAdditional = isFalse(v, here);
                    case "unevaluatedProperties" -> noUnevaluated = isFalse(v, here);
                    case "items" -> n.items = node(v, here);
                    case "enum" -> n.allowed = Set.copyOf(strings(v, here));
                    case "const" -> n.allowed = Set.of(text(v, here));
                    case "pattern" -> n.pattern = Pattern.compile(text(v, here));
                    case "minLength" -> n.minLength = v.intValue();
                    case "minimum" -> n.minimum = v.decimalValue();
                    case "maximum" -> n.maximum = v.decimalValue();
                    case "anyOf" -> n.anyOf = list(v, here).toArray(new Node[0]);
                    case "$ref" -> ref = v;
                    case "allOf" -> allOf = v;
                    case "required", "properties" -> {
                        // merged into the plan below
                    }
                    default -> {
                        if (!ANNOTATIONS.contains(k)) {
                            throw refuse(here, "the keyword " + k);
                        }
                    }
                }
            }
            merge(plan, s, at);
            if (noAdditional) {
                if (ref != null || allOf != null) {
                    throw refuse(at, "additionalProperties beside $ref or allOf");
                }
                plan.closedTo = Set.copyOf(plan.properties.keySet());
            }
            if (ref != null) {
                String target = text(ref, at + "/$ref");
                mergeInPlace(plan, definition(target), target);
            }
            n.plan = plan;
            if (allOf != null) {
                dispatch(n, allOf, at + "/allOf");
            }
            if (noUnevaluated) {
                close(n.plan, Set.of());
                for (Plan branch : n.branches.values()) {
                    close(branch, Set.of(n.dispatchKey));
                }
            }
            if (at.equals("#")) {
                for (String list : List.of("facts", "entities")) {
                    Node p = plan.properties.get(list);
                    if (p != null) {
                        p.topList = true;
                    }
                }
            }
            return n;
        }

        private static void close(Plan plan, Set<String> alsoEvaluated) {
            Set<String> names = new HashSet<>(plan.properties.keySet());
            names.addAll(alsoEvaluated);
            plan.closedTo = Set.copyOf(names);
        }

        /** This schema object's own {@code properties} and {@code required} into the plan. */
        private void merge(Plan plan, JsonNode s, String at) {
            s.path("properties").fields().forEachRemaining(e -> {
                if (plan.properties.put(e.getKey(), node(e.getValue(), at + "/properties/" + e.getKey())) != null) {
                    throw refuse(at, "the property " + e.getKey() + " declared twice for one object");
                }
            });
            if (s.has("required")) {
                List<String> all = new ArrayList<>(List.of(plan.required));
                all.addAll(strings(s.get("required"), at + "/required"));
                plan.required = all.toArray(new String[0]);
            }
        }

        /** An object schema applied in place (a $ref beside other keywords, a dispatched branch), into the plan. */
        private void mergeInPlace(Plan plan, JsonNode s, String at) {
            if (onlyRef(s)) {
                String target = s.get("$ref").textValue();
                mergeInPlace(plan, definition(target), target);
                return;
            }
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!k.equals("required") && !k.equals("properties") && !k.equals("anyOf") && !ANNOTATIONS.contains(k)) {
                    throw refuse(at + "/" + k, "the keyword " + k + " in a schema applied in place");
                }
            }
            merge(plan, s, at);
            if (s.has("anyOf")) {
                List<Node> alternatives = list(s.get("anyOf"), at + "/anyOf");
                for (int i = 0; i < alternatives.size(); i++) {
                    if (s.get("anyOf").get(i).has("properties")) {
                        throw refuse(at + "/anyOf/" + i, "properties inside anyOf applied in place");
                    }
                }
                List<Node[]> all = new ArrayList<>(List.of(plan.anyOfs));
                all.add(alternatives.toArray(new Node[0]));
                plan.anyOfs = all.toArray(new Node[0][]);
            }
        }

        /** {@code allOf: [{if: {required: [key], properties: {key: {const: c}}}, then: S}, ...]}. */
        private void dispatch(Node n, JsonNode v, String at) {
            if (!v.isArray()) {
                throw refuse(at, "allOf that is not an array");
            }
            Map<String, Plan> branches = new HashMap<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode branch = v.get(i);
                JsonNode cond = branch.path("if");
                String here = at + "/" + i;
                if (branch.size() != 2 || !branch.has("then") || cond.size() != 2
                        || !cond.path("required").isArray() || cond.path("required").size() != 1
                        || cond.path("properties").size() != 1) {
                    throw refuse(here, "an allOf entry other than if {required: [key], properties: {key: {const: value}}} then");
                }
                String k = cond.path("required").get(0).asText();
                JsonNode constant = cond.path("properties").path(k);
                if (constant.size() != 1 || !constant.path("const").isTextual()
                        || (n.dispatchKey != null && !n.dispatchKey.equals(k))) {
                    throw refuse(here, "an if that is not one constant of one property shared by every entry");
                }
                n.dispatchKey = k;
                Plan plan = copy(n.plan);
                mergeInPlace(plan, branch.get("then"), here + "/then");
                if (branches.put(constant.get("const").textValue(), plan) != null) {
                    throw refuse(here, "two branches for one value");
                }
            }
            n.branches = Map.copyOf(branches);
        }

        private static Plan copy(Plan p) {
            Plan c = new Plan();
            c.properties.putAll(p.properties);
            c.required = p.required;
            c.anyOfs = p.anyOfs;
            c.closedTo = p.closedTo;
            return c;
        }

        private boolean onlyRef(JsonNode s) {
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!k.equals("$ref") && !ANNOTATIONS.contains(k)) {
                    return false;
                }
            }
            return s.has("$ref");
        }

        private JsonNode definition(String target) {
            if (!target.startsWith("#/$defs/")) {
                throw refuse(target, "a $ref outside this schema's $defs");
            }
            JsonNode def = schema.at(target.substring(1));
            if (def.isMissingNode()) {
                throw refuse(target, "a $ref to nothing");
            }
            return def;
        }

        private static int type(String t, String at) {
            return switch (t) {
                case "object" -> Node.OBJECT;
                case "array" -> Node.ARRAY;
                case "string" -> Node.STRING;
                case "boolean" -> Node.BOOLEAN;
                case "integer" -> Node.INTEGER;
                case "number" -> Node.NUMBER;
                default -> throw refuse(at, "type " + t);
            };
        }

        private List<Node> list(JsonNode v, String at) {
            if (!v.isArray()) {
                throw refuse(at, "a list of schemas that is not an array");
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                nodes.add(node(v.get(i), at + "/" + i));
            }
            return List.copyOf(nodes);
        }

        private static String text(JsonNode v, String at) {
            if (!v.isTextual()) {
                throw refuse(at, "a value that is not a string");
            }
            return v.textValue();
        }

        private static List<String> strings(JsonNode v, String at) {
            if (!v.isArray()) {
                throw refuse(at, "a list that is not an array");
            }
            List<String> out = new ArrayList<>();
            v.forEach(x -> out.add(text(x, at)));
            return List.copyOf(out);
        }

        private static boolean isFalse(JsonNode v, String at) {
            if (!v.isBoolean() || v.booleanValue()) {
                throw refuse(at, "a value other than false");
            }
            return true;
        }

        private static IllegalArgumentException refuse(String at, String what) {
            return new IllegalArgumentException("the quick schema check does not handle " + what + " (at " + at + ")");
        }
    }
}
