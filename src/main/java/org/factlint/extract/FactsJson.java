package org.factlint.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The parts of a {@code factlint-facts/1} document every extractor writes the same way: the format and the article. */
public final class FactsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FactsJson() {
    }

    /** A document with {@code format} and the {@code article} (id, headline, standfirst, published, url, text) and nothing else yet. */
    public static ObjectNode document(ArticleText article) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", "factlint-facts/1");
        ObjectNode a = doc.putObject("article");
        a.put("id", article.id());
        putIfSet(a, "headline", article.headline());
        putIfSet(a, "standfirst", article.standfirst());
        putIfSet(a, "published", article.published());
        putIfSet(a, "url", article.url());
        a.put("text", article.text());
        return doc;
    }

    /** The document as JSON text. */
    public static String write(ObjectNode doc) {
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of our own always writes
        }
    }

    static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
