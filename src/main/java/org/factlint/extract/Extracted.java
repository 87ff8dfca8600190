package org.factlint.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.factlint.Problem;

/**
 * What an extractor made of one article: the {@code factlint-facts/1} document (null when it
 * could make none) and what went wrong on the way (a model's answer that was not JSON, an
 * evidence quote not found in the text and dropped), as problems of that article.
 *
 * @param json     the document as JSON text, or null when extraction failed (then an error says why)
 * @param problems warnings about what was left out, and errors when there is no document
 * @param tree     the same document as a tree, when the extractor built one (else null): the checker
 *                 then reads the tree instead of parsing the text again; it must not be changed after
 */
public record Extracted(String json, List<Problem> problems, JsonNode tree) {

    public Extracted {
        problems = List.copyOf(problems);
    }

    /** A document (or none) and its problems, as text only. */
    public Extracted(String json, List<Problem> problems) {
        this(json, problems, null);
    }

    /** A document and no problem. */
    public static Extracted of(String json) {
        return new Extracted(json, List.of());
    }

    /** The document; IllegalStateException with the first problem's words when there is none (for {@link Extractor#extract}). */
    public String jsonOrThrow() {
        if (json == null) {
            throw new IllegalStateException(problems.isEmpty() ? "no document" : problems.get(0).message());
        }
        return json;
    }

    /** No document, for the reason {@code error} gives. */
    public static Extracted failed(Problem error) {
        return new Extracted(null, List.of(error));
    }
}
