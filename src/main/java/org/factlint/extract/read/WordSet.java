package org.factlint.extract.read;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable set of words, for the readers' word lists: asked whether it holds a word for
 * nearly every word of every sentence, and answering "no" almost always. {@code Set.of} answers
 * that by comparing the word with each entry its probe passes; this set compares hashes first (a
 * String keeps its hash), so a word that is not there costs one or two array reads. Same contract
 * as {@code Set.of}: no nulls, no duplicates, no changes.
 */
final class WordSet extends AbstractSet<String> {

    private final String[] slots;
    private final int size;

    private WordSet(String[] words) {
        this.slots = slots(words);
        this.size = words.length;
    }

    /** The set of {@code words}. */
    static Set<String> of(String... words) {
        return new WordSet(words);
    }

    /** The set of {@code words} and {@code more} ("the sequence words and 'ahead'"). */
    static Set<String> with(Set<String> words, String... more) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(words);
        all.addAll(java.util.List.of(more));
        return of(all.toArray(String[]::new));
    }

    /**
     * The words in a table at most a quarter full (so that a probe for a missing word ends at an
     * empty slot at once), each at its {@link #slot}; shared with {@link WordMap}.
     */
    static String[] slots(String[] words) {
        String[] slots = new String[Integer.highestOneBit(Math.max(4, words.length * 4) - 1) << 1];
        for (String w : words) {
            int i = slot(slots, Objects.requireNonNull(w));
            if (slots[i] != null) {
                throw new IllegalArgumentException("duplicate word: " + w);
            }
            slots[i] = w;
        }
        return slots;
    }

    /** Where {@code w} is in {@code slots}, or the empty slot where it would be. */
    static int slot(String[] slots, String w) {
        int h = w.hashCode();
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String e = slots[i];
            if (e == null || e.hashCode() == h && e.equals(w)) {
                return i;
            }
        }
    }

    @Override
    public boolean contains(Object o) {
        // (null is refused, as by Set.of)
        return Objects.requireNonNull(o) instanceof String w && slots[slot(slots, w)] != null;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(slots).filter(Objects::nonNull).iterator();
    }

    @Override
    public int size() {
        return size;
    }
}
