package org.factlint.engine.helpers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factlint.model.QuoteFact;

/**
 * Compares quotations. Two quotes are the same words when their words are equal after case,
 * accents, typographic quotes, punctuation (trailing full stops and commas included) and spacing
 * are set aside, and they are long enough to be a statement rather than a stock phrase.
 * Part of a sentence of a longer quote is not the same words (a whole sentence is: the rules
 * compare each sentence of a quote of several, see {@link #sentences}), and neither is a quote one
 * word apart: two people may well echo each other's line, so only equal words count.
 */
public final class Quotes {

    /**
     * The fewest words a quote needs before equal words are telling, not counting the words of
     * stock phrases: shorter quotes ("technical meetings", "we are deeply concerned", "nothing
     * is agreed until everything is agreed") are lines several speakers use. Eight, because the
     * stock lines of political speech run to seven words and their variants to ten ("we will
     * stand with Ukraine for as long as it takes" is five words once the stock phrase is out);
     * the phrases and who used them are in {@code stock-phrases.txt}.
     */
    public static final int MIN_WORDS = 8;

    /** The stock phrases, as words, longest first. */
    private static final List<List<String>> STOCK = stockPhrases();

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

    /**
     * True if the quote has at least {@link #MIN_WORDS} words outside stock phrases: enough for
     * equal words to be telling.
     */
    public static boolean telling(String text) {
        return ownWords(Words.of(text)) >= MIN_WORDS;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
            "(?<=[.!?][\"'\u201D\u2019]?)\\s+(?=[\"'\u201C\u2018]?\\p{Lu})");

    /** The quote's sentences: split after a full stop, question or exclamation mark before a capital. */
    public static List<String> sentences(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String part : SENTENCE_END.split(text.strip())) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** True if the texts are the same words and telling. */
    public static boolean sameWords(String a, String b) {
        List<String> wa = Words.of(a);
        return ownWords(wa) >= MIN_WORDS && wa.equals(Words.of(b));
    }

    /** The number of words not inside an occurrence of a stock phrase. */
    static int ownWords(List<String> words) {
        boolean[] stock = new boolean[words.size()];
        for (List<String> phrase : STOCK) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (words.subList(i, i + phrase.size()).equals(phrase)) {
                    java.util.Arrays.fill(stock, i, i + phrase.size(), true);
                }
            }
        }
        int own = 0;
        for (boolean b : stock) {
            own += b ? 0 : 1;
        }
        return own;
    }

    private static List<List<String>> stockPhrases() {
        try (InputStream in = Quotes.class.getResourceAsStream("stock-phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("stock-phrases.txt is missing from the classpath");
            }
            List<List<String>> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(List.copyOf(Words.of(line)));
                }
            }
            out.sort(Comparator.comparingInt((List<String> p) -> -p.size()));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
