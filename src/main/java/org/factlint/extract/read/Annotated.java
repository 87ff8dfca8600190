package org.factlint.extract.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factlint.model.Source;

/**
 * A sentence with the mentions found in it: the input of the fact readers. {@code at(i)} is the
 * mention covering token i (mentions never overlap, except quotations, which are kept apart).
 */
public final class Annotated {

    private final Source source;
    private final String text;
    private final Sentence sentence;
    private final List<Mention> mentions;
    private final List<Mention> quotes;
    private final Mention[] cover;
    /** The tokens and their lower-case words, as arrays: the readers ask for them word by word, many times over. */
    private final Token[] tokens;
    private final String[] lowers;
    private final Map<Mention, LocalDate> lastDays;

    Annotated(Source source, String text, Sentence sentence, List<Mention> mentions, List<Mention> quotes,
              Map<Mention, LocalDate> lastDays) {
        this.lastDays = Map.copyOf(lastDays);
        this.source = source;
        this.text = text;
        this.sentence = sentence;
        this.mentions = List.copyOf(mentions);
        this.quotes = List.copyOf(quotes);
        this.cover = new Mention[sentence.size()];
        this.tokens = sentence.tokens().toArray(new Token[0]);
        this.lowers = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lowers[i] = tokens[i].lower();
        }
        for (Mention m : this.mentions) {
            for (int i = m.from(); i < m.to(); i++) {
                cover[i] = m;
            }
        }
    }

    /** The last day of a date mention that names a span of days ("June 11-12"), or null. */
    public LocalDate until(Mention date) {
        return date == null ? null : lastDays.get(date);
    }

    public Source source() {
        return source;
    }

    /** The whole text the sentence is part of (body, headline or standfirst). */
    public String text() {
        return text;
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Token> tokens() {
        return sentence.tokens();
    }

    public int size() {
        return tokens.length;
    }

    public Token token(int i) {
        // (the same exception as the sentence's list gives, should a reader ever ask past the end)
        return tokens[Objects.checkIndex(i, tokens.length)];
    }

    /** The lower-case word at i, or "" past either end. */
    public String lower(int i) {
        return i >= 0 && i < lowers.length ? lowers[i] : "";
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<Mention> quotes() {
        return quotes;
    }

    /** The mention covering token i, or null (also past either end). */
    public Mention at(int i) {
        return i >= 0 && i < cover.length ? cover[i] : null;
    }

    /** The mention starting exactly at token i, or null. */
    public Mention startingAt(int i) {
        Mention m = at(i);
        return m != null && m.from() == i ? m : null;
    }

    /** Where the honorifics right before token {@code i} start ("Mr", "Dr", "Shri" before a name): {@code i} itself when none. */
    public int honorificsBefore(int i) {
        int k = i;
        while (k > 0 && Annotator.HONORIFICS.contains(lower(k - 1))) {
            k--;
        }
        // ("the Hon Ron Mark", "the Rt Hon Hilary Benn": the article of the style)
        return k < i && k > 0 && lower(k - 1).equals("the") && STYLES.contains(lower(k)) ? k - 1 : k;
    }

    /** Styles written with "the" before them: "the Hon", "the Rt Hon", "the Honourable". */
    private static final java.util.Set<String> STYLES = java.util.Set.of("hon", "hon.", "rt", "rt.", "honourable", "honorable", "right");

    /**
     * The first token at or after {@code i} past up to five honorifics and ranks that start no mention
     * ("Sir Peter Westmacott", "H.E. Sameh Shoukry", "Air Force Brig. Gen. Pat Ryder": the name's first token).
     */
    public int pastHonorifics(int i) {
        int k = lower(i).equals("the") && STYLES.contains(lower(i + 1)) ? i + 1 : i;
        while (k < i + 5 && Annotator.HONORIFICS.contains(lower(k)) && startingAt(k) == null) {
            k++;
        }
        return k;
    }

    /**
     * The mention starting at token i, or after a "the" there: "the United States" may be one
     * mention with its article, or the article and a mention ("the Indian capital").
     */
    public Mention startingAfterThe(int i) {
        Mention m = startingAt(i);
        return m != null ? m : lower(i).equals("the") ? startingAt(i + 1) : null;
    }

    /** The mention ending exactly before token i (its last token is i - 1), or null. */
    public Mention endingBefore(int i) {
        Mention m = at(i - 1);
        return m != null && m.to() == i ? m : null;
    }

    public List<Mention> of(Mention.Kind kind) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == kind) {
                out.add(m);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Text of tokens from..to (exclusive) as written. */
    public String span(int from, int to) {
        return text.substring(token(from).start(), token(to - 1).end());
    }

    public int startOffset(int token) {
        return token(token).start();
    }

    public int endOffset(int token) {
        return token(token - 1).end();
    }

    /**
     * Where the first of {@code phrases} (lower-case words) that ends just before token {@code end}
     * and starts at token {@code min} or later starts; -1 if none does.
     */
    public int phraseEndingBefore(List<List<String>> phrases, int end, int min) {
        for (List<String> p : phrases) {
            int from = end - p.size();
            boolean all = from >= min;
            for (int j = 0; all && j < p.size(); j++) {
                all = lower(from + j).equals(p.get(j));
            }
            if (all) {
                return from;
            }
        }
        return -1;
    }

    /** Whether any word of the sentence, in lower case, is one of {@code words}. */
    public boolean hasAny(java.util.Set<String> words) {
        for (String lower : lowers) {
            if (words.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word from token {@code from} to {@code to} (exclusive), in lower case, is one of {@code words}. */
    public boolean hasAny(java.util.Set<String> words, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, lowers.length); k++) {
            if (words.contains(lowers[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the reader knows nothing of token k: no mention covers it, or only a name of that one
     * word, which a capitalised word the lists do not know is taken for ("Bethlehem", "CSTO").
     */
    public boolean unknownWord(int k) {
        Mention m = at(k);
        return m == null || m.kind() == Mention.Kind.PERSON && m.from() == k && m.to() == k + 1;
    }

    /** Whether token i lies inside a quotation of this sentence. */
    public boolean quoted(int i) {
        for (Mention q : quotes) {
            if (i >= q.from() && i < q.to()) {
                return true;
            }
        }
        return false;
    }
}
