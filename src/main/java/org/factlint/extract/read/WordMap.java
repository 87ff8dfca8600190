package org.factlint.extract.read;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map from words, for the readers' word tables (weekdays, months, ordinals): looked
 * up for nearly every word of a sentence, as a {@link WordSet} is asked, and by the same table.
 * Same contract as {@code Map.of}: no null keys or values, no changes.
 */
final class WordMap<V> extends AbstractMap<String, V> {

    private final String[] slots;
    private final Object[] values;
    private final Set<Entry<String, V>> entries;

    private WordMap(Map<String, V> map) {
        this.slots = WordSet.slots(map.keySet().toArray(new String[0]));
        this.values = new Object[slots.length];
        Set<Entry<String, V>> entries = new LinkedHashSet<>();
        for (Map.Entry<String, V> e : map.entrySet()) {
            values[WordSet.slot(slots, e.getKey())] = Objects.requireNonNull(e.getValue());
            entries.add(Map.entry(e.getKey(), e.getValue()));
        }
        this.entries = java.util.Collections.unmodifiableSet(entries);
    }

    /** The words and values of {@code map} (a {@code Map.of}), as a WordMap. */
    static <V> Map<String, V> copyOf(Map<String, V> map) {
        return new WordMap<>(map);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        // (a null key is refused, as by Map.of)
        return Objects.requireNonNull(key) instanceof String w ? (V) values[WordSet.slot(slots, w)] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public V getOrDefault(Object key, V otherwise) {
        V v = get(key);
        return v != null ? v : otherwise;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return entries;
    }
}
