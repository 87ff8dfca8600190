package org.factlint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.factlint.extract.ArticleText;
import org.factlint.extract.Extractor;

/**
 * Plants an attendance fact for each of the two sentences it finds in the body (attended, withdrew),
 * at the confidence it is given, naming itself "planter"; it remembers the article it was given.
 */
public final class PlantingExtractor implements Extractor {

    public static final String ATTENDED = "Rubio attended Wednesday's talks";
    public static final String WITHDREW = "Marco Rubio pulled out of the London talks";
    private static final ObjectMapper JSON = new ObjectMapper();

    final double confidence;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicReference<ArticleText> seen = new AtomicReference<>();

    public PlantingExtractor(double confidence) {
        this.confidence = confidence;
    }

    @Override
    public String name() {
        return "planter";
    }

    @Override
    public String extract(ArticleText article) {
        calls.incrementAndGet();
        seen.set(article);
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", "factlint-facts/1");
        ObjectNode a = doc.putObject("article");
        a.put("id", article.id());
        a.put("published", article.published());
        a.put("text", article.text());
        if (article.headline() != null) {
            a.put("headline", article.headline());
        }
        ArrayNode entities = doc.putArray("entities");
        entities.addObject().put("id", "rubio").put("kind", "person").put("name", "Marco Rubio");
        entities.addObject().put("id", "talks").put("kind", "event").put("name", "London talks");
        ArrayNode facts = doc.putArray("facts");
        fact(facts, "f1", "withdrew", WITHDREW, article.text(), 1.0);
        fact(facts, "f2", "attended", ATTENDED, article.text(), confidence);
        return doc.toString();
    }

    private void fact(ArrayNode facts, String id, String status, String quote, String text, double confidence) {
        int at = text.indexOf(quote);
        if (at < 0) {
            return;
        }
        ObjectNode f = facts.addObject().put("id", id).put("type", "attendance").put("event", "talks")
                .put("person", "rubio").put("status", status).put("confidence", confidence).put("extractor", name())
                .put("pattern", "test");
        f.putObject("evidence").put("quote", quote).put("start", at).put("end", at + quote.length());
    }
}
