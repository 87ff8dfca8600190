package org.factlint.engine.helpers;

import java.time.LocalDate;
import java.util.List;
import org.factlint.model.QuoteFact;

/**
 * Compares quotations. Two quotes are the same words when their words are equal after case,
 * accents, typographic quotes, punctuation (trailing full stops and commas included) and spacing
 * are set aside, and they are long enough to be a statement rather than a stock phrase.
 * A quote that is part of a longer one is not the same words, and neither is a quote one word
 * apart: two people may well echo each other's line, so only equal words count.
 */
public final class Quotes {

    /**
     * The fewest words a quote needs before equal words are telling: shorter ones ("technical
     * meetings", "a disgrace", "we are deeply concerned") are phrases several speakers use.
     */
    public static final int MIN_WORDS = 5;

    private Quotes() {
    }

    /** The words compared: "\u201CDespite everything, we will work for peace,\u201D" gives "despite everything we will work for peace". */
    public static String words(String text) {
        return Words.key(text);
    }

    /**
     * True if the quote is dated and the event is dated another day: then the words were not said
     * at the event, whatever its {@code event} field says (it then names what they were about).
     */
    public static boolean saidOnAnotherDay(QuoteFact quote, LocalDate eventDate) {
        return quote.date() != null && eventDate != null && !eventDate.equals(quote.date());
    }

    /** The quote as a message shows it: without the quotation marks around it. */
    public static String display(String text) {
        return text.strip().replaceAll("^[\"'\u201C\u201D\u2018\u2019]+|[\"'\u201C\u201D\u2018\u2019]+$", "").strip();
    }

    /** True if the quote has at least {@link #MIN_WORDS} words: enough for equal words to be telling. */
    public static boolean telling(String text) {
        return Words.of(text).size() >= MIN_WORDS;
    }

    /** True if the texts are the same words and at least {@link #MIN_WORDS} long. */
    public static boolean sameWords(String a, String b) {
        List<String> wa = Words.of(a);
        return wa.size() >= MIN_WORDS && wa.equals(Words.of(b));
    }
}
