package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A phrase list matched on tokens, longest first: the gazetteers and the lexicon's phrase lists
 * are kept as data and looked up here. Phrases are tokenised by the same {@link Splitter} as
 * texts, so a phrase and the text it is found in agree on what a word is.
 *
 * @param <V> what a phrase stands for (an entity, a status, a level)
 */
public final class Phrases<V> {

    /** One phrase and its value; {@code words} is the phrase's tokens in lower case. */
    public record Entry<V>(List<String> words, V value, String phrase) {
    }

    /** A phrase found in a token list: tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public record Match<V>(int from, int to, V value, String phrase) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private boolean caseSensitive;

    /** A list matched without regard to case. */
    public static <V> Phrases<V> ignoringCase() {
        return new Phrases<>();
    }

    /** A list whose phrases must match the case they are written in ("US" the country, not "us"). */
    public static <V> Phrases<V> matchingCase() {
        Phrases<V> p = new Phrases<>();
        p.caseSensitive = true;
        return p;
    }

    public void add(String phrase, V value) {
        List<String> words = new ArrayList<>();
        for (Token t : Splitter.tokens(phrase)) {
            words.add(key(t));
        }
        if (words.isEmpty()) {
            return;
        }
        List<Entry<V>> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        list.add(new Entry<>(List.copyOf(words), value, phrase));
        list.sort(Comparator.comparingInt((Entry<V> e) -> -e.words().size()));
    }

    private String key(Token t) {
        return caseSensitive ? t.text().replace('\u2019', '\'') : t.lower();
    }

    /** The longest phrase starting at token {@code at}, or null. */
    public Match<V> at(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return null;
        }
        List<Entry<V>> candidates = byFirstWord.get(key(tokens.get(at)));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (at + e.words().size() <= tokens.size() && matches(tokens, at, e.words())) {
                return new Match<>(at, at + e.words().size(), e.value(), e.phrase());
            }
        }
        return null;
    }

    private boolean matches(List<Token> tokens, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!key(tokens.get(at + k)).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Every longest, non-overlapping phrase in the tokens, left to right. */
    public List<Match<V>> all(List<Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match<V> m = at(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
