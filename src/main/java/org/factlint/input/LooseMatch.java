package org.factlint.input;

import java.util.Optional;

/**
 * Finds an evidence quote in the article when the two differ only in typography: curly and
 * straight quotes and apostrophes, kinds of dash, and runs of white space (an extractor often
 * writes "Washington's" where the page has "Washington’s"). The words and their case must match.
 */
final class LooseMatch {

    /** Where the quote stands in the original text: {@code [start, end)}. */
    record Span(int start, int end) {
    }

    private LooseMatch() {
    }

    /** The occurrence nearest to {@code near} (an offset in {@code text}), if any. */
    static Optional<Span> find(String text, String quote, int near) {
        Folded t = fold(text);
        String q = fold(quote).chars.trim();
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Span best = null;
        for (int i = t.chars.indexOf(q); i >= 0; i = t.chars.indexOf(q, i + 1)) {
            Span span = new Span(t.origin[i], t.origin[i + q.length() - 1] + 1);
            if (best == null || Math.abs(span.start() - near) < Math.abs(best.start() - near)) {
                best = span;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Folded text, and for each of its characters the offset of the character it came from. */
    private record Folded(String chars, int[] origin) {
    }

    private static Folded fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = plain(s.charAt(i));
            if (c == ' ' && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                continue;
            }
            origin[sb.length()] = i;
            sb.append(c);
        }
        return new Folded(sb.toString(), origin);
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        };
    }
}
