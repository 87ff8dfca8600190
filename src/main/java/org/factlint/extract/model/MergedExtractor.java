package org.factlint.extract.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.extract.ArticleText;
import org.factlint.extract.Extracted;
import org.factlint.extract.Extractor;

/**
 * Two extractors on one article ({@code --extractor both}: factlint's own and a model), their
 * facts merged into one document:
 *
 * <ul>
 *   <li>an entity of the second is the first's entity of the same kind that shares a name or an
 *       alias with it (case aside); otherwise it is added (its id changed if the first used it);</li>
 *   <li>a fact both give (same type and same values, entities matched as above; evidence,
 *       confidence and origin aside) is kept once, the first's, with the higher of the two
 *       confidences;</li>
 *   <li>every other fact is kept with its own {@code extractor}, so the rules see both readings, and
 *       a finding resting on an unsure one is {@code info} as usual.</li>
 * </ul>
 *
 * When the second fails on an article (the model does not answer), the first's facts are checked
 * alone and its error becomes a warning; when the first fails, the article fails. Thread-safe.
 */
public final class MergedExtractor implements Extractor {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields that say where a fact came from and how sure, not what it says. */
    private static final Set<String> NOT_CONTENT = Set.of("id", "evidence", "confidence", "extractor", "pattern", "source");

    private final Extractor first;
    private final Extractor second;

    public MergedExtractor(Extractor first, Extractor second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public String name() {
        return first.name() + "+" + second.name();
    }

    @Override
    public String extract(ArticleText article) {
        return extractWithProblems(article).jsonOrThrow();
    }

    @Override
    public Extracted extractWithProblems(ArticleText article) {
        Extracted a = first.extractWithProblems(article);
        if (a.json() == null) {
            return a;
        }
        Extracted b = second.extractWithProblems(article);
        List<Problem> problems = new ArrayList<>(a.problems());
        if (b.json() == null) {
            for (Problem p : b.problems()) {
                problems.add(p.severity() == Severity.ERROR ? Problem.warning(p.pointer(), p.message()
                        + "; only the facts of '" + first.name() + "' are checked") : p);
            }
            return new Extracted(a.json(), problems);
        }
        problems.addAll(b.problems());
        try {
            return new Extracted(merge((ObjectNode) JSON.readTree(a.json()), JSON.readTree(b.json())), problems);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("an extractor wrote a document that is not a JSON object: " + e.getMessage(), e);
        }
    }

    /** The second document's entities and facts merged into the first. */
    static String merge(ObjectNode a, JsonNode b) {
        ModelSchema schema = ModelSchema.bundled();
        ArrayNode entities = (ArrayNode) a.get("entities");
        Map<String, String> ids = matchEntities(entities, b.path("entities"), schema);
        ArrayNode facts = (ArrayNode) a.get("facts");
        Map<String, ObjectNode> byContent = new HashMap<>();
        Set<String> factIds = new HashSet<>();
        for (JsonNode f : facts) {
            byContent.putIfAbsent(content(f), (ObjectNode) f);
            factIds.add(f.path("id").asText());
        }
        int n = 0;
        for (JsonNode f : b.path("facts")) {
            ObjectNode fact = f.deepCopy();
            for (String field : schema.referenceFields(fact.path("type").asText())) {
                if (fact.get(field) != null && fact.get(field).isTextual()) {
                    fact.put(field, ids.getOrDefault(fact.get(field).asText(), fact.get(field).asText()));
                }
            }
            ObjectNode same = byContent.get(content(fact));
            if (same != null) {
                same.put("confidence", Math.max(confidence(same), confidence(fact)));
                continue;
            }
            String id;
            do {
                id = "m" + (++n);
            } while (factIds.contains(id));
            fact.put("id", id);
            facts.add(fact);
            byContent.put(content(fact), fact);
        }
        return org.factlint.extract.FactsJson.write(a);
    }

    /** Adds the second's entities to the first's; the map says what each of the second's ids became. */
    private static Map<String, String> matchEntities(ArrayNode first, JsonNode second, ModelSchema schema) {
        Map<String, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        first.forEach(e -> taken.add(e.path("id").asText()));
        List<ObjectNode> added = new ArrayList<>();
        for (JsonNode e : second) {
            String id = e.path("id").asText();
            JsonNode match = null;
            for (JsonNode f : first) {
                if (kind(f).equals(kind(e)) && !disjoint(names(f), names(e))) {
                    match = f;
                    break;
                }
            }
            if (match != null) {
                ids.put(id, match.path("id").asText());
                continue;
            }
            String fresh = id;
            for (int i = 2; taken.contains(fresh); i++) {
                fresh = id + "-" + i;
            }
            taken.add(fresh);
            ids.put(id, fresh);
            ObjectNode copy = e.deepCopy();
            copy.put("id", fresh);
            added.add(copy);
        }
        for (ObjectNode e : added) {
            for (String field : schema.referenceFields("entity")) {
                if (e.get(field) instanceof ArrayNode list) {
                    ArrayNode mapped = e.putArray(field);
                    list.forEach(m -> mapped.add(ids.getOrDefault(m.asText(), m.asText())));
                }
            }
            first.add(e);
        }
        return ids;
    }

    private static String kind(JsonNode e) {
        String k = e.path("kind").asText();
        return k.equals("organization") ? "organisation" : k;
    }

    private static Set<String> names(JsonNode e) {
        Set<String> out = new HashSet<>();
        out.add(e.path("name").asText().strip().toLowerCase(Locale.ROOT));
        e.path("aliases").forEach(a -> out.add(a.asText().strip().toLowerCase(Locale.ROOT)));
        out.remove("");
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    /** What a fact says: its type and values, in a fixed order, without evidence, confidence and origin. */
    private static String content(JsonNode f) {
        Map<String, String> fields = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NOT_CONTENT.contains(e.getKey()) && !e.getValue().isNull() && !isDefault(e.getKey(), e.getValue())) {
                fields.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText().toLowerCase(Locale.ROOT)
                        : e.getValue().toString());
            }
        }
        return fields.toString();
    }

    /** A value the format takes as given when left out ("stage": "actual", "current": true, "negated": false). */
    private static boolean isDefault(String field, JsonNode v) {
        return switch (field) {
            case "stage" -> v.asText().equals("actual");
            case "current" -> v.isBoolean() && v.asBoolean();
            case "negated" -> v.isBoolean() && !v.asBoolean();
            default -> false;
        };
    }

    private static double confidence(JsonNode f) {
        return f.has("confidence") ? f.get("confidence").asDouble() : 1.0;
    }
}
