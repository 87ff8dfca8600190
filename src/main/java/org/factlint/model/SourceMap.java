package org.factlint.model;

import java.util.Arrays;

/**
 * Where the characters of an article's plain body (the text evidence offsets index) stand in the
 * text the article was read from: a {@code .txt}, Markdown or HTML file, or a request's body. The
 * reader removes front matter, markup and line breaks inside paragraphs, so the body's line 17 may
 * be the file's line 13; this map gives back the file's 1-based line and column, as an editor
 * opening the file counts them. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r};
 * columns count UTF-16 code units (as the report's offsets and SARIF's {@code utf16CodeUnits} do),
 * from the first character after a byte order mark. Immutable.
 */
public final class SourceMap {

    /** A 1-based line and column in the text as given. */
    public record Position(int line, int column) {
    }

    private final String body;
    private final int[] origins;
    private final int[] lineStarts;

    /**
     * @param body       the plain body this map is for
     * @param origins    for each character of the body, its offset in the source text, or -1 where it
     *                   stands for no one character there (the blank line between paragraphs)
     * @param lineStarts the offsets in the source text at which its lines start, ascending, the first 0
     */
    public SourceMap(String body, int[] origins, int[] lineStarts) {
        if (origins.length != body.length()) {
            throw new IllegalArgumentException("a source map needs one origin per character of the body");
        }
        this.body = body;
        this.origins = origins.clone();
        this.lineStarts = lineStarts.clone();
    }

    /** The offsets at which the lines of {@code text} (line ends already {@code \n}) start. */
    public static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Whether this map is for {@code text}: the body that evidence offsets index. */
    public boolean isFor(String text) {
        return body.equals(text);
    }

    /**
     * Where the body character at {@code offset} stands in the source text; one the reader made
     * (a paragraph break) takes the place of the nearest character before it that has one. Null when
     * the offset is outside the body or no character before it has a place.
     */
    public Position at(int offset) {
        if (offset < 0 || offset >= origins.length) {
            return null;
        }
        int i = offset;
        while (i >= 0 && origins[i] < 0) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        int source = origins[i] + (offset - i);
        int line = Arrays.binarySearch(lineStarts, source);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line + 1, source - lineStarts[line] + 1);
    }
}
