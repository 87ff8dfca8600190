package org.factlint.extract.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.Problem;
import org.factlint.extract.ArticleText;
import org.factlint.extract.Extracted;
import org.factlint.extract.FactsJson;

/**
 * Turns a model's answer into a {@code factlint-facts/1} document, trusting nothing in it:
 *
 * <ul>
 *   <li>an answer that is not JSON, or breaks the {@link ModelSchema} it was asked to fit, is an
 *       error for the article (with strict output that means the endpoint ignored the schema, so
 *       nothing in it is trusted); the article is not checked, and the others go on;</li>
 *   <li>an evidence quote is looked for in the text its {@code source} names (then the others);
 *       a fact whose quote is in none of them is dropped with a warning. Offsets are computed from
 *       where the quote is (the first occurrence), never taken from the model; the quote kept is
 *       the article's own characters (typographic quotes, dashes and line breaks may differ);</li>
 *   <li>a fact that names an entity the answer does not define is dropped with a warning, and so
 *       is an entity that repeats an id;</li>
 *   <li>{@code extractor} is the model's name; {@code confidence} is carried (kept within 0..1),
 *       so a finding resting on a fact the model was unsure of is {@code info};</li>
 *   <li>fields the model left null are left out; fact ids are renumbered.</li>
 * </ul>
 *
 * The document is then read by the same {@code FactsReader} as any other. Thread-safe.
 */
public final class AnswerReader {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final int QUOTE_EXCERPT = 80;

    private final ModelSchema schema;

    public AnswerReader(ModelSchema schema) {
        this.schema = schema;
    }

    /**
     * @param article      the article the model was given
     * @param model        the model's name, written as each fact's {@code extractor}
     * @param content      the model's answer
     * @param finishReason why the model stopped ({@code length}: cut off), or null
     */
    public Extracted read(ArticleText article, String model, String content, String finishReason) {
        String who = "the model '" + model + "'";
        JsonNode answer;
        try {
            answer = JSON.readTree(unfenced(content));
        } catch (JsonProcessingException e) {
            return Extracted.failed(Problem.error("", who + " answered with something that is not JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\s*\\(start marker at \\[Source.*", "")
                    + ")" + ("length".equals(finishReason)
                    ? "; the answer was cut off at the model's output limit (a longer limit or a shorter article may help)" : "")
                    + "; nothing was extracted from this article"));
        }
        if (answer == null || !answer.isObject()) {
            return Extracted.failed(Problem.error("", who + " answered with " + (answer == null ? "nothing" : "JSON that is not "
                    + "an object") + "; expected {\"entities\": [...], \"facts\": [...]}; nothing was extracted from this article"));
        }
        List<String> violations = schema.violations(answer);
        if (!violations.isEmpty()) {
            return Extracted.failed(Problem.error("", who + "'s answer breaks the schema it was given, so none of it is "
                    + "trusted: " + String.join("; ", violations)));
        }
        List<Problem> warnings = new ArrayList<>();
        ObjectNode doc = FactsJson.document(article);
        Set<String> ids = entities(answer.get("entities"), doc.putArray("entities"), warnings, who);
        facts(article, model, answer.get("facts"), ids, doc.putArray("facts"), warnings, who);
        return new Extracted(FactsJson.write(doc), warnings);
    }

    private Set<String> entities(JsonNode in, ArrayNode out, List<Problem> warnings, String who) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode e : in) {
            String id = e.get("id").asText();
            if (!ids.add(id)) {
                warnings.add(Problem.warning("", who + " named two entities '" + id + "'; the second is left out"));
            }
        }
        Set<String> written = new LinkedHashSet<>();
        for (JsonNode e : in) {
            if (!written.add(e.get("id").asText())) {
                continue;
            }
            ObjectNode entity = withoutNulls(e);
            for (String field : schema.referenceFields("entity")) {
                if (entity.get(field) instanceof ArrayNode list) {
                    ArrayNode kept = entity.putArray(field);
                    for (JsonNode member : list) {
                        if (ids.contains(member.asText())) {
                            kept.add(member);
                        } else {
                            warnings.add(Problem.warning("", who + " listed '" + member.asText() + "' among the " + field
                                    + " of '" + e.get("id").asText() + "' but named no such entity; left out"));
                        }
                    }
                }
            }
            out.add(entity);
        }
        return ids;
    }

    private void facts(ArticleText article, String model, JsonNode in, Set<String> ids, ArrayNode out,
                       List<Problem> warnings, String who) {
        int n = 0;
        for (int i = 0; i < in.size(); i++) {
            JsonNode f = in.get(i);
            String type = f.get("type").asText();
            String label = "fact " + (i + 1) + " (" + type + ")";
            String dangling = dangling(f, type, ids);
            if (dangling != null) {
                warnings.add(Problem.warning("", who + "'s " + label + " names " + dangling
                        + ", which is not among its entities; the fact is left out"));
                continue;
            }
            String quote = f.get("evidence").get("quote").asText();
            Located at = locate(article, f.path("source").asText("body"), quote);
            if (at == null) {
                warnings.add(Problem.warning("", who + "'s " + label + " quotes \u201c" + excerpt(quote)
                        + "\u201d, which is not in the article; the fact is left out"));
                continue;
            }
            ObjectNode fact = withoutNulls(f);
            fact.put("id", "f" + (++n));
            fact.remove("source");
            if (!at.source().equals("body")) {
                fact.put("source", at.source());
            }
            double confidence = f.get("confidence").asDouble();
            fact.put("confidence", Math.max(0, Math.min(1, confidence)));
            fact.put("extractor", model);
            ObjectNode evidence = fact.putObject("evidence");
            evidence.put("quote", at.text().substring(at.start(), at.start() + quote.length()));
            evidence.put("start", at.start());
            evidence.put("end", at.start() + quote.length());
            out.add(fact);
        }
    }

    /** "'person' 'xyz'" when a reference field names no entity of the answer, else null. */
    private String dangling(JsonNode fact, String type, Set<String> ids) {
        for (String field : schema.referenceFields(type)) {
            JsonNode v = fact.get(field);
            if (v != null && v.isTextual() && !ids.contains(v.asText())) {
                return "'" + v.asText() + "' as " + field;
            }
        }
        return null;
    }

    /** Where a quote is: in the text its source names, else in another one. */
    record Located(String source, String text, int start) {
    }

    static Located locate(ArticleText a, String source, String quote) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put(source, text(a, source));
        for (String s : List.of("body", "headline", "standfirst")) {
            texts.putIfAbsent(s, text(a, s));
        }
        for (Map.Entry<String, String> t : texts.entrySet()) {
            int at = t.getValue() == null ? -1 : QuoteFinder.find(t.getValue(), quote);
            if (at >= 0) {
                return new Located(t.getKey(), t.getValue(), at);
            }
        }
        return null;
    }

    private static String text(ArticleText a, String source) {
        return switch (source) {
            case "headline" -> a.headline();
            case "standfirst" -> a.standfirst();
            default -> a.text();
        };
    }

    private static ObjectNode withoutNulls(JsonNode node) {
        ObjectNode out = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The answer without a Markdown code fence around it, which some endpoints add when they ignore the schema. */
    private static String unfenced(String content) {
        String s = content.strip();
        if (s.startsWith("```") && s.endsWith("```") && s.length() > 6) {
            s = s.substring(s.indexOf('\n') + 1, s.length() - 3);
        }
        return s;
    }

    private static String excerpt(String quote) {
        return quote.length() <= QUOTE_EXCERPT ? quote : quote.substring(0, QUOTE_EXCERPT) + "…";
    }
}
