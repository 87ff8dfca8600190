package org.factlint.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * PLACEHOLDER for factlint's own extractor, which is being written separately and will replace this
 * file whole. It extracts nothing: it returns the article with empty {@code entities} and
 * {@code facts}, so that everything around extraction (readers, the check from text, the command
 * line, the service) can be built and tested now. Do not add logic here.
 */
public final class BuiltinExtractor implements Extractor {

    /** The name written in the facts' {@code extractor} field. */
    public static final String NAME = "factlint";

    private static final ObjectMapper JSON = new ObjectMapper();

    public BuiltinExtractor() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String extract(ArticleText article) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", "factlint-facts/1");
        ObjectNode a = doc.putObject("article");
        a.put("id", article.id());
        if (article.headline() != null) {
            a.put("headline", article.headline());
        }
        if (article.standfirst() != null) {
            a.put("standfirst", article.standfirst());
        }
        if (article.published() != null) {
            a.put("published", article.published());
        }
        if (article.url() != null) {
            a.put("url", article.url());
        }
        a.put("text", article.text());
        doc.putArray("entities");
        doc.putArray("facts");
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
