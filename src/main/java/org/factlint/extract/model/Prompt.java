package org.factlint.extract.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.TextStyle;
import java.util.Locale;
import org.factlint.extract.ArticleText;

/**
 * What the model is told: the instructions (the resource {@code prompt.md}, which starts with its
 * {@code prompt-version: N} line; change the number whenever the words change, since cached
 * answers are keyed by it) and the article, as plain text between markers so that quotes can be
 * copied from it exactly.
 *
 * @param version      the prompt's version, part of the cache key
 * @param instructions the system message
 */
public record Prompt(String version, String instructions) {

    private static final String RESOURCE = "org/factlint/extract/model/prompt.md";
    private static final String VERSION_LINE = "prompt-version:";
    private static final Prompt BUNDLED = load();

    /** The prompt bundled with factlint. */
    public static Prompt bundled() {
        return BUNDLED;
    }

    /** Reads a prompt: a {@code prompt-version: N} line, then the instructions. */
    public static Prompt parse(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        if (!first.startsWith(VERSION_LINE) || first.substring(VERSION_LINE.length()).isBlank()) {
            throw new IllegalArgumentException("a prompt starts with a line 'prompt-version: N'");
        }
        String rest = text.substring(text.indexOf('\n') + 1).strip();
        return new Prompt(first.substring(VERSION_LINE.length()).strip(), rest);
    }

    /** The user message: the article's metadata and texts, each between markers. */
    public String article(ArticleText a) {
        StringBuilder sb = new StringBuilder();
        if (a.publishedDate() != null) {
            sb.append("Published: ").append(a.publishedDate()).append(" (")
                    .append(a.publishedDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(")\n");
        }
        section(sb, "HEADLINE", a.headline());
        section(sb, "STANDFIRST", a.standfirst());
        section(sb, "TEXT", a.text());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String name, String text) {
        if (text != null && !text.isBlank()) {
            sb.append("\n<<<").append(name).append("\n").append(text).append("\n").append(name).append(">>>\n");
        }
    }

    private static Prompt load() {
        try (InputStream in = Prompt.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("factlint was built without its prompt " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prompt " + RESOURCE, e);
        }
    }
}
