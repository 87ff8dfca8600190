package org.factlint.extract.model;

/**
 * Finds a model's quote in the article: exactly, or with the characters a model tends to change
 * folded alike (typographic quotation marks and apostrophes, dashes, non-breaking spaces and line
 * breaks). Each fold maps one character to one, so an offset found in the folded text is the
 * offset in the article.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    /** The first offset of {@code quote} in {@code text}, or -1; an empty or blank quote is never found. */
    static int find(String text, String quote) {
        if (quote.isBlank()) {
            return -1;
        }
        int exact = text.indexOf(quote);
        return exact >= 0 ? exact : fold(text).indexOf(fold(quote));
    }

    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (c[i]) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`' -> '\'';
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00a0', '\u2009', '\u202f', '\n', '\r', '\t' -> ' ';
                default -> c[i];
            };
        }
        return new String(c);
    }
}
