package org.factlint.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factlint.Problem;
import org.factlint.extract.ArticleText;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.BodyLimits;
import org.factlint.input.text.PublishedDates;
import org.factlint.input.text.TextLimits;

/**
 * A {@code factlint-facts/1} document that carries its article but no {@code entities} and no
 * {@code facts}: the facts are to be extracted from {@code article.text}. Its article is read as the
 * contract says it (with {@code published} optional here: a missing date is decided by the check),
 * and the overrides (such as {@code --published}) win over what it says.
 */
public final class ArticleOnly {

    private static final Set<String> TOP = Set.of("format", "article");
    private static final Set<String> ARTICLE = Set.of("id", "headline", "standfirst", "published", "text", "language",
            "url", "section", "byline");

    private ArticleOnly() {
    }

    /** True for a JSON object with an {@code article} and neither {@code entities} nor {@code facts}. */
    public static boolean is(JsonNode tree) {
        return tree != null && tree.isObject() && tree.has("article") && !tree.has("entities") && !tree.has("facts");
    }

    /** The article of an article-only document, or problems naming JSON pointers. */
    public static Read<ArticleText> read(JsonNode tree, ArticleMeta overrides, TextLimits limits) {
        List<Problem> problems = new ArrayList<>();
        JsonNode format = tree.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(FactsReader.FORMAT)) {
            problems.add(Problem.error("/format", "expected \"" + FactsReader.FORMAT + "\" but found " + Kinds.of(format)));
        }
        tree.fieldNames().forEachRemaining(n -> {
            if (!TOP.contains(n)) {
                problems.add(Problem.warning("/" + n, "unknown field '" + n + "' ignored"));
            }
        });
        JsonNode a = tree.get("article");
        if (!a.isObject()) {
            problems.add(Problem.error("/article", "expected an object but found " + Kinds.of(a)));
            return Read.failed(problems);
        }
        a.fieldNames().forEachRemaining(n -> {
            if (!ARTICLE.contains(n)) {
                problems.add(Problem.warning("/article/" + n, "unknown field '" + n + "' ignored"));
            }
        });
        for (String field : ARTICLE) {
            JsonNode v = a.get(field);
            if (v != null && !v.isTextual()) {
                problems.add(Problem.error("/article/" + field, "expected a string but found " + Kinds.of(v)));
            }
        }
        ArticleMeta written = new ArticleMeta(str(a, "id"), str(a, "headline"), str(a, "standfirst"), str(a, "published"),
                str(a, "url"));
        ArticleMeta meta = overrides.or(written);
        if (meta.id() == null || meta.id().isEmpty()) {
            problems.add(Problem.error("/article/id", "expected the article's id (a non-empty string) but found "
                    + Kinds.of(a.get("id"))));
        }
        String text = str(a, "text");
        if (text == null && a.get("text") == null) {
            problems.add(Problem.error("/article/text", "an article-only document (one with no entities and no facts) "
                    + "needs the article's text, to extract its facts from"));
        }
        String published = null;
        if (meta.published() != null) {
            published = PublishedDates.iso(meta.published()).orElse(null);
            if (published == null) {
                problems.add(Problem.error(overrides.published() != null ? "" : "/article/published",
                        "expected an ISO-8601 date or date-time (2025-04-23 or 2025-04-23T09:30:00+01:00) but found "
                                + Kinds.shorten(meta.published())));
            }
        }
        if (Read.hasErrors(problems)) {
            return Read.failed(problems);
        }
        if (!BodyLimits.check(text, limits, "/article/text", problems)) {
            return Read.failed(problems);
        }
        return new Read<>(new ArticleText(meta.id(), meta.headline(), meta.standfirst(), published,
                published == null ? null : PublishedDates.date(published).orElseThrow(), meta.url(), text), problems);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
