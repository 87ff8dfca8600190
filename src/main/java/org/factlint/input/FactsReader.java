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

    /**
     * Loaded on first use, which the quick path never makes: building this validator is the slow
     * part of a cold start, and a document without problems does not need it.
     */
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

    /**
     * The yes/no check compiled from the same schema, loaded with the class (a few milliseconds);
     * null if it could not be compiled, in which case every document takes the full path.
     */
    private static final QuickSchema QUICK = quickSchema();

    private static QuickSchema quickSchema() {
        try {
            return QuickSchema.load(SCHEMA_FILE);
        } catch (RuntimeException e) {
            return null;
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

    /*
     * Two paths, one outcome. The quick one parses the bytes straight into a tree and asks the
     * quick schema check whether anything at all is wrong or unusual; when nothing is, the full
     * validator would have nothing to say and the document goes on to the mapping. Otherwise the
     * full path (strict decoding, the JSON Schema validator) words the problems, exactly as if
     * there were no quick path. QuickPathTest holds the two to the same output.
     */

    public Read<FactsDocument> read(byte[] bytes) {
        return read(parse(bytes));
    }

    public Read<FactsDocument> read(String text) {
        return read(parse(text));
    }

    /**
     * A document parsed but not yet validated: its tree (null when the bytes are not a JSON object),
     * the problems found so far, and whether it took the quick path. A caller may look at the tree
     * first (an article-only document is extracted before it is read) and then {@link #read(Parsed)} it.
     */
    public static final class Parsed {
        private final JsonNode tree;
        private final List<Problem> problems;
        private final boolean quick;

        private Parsed(JsonNode tree, List<Problem> problems, boolean quick) {
            this.tree = tree;
            this.problems = problems;
            this.quick = quick;
        }

        /** The tree, or null when the input did not parse. */
        public JsonNode tree() {
            return tree;
        }

        /** Problems of parsing (a byte order mark, malformed JSON, a limit). */
        public List<Problem> problems() {
            return problems;
        }

        /** True for a document with an article and no entities or facts: its facts are to be extracted. */
        public boolean articleOnly() {
            return ArticleOnly.is(tree);
        }
    }

    /** Parses UTF-8 JSON within the limits; see {@link Parsed}. */
    public Parsed parse(byte[] bytes) {
        JsonNode tree = json.quickTree(bytes);
        if (tree != null) {
            return new Parsed(tree, List.of(), true);
        }
        JsonInput.Parsed p = json.parse(bytes);
        return new Parsed(p.tree(), p.problems(), false);
    }

    /** Parses JSON text within the limits; see {@link Parsed}. */
    public Parsed parse(String text) {
        JsonNode tree = json.quickTree(text);
        if (tree != null) {
            return new Parsed(tree, List.of(), true);
        }
        JsonInput.Parsed p = json.parse(text);
        return new Parsed(p.tree(), p.problems(), false);
    }

    /** Validates and maps a parsed document, exactly as {@link #read(byte[])} would have. */
    public Read<FactsDocument> read(Parsed parsed) {
        return parsed.quick ? read(parsed.tree) : fromParsed(new JsonInput.Parsed(parsed.tree, parsed.problems));
    }

    /** {@link #read(byte[])} as it would be without the quick path: for tests that hold the two paths to one outcome. */
    Read<FactsDocument> readWithoutQuickPath(byte[] bytes) {
        return fromParsed(json.parse(bytes));
    }

    /** {@link #read(String)} without the quick path. */
    Read<FactsDocument> readWithoutQuickPath(String text) {
        return fromParsed(json.parse(text));
    }

    /** True if the quick schema check finds the tree clean (a test that the quick path is really taken). */
    boolean quicklyClean(JsonNode tree) {
        return QUICK != null && QUICK.clean(tree, limits);
    }

    /**
     * The document mapped from a tree the quick schema check finds clean, or null when it finds
     * anything to say (then read the text, whose problems get lines and columns): for a tree an
     * extractor built and wrote as text, which need not be parsed again.
     */
    public FactsDocument readIfClean(JsonNode tree) {
        if (tree == null || QUICK == null || !QUICK.clean(tree, limits)) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        FactsDocument doc = new FactsMapping(tree, problems).map();
        return problems.isEmpty() ? doc : null;
    }

    /** Validates and maps a tree that is already parsed (a CMS may hold one). */
    public Read<FactsDocument> read(JsonNode tree) {
        if (tree != null && QUICK != null && QUICK.clean(tree, limits)) {
            List<Problem> problems = new ArrayList<>();
            return new Read<>(new FactsMapping(tree, problems).map(), problems);
        }
        return readFully(tree);
    }

    /** The full path: the JSON Schema validator and the unknown-field check, then the mapping. */
    Read<FactsDocument> readFully(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            return Read.failed(List.of(Problem.error("", "expected a JSON object but found " + Kinds.of(tree))));
        }
        List<Problem> problems = new ArrayList<>();
        for (String list : List.of("entities", "facts")) {
            JsonNode n = tree.get(list);
            if (n != null && n.size() > limits.maxFacts()) {
                problems.add(Problem.error("/" + list, "has " + InputLimits.number(n.size()) + " entries; "
                        + InputLimits.limitNote(limits.maxFacts(), "", "--max-facts")));
                return Read.failed(problems);
            }
        }
        problems.addAll(Schema.CHECK.validate(tree));
        warnAboutUnknownFactFields(tree.get("facts"), problems);
        if (Read.hasErrors(problems)) {
            // the checks that need no valid structure too, so that one round shows every mistake
            problems.addAll(FactsMapping.looseChecks(tree, problems));
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
        Read<FactsDocument> read = readFully(parsed.tree());
        if (parsed.problems().isEmpty()) {
            return read;
        }
        List<Problem> all = new ArrayList<>(parsed.problems());
        all.addAll(read.problems());
        return new Read<>(read.value(), all);
    }
}
