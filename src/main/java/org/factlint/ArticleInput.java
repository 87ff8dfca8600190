package org.factlint;

import java.util.Objects;
import org.factlint.input.Read;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.ArticleReader;
import org.factlint.input.text.TextFormat;

/**
 * An article as a CMS or a file has it: its text (plain, Markdown or HTML) and what the caller
 * knows about it. What is set here wins over what the text says (front matter, the first line, the
 * page's metadata); a file name gives an id, and a date where the name starts with one, used only
 * when nothing else does. Immutable: each setter returns a new input.
 *
 * <pre>{@code
 * Report r = checker.checkText(ArticleInput.plain(body).headline("Rubio skips London talks")
 *         .published("2025-04-23").id("article-42"), "article-42");
 * }</pre>
 */
public final class ArticleInput {

    private final byte[] bytes;
    private final String text;
    private final TextFormat format;
    private final ArticleMeta overrides;
    private final ArticleMeta fallbacks;

    private ArticleInput(byte[] bytes, String text, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        this.bytes = bytes;
        this.text = text;
        this.format = Objects.requireNonNull(format, "format");
        this.overrides = overrides;
        this.fallbacks = fallbacks;
    }

    /** Text of the given format. */
    public static ArticleInput of(String text, TextFormat format) {
        return new ArticleInput(null, Objects.requireNonNull(text, "text"), format, ArticleMeta.NONE, ArticleMeta.NONE);
    }

    /** UTF-8 bytes of the given format (a file, a request body); bytes that are not UTF-8 are an input problem. */
    public static ArticleInput of(byte[] utf8, TextFormat format) {
        return new ArticleInput(Objects.requireNonNull(utf8, "bytes"), null, format, ArticleMeta.NONE, ArticleMeta.NONE);
    }

    /** Plain text: the first line is the headline unless {@link #headline} gives one. */
    public static ArticleInput plain(String text) {
        return of(text, TextFormat.PLAIN);
    }

    /** Markdown. */
    public static ArticleInput markdown(String text) {
        return of(text, TextFormat.MARKDOWN);
    }

    /** An HTML page. */
    public static ArticleInput html(String text) {
        return of(text, TextFormat.HTML);
    }

    public TextFormat format() {
        return format;
    }

    public ArticleInput id(String id) {
        return withOverrides(overrides.withId(id));
    }

    public ArticleInput headline(String headline) {
        return withOverrides(overrides.withHeadline(headline));
    }

    public ArticleInput standfirst(String standfirst) {
        return withOverrides(overrides.withStandfirst(standfirst));
    }

    /** The publication date, ISO-8601 ({@code 2025-04-23} or a date-time with offset); without one, today is assumed. */
    public ArticleInput published(String published) {
        return withOverrides(overrides.withPublished(published));
    }

    public ArticleInput url(String url) {
        return withOverrides(overrides.withUrl(url));
    }

    /** All the caller's metadata at once (null fields: not said). */
    public ArticleInput withOverrides(ArticleMeta meta) {
        return new ArticleInput(bytes, text, format, Objects.requireNonNull(meta, "meta"), fallbacks);
    }

    /** The name of the file the text came from: its id, and its date if it starts with one, where nothing else gives them. */
    public ArticleInput fileName(String name) {
        return new ArticleInput(bytes, text, format, overrides, ArticleMeta.fromFileName(name));
    }

    /** The article read with {@code reader}, with where its body stands in the text as given. */
    Read<ArticleReader.Placed> read(ArticleReader reader) {
        return bytes != null ? reader.readPlaced(bytes, format, overrides, fallbacks)
                : reader.readPlaced(text, format, overrides, fallbacks);
    }
}
