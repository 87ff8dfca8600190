package org.factlint.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.factlint.Problem;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;

/**
 * Reads {@code factlint-facts/1} documents: strict UTF-8 and JSON, the published JSON Schema,
 * then references, ids, dates and evidence. Thread-safe; build one and share it.
 */
public final class FactsReader {

    public static final String FORMAT = "factlint-facts/1";
    public static final String SCHEMA_FILE = "factlint-facts-1.schema.json";

    /** Loaded on first use: building a schema validator is the slow part of reading. */
    private static final class Schema {
        static final SchemaCheck CHECK = SchemaCheck.load(SCHEMA_FILE);
        /** Fields each fact type may have: the common ones and its own, read from the schema. */
        static final Map<String, Set<String>> FACT_FIELDS = new HashMap<>();

        static {
            Set<String> common = CHECK.declaredProperties("common");
            for (String type : Fact.TYPES) {
                Set<String> fields = new HashSet<>(common);
                fields.addAll(CHECK.declaredProperties(type));
                FACT_FIELDS.put(type, fields);
            }
        }
    }

    private final InputLimits limits;
    private final JsonInput json;

    public FactsReader() {
        this(InputLimits.DEFAULT);
    }

    public FactsReader(InputLimits limits) {
        this.limits = limits;
        this.json = new JsonInput(limits, true);
    }

    /**
     * Starts loading the schema validator (the slow part of the first read) on a background
     * thread, so that a caller with other start-up work (compiling rules) does both at once.
     */
    public static void preloadInBackground() {
        Thread t = new Thread(() -> {
            try {
                Schema.CHECK.hashCode();
            } catch (RuntimeException | LinkageError e) {
                // the first read reports it
            }
        }, "factlint-schema-preload");
        t.setDaemon(true);
        t.start();
    }

    public Read<FactsDocument> read(byte[] bytes) {
        return fromParsed(json.parse(bytes));
    }

    public Read<FactsDocument> read(String text) {
        return fromParsed(json.parse(text));
    }

    /** Validates and maps a tree that is already parsed (a CMS may hold one). */
    public Read<FactsDocument> read(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            return Read.failed(List.of(Problem.error("", "expected a JSON object but found " + Kinds.of(tree))));
        }
        List<Problem> problems = new ArrayList<>();
        for (String list : List.of("entities", "facts")) {
            JsonNode n = tree.get(list);
            if (n != null && n.size() > limits.maxFacts()) {
                problems.add(Problem.error("/" + list, "has " + n.size() + " entries; the limit is " + limits.maxFacts()));
                return Read.failed(problems);
            }
        }
        problems.addAll(Schema.CHECK.validate(tree));
        warnAboutUnknownFactFields(tree.get("facts"), problems);
        if (Read.hasErrors(problems)) {
            return Read.failed(problems);
        }
        FactsDocument doc = new FactsMapping(tree, problems).map();
        return new Read<>(doc, problems);
    }

    private static void warnAboutUnknownFactFields(JsonNode facts, List<Problem> problems) {
        if (facts == null || !facts.isArray()) {
            return;
        }
        for (int i = 0; i < facts.size(); i++) {
            JsonNode fact = facts.get(i);
            Set<String> known = Schema.FACT_FIELDS.get(fact.path("type").asText());
            if (known == null) {
                continue; // an unknown type is already an error; its fields mean nothing yet
            }
            int index = i;
            fact.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    problems.add(Problem.warning("/facts/" + index + "/" + name.replace("~", "~0").replace("/", "~1"),
                            "unknown field '" + name + "' ignored"));
                }
            });
        }
    }

    private Read<FactsDocument> fromParsed(JsonInput.Parsed parsed) {
        if (parsed.tree() == null) {
            return Read.failed(parsed.problems());
        }
        Read<FactsDocument> read = read(parsed.tree());
        if (parsed.problems().isEmpty()) {
            return read;
        }
        List<Problem> all = new ArrayList<>(parsed.problems());
        all.addAll(read.problems());
        return new Read<>(read.value(), all);
    }
}
