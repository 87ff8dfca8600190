package org.factlint.model;

/**
 * Where a fact or mention stands in the article.
 *
 * @param quote    the exact text
 * @param start    offset of the quote's first UTF-16 code unit in the source text, or null
 * @param end      offset just past the quote, or null
 * @param sentence 1-based sentence number in the source text, or null
 */
public record Evidence(String quote, Integer start, Integer end, Integer sentence) {

    public boolean hasOffsets() {
        return start != null && end != null;
    }

    /** The same evidence with offsets located in the text (used when the input left them out). */
    public Evidence at(int newStart) {
        return new Evidence(quote, newStart, newStart + quote.length(), sentence);
    }
}
