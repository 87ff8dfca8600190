package org.factlint.input.text;

/**
 * Bounds on one article given as text, so that a hostile text (20 MB, a 100,000-word "article",
 * HTML nested 100,000 deep) gets a clear input error or a bounded-time answer instead of stalling
 * the run. Bytes are checked before the text is parsed; characters and words are counted on the
 * plain body the reader makes (the text the extractor reads). HTML deeper than {@code maxDepth}
 * is read flat below that depth, with a warning; the same bound holds Markdown's nested blocks and
 * inline markup.
 *
 * @param maxBytes largest text file or request body, in bytes
 * @param maxChars longest plain body, in characters (UTF-16 code units, as offsets count)
 * @param maxWords most words in the plain body
 * @param maxDepth deepest element nesting read from HTML, and deepest nesting of Markdown blocks and inline markup
 */
public record TextLimits(long maxBytes, int maxChars, int maxWords, int maxDepth) {

    public static final long DEFAULT_MAX_BYTES = 4L << 20;
    public static final int DEFAULT_MAX_CHARS = 300_000;
    public static final int DEFAULT_MAX_WORDS = 30_000;
    public static final int DEFAULT_MAX_DEPTH = 256;

    public static final TextLimits DEFAULT = new TextLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_WORDS,
            DEFAULT_MAX_DEPTH);

    public TextLimits {
        if (maxBytes < 1 || maxChars < 1 || maxWords < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("every text limit must be at least 1");
        }
    }

    public TextLimits withMaxBytes(long n) {
        return new TextLimits(n, maxChars, maxWords, maxDepth);
    }

    public TextLimits withMaxChars(int n) {
        return new TextLimits(maxBytes, n, maxWords, maxDepth);
    }

    public TextLimits withMaxWords(int n) {
        return new TextLimits(maxBytes, maxChars, n, maxDepth);
    }

    public TextLimits withMaxDepth(int n) {
        return new TextLimits(maxBytes, maxChars, maxWords, n);
    }
}
