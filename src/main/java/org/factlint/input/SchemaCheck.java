package org.factlint.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factlint.Problem;

/**
 * Validates a JSON tree against one of the published JSON Schemas (the same files integrators
 * use) and turns the validator's errors into problems with JSON pointers and plain messages.
 * Unknown fields, which the schema rejects, are only warnings here: the contract says so.
 */
final class SchemaCheck {

    /** The pointer of a whole fact, where the "person or party" and "date or expression" alternatives apply. */
    private static final java.util.regex.Pattern FACT = java.util.regex.Pattern.compile("/facts/\\d+");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    /** The schema exactly as published, {@code unevaluatedProperties} included: for tests that compare the two. */
    static SchemaCheck loadAsPublished(String fileName) {
        Schema s = REGISTRY.getSchema(SchemaLocation.of("classpath:org/factlint/schema/" + fileName));
        s.initializeValidators();
        return new SchemaCheck(s);
    }

    /** Loads a schema shipped under {@code org/factlint/schema/} on the class path; thread-safe once loaded. */
    static SchemaCheck load(String fileName) {
        String resource = "org/factlint/schema/" + fileName;
        JsonNode node;
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("factlint was built without its schema " + resource);
            }
            node = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
        Schema s = REGISTRY.getSchema(SchemaLocation.of("classpath:" + resource), withoutUnevaluatedProperties(node));
        s.initializeValidators();
        return new SchemaCheck(s);
    }

    /**
     * The schema without {@code unevaluatedProperties}: its errors are never reported (see
     * {@link #toProblem}: FactsReader reports unknown fact fields itself), yet evaluating it makes
     * the validator collect annotations for every fact, which doubled the cost of validation.
     */
    private static JsonNode withoutUnevaluatedProperties(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("unevaluatedProperties");
        }
        node.forEach(SchemaCheck::strip);
    }

    List<Problem> validate(JsonNode tree) {
        // One problem per pointer and message; the validator can say the same thing twice.
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Error e : schema.validate(tree)) {
            Problem p = e.getEvaluationPath().toString().contains("anyOf") ? fromAlternatives(e, tree) : toProblem(e, tree);
            if (p != null) {
                problems.putIfAbsent(p.pointer() + "\n" + p.message(), p);
            }
        }
        return new ArrayList<>(problems.values());
    }

    /**
     * An error inside {@code anyOf}: the alternatives are "person or party", "date or expression",
     * and "one evidence object or an array of them". Say the alternatives once instead of every
     * branch's complaint; errors deeper inside a branch of the right shape are reported as usual.
     */
    private static Problem fromAlternatives(Error e, JsonNode root) {
        String pointer = pointer(e.getInstanceLocation());
        JsonNode node = root.at(pointer);
        if (e.getKeyword().equals("required") && FACT.matcher(pointer).matches()) {
            return Problem.error(pointer, anyOfMeaning(node));
        }
        if (e.getKeyword().equals("type") && (pointer.endsWith("/evidence") || pointer.endsWith("/mentions"))) {
            return node.isObject() || node.isArray() ? null : Problem.error(pointer,
                    "expected an evidence object ({\"quote\": ..., \"start\": ..., \"end\": ...}) or an array of them but found "
                            + Kinds.of(node));
        }
        return toProblem(e, root);
    }

    private static Problem toProblem(Error e, JsonNode root) {
        String pointer = pointer(e.getInstanceLocation());
        JsonNode node = e.getInstanceNode() != null ? e.getInstanceNode() : root.at(pointer);
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        switch (e.getKeyword()) {
            case "unevaluatedProperties":
                // Raised for every field of a fact whose type-specific part failed; FactsReader
                // reports unknown fact fields itself, from the same schema's property lists.
                return null;
            case "additionalProperties": {
                String name = e.getProperty() != null ? e.getProperty() : String.valueOf(args.length > 0 ? args[0] : "?");
                return Problem.warning(pointer + "/" + escape(name), "unknown field '" + name + "' ignored");
            }
            case "required": {
                String name = e.getProperty() != null ? e.getProperty() : String.valueOf(args.length > 0 ? args[0] : "?");
                return Problem.error(pointer, "missing required field '" + name + "'");
            }
            case "type":
                return Problem.error(pointer, "expected " + article(String.valueOf(e.getSchemaNode().asText()))
                        + " but found " + Kinds.of(node));
            case "enum":
                return Problem.error(pointer, "expected one of " + words(e.getSchemaNode()) + " but found " + Kinds.of(node));
            case "const":
                return Problem.error(pointer, "expected \"" + e.getSchemaNode().asText() + "\" but found " + Kinds.of(node));
            case "pattern":
                return Problem.error(pointer, "expected " + patternMeaning(field) + " but found " + Kinds.of(node));
            case "format":
                return Problem.error(pointer, "expected an ISO-8601 date (YYYY-MM-DD) but found " + Kinds.of(node));
            case "minLength":
                return Problem.error(pointer, "expected a non-empty string");
            case "minimum", "maximum":
                if (field.equals("start") || field.equals("end") || field.equals("sentence")) {
                    // Evidence positions help the report but are not facts: a bad one is dropped, not fatal.
                    return Problem.warning(pointer, "expected " + rangeMeaning(field) + " but found " + Kinds.of(node)
                            + "; ignored");
                }
                return Problem.error(pointer, "expected " + rangeMeaning(field) + " but found " + Kinds.of(node));
            case "anyOf":
                return Problem.error(pointer, anyOfMeaning(root.at(pointer)));
            case "if", "then", "allOf", "$ref":
                return null; // wrappers: the keyword that failed inside them is reported on its own
            default:
                return Problem.error(pointer, e.getMessage());
        }
    }

    /** The property names a schema definition ({@code $defs/<name>/properties}) declares. */
    java.util.Set<String> declaredProperties(String definition) {
        java.util.Set<String> names = new java.util.HashSet<>();
        schema.getSchemaNode().path("$defs").path(definition).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/').append(element instanceof String s ? escape(s) : String.valueOf(element));
        }
        return sb.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String article(String type) {
        return switch (type) {
            case "object", "array", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }

    private static String words(JsonNode values) {
        List<String> words = new ArrayList<>();
        for (Iterator<JsonNode> it = values.elements(); it.hasNext(); ) {
            words.add(it.next().asText());
        }
        return String.join(", ", words);
    }

    private static String patternMeaning(String field) {
        return switch (field) {
            case "rank" -> org.factlint.model.Rank.expected();
            case "level" -> org.factlint.model.Level.expected();
            default -> "a value of the right form";
        };
    }

    private static String rangeMeaning(String field) {
        return switch (field) {
            case "confidence" -> "a number from 0 to 1";
            case "sentence" -> "a sentence number of 1 or more";
            default -> "an offset of 0 or more";
        };
    }

    private static String anyOfMeaning(JsonNode fact) {
        String type = fact.path("type").asText();
        return switch (type) {
            case "attendance" -> "an attendance fact needs 'person' or 'party'";
            case "event-date" -> "an event-date fact needs 'date', 'expression' or both";
            default -> "the value does not have any of the allowed shapes";
        };
    }
}
