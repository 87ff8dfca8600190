package org.factlint.extract.read;

/**
 * A span of tokens {@code from} (inclusive) to {@code to} (exclusive) in one sentence that names
 * something: a known country, organisation or place, a person, a title, an event word, a date
 * expression or a quotation.
 *
 * @param kind  what it names
 * @param known the gazetteer entry, for {@link Kind#KNOWN}
 * @param value a kind-specific value: an event word's type, a date expression's ISO date, a
 *              level, an ordinal's number
 */
public record Mention(Kind kind, int from, int to, Lexicon.Known known, String value) {

    /** What a mention names. */
    public enum Kind { KNOWN, PERSON, TITLE, EVENT, WEEKDAY, RELATIVE_DATE, DATE, LEVEL, ORDINAL, QUOTE }

    public boolean isCountryLike() {
        return kind == Kind.KNOWN && (known.kind().equals("country") || known.kind().equals("group")
                || known.kind().equals("organisation"));
    }
}
