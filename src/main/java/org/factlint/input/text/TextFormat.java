package org.factlint.input.text;

import java.util.Locale;
import java.util.Optional;

/** The kinds of article text factlint reads, by file extension and by media type. */
public enum TextFormat {
    /** Plain text: {@code .txt}, {@code text/plain}. */
    PLAIN("text/plain"),
    /** Markdown (CommonMark): {@code .md}, {@code .markdown}, {@code text/markdown}. */
    MARKDOWN("text/markdown"),
    /** An HTML page: {@code .html}, {@code .htm}, {@code text/html}. */
    HTML("text/html");

    private final String mediaType;

    TextFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type a service request declares for this format. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension says, or empty for any other file (such as a {@code .json} document). */
    public static Optional<TextFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Optional.of(PLAIN);
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** The format of a media type without parameters ({@code text/markdown}), or empty. */
    public static Optional<TextFormat> ofMediaType(String media) {
        String m = media.toLowerCase(Locale.ROOT);
        for (TextFormat f : values()) {
            if (f.mediaType.equals(m)) {
                return Optional.of(f);
            }
        }
        return m.equals("text/x-markdown") ? Optional.of(MARKDOWN) : Optional.empty();
    }
}
