package org.factlint.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.TextFormat;

/**
 * What an article sent as text asks beside its body: the media type says the format
 * ({@code text/plain}, {@code text/markdown}, {@code text/html}), and the query parameters
 * {@code headline}, {@code standfirst}, {@code published}, {@code id} and {@code url} say what the
 * text does not (they win over front matter and page metadata); {@code extractor} picks one of the
 * extractors the server offers ({@code GET /v1/extractors}). The other query parameters are the
 * check's options, left for {@link CheckRequests}.
 */
final class ArticleRequests {

    static final List<String> METADATA = List.of("headline", "standfirst", "published", "id", "url");
    /** The query parameter that picks one of the extractors the server offers. */
    static final String EXTRACTOR = "extractor";

    /** The query split in three: the article's metadata, the extractor chosen (or null), and what is left (the options), still raw. */
    record Query(ArticleMeta meta, String extractor, String rest) {
        boolean hasMeta() {
            return !meta.equals(ArticleMeta.NONE);
        }
    }

    private ArticleRequests() {
    }

    /** The article format of a request's Content-Type, or null when it is not a text format. */
    static TextFormat format(String contentType) {
        if (contentType == null) {
            return null;
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return TextFormat.ofMediaType(media).orElse(null);
    }

    static Query split(String rawQuery) throws HttpError {
        ArticleMeta meta = ArticleMeta.NONE;
        String extractor = null;
        List<String> rest = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (!METADATA.contains(name) && !name.equals(EXTRACTOR)) {
                    if (!pair.isEmpty()) {
                        rest.add(pair);
                    }
                    continue;
                }
                if (!seen.add(name)) {
                    throw CheckRequests.invalid(name + " is given twice; give it once");
                }
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name.equals(EXTRACTOR)) {
                    extractor = value;
                    continue;
                }
                meta = switch (name) {
                    case "headline" -> meta.withHeadline(value);
                    case "standfirst" -> meta.withStandfirst(value);
                    case "published" -> meta.withPublished(value);
                    case "id" -> meta.withId(value);
                    default -> meta.withUrl(value);
                };
            }
        }
        return new Query(meta, extractor, rest.isEmpty() ? null : String.join("&", rest));
    }

    private static String decode(String s) throws HttpError {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw CheckRequests.invalid("the query string is not well encoded: " + e.getMessage());
        }
    }
}
