package org.factlint.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The words of each {@link Word} enum, worked out once: the reader looks a word up for most fields of every fact. */
final class WordTable {

    private static final ClassValue<WordTable> TABLES = new ClassValue<>() {
        @Override
        protected WordTable computeValue(Class<?> type) {
            return new WordTable(type.getEnumConstants());
        }
    };

    private final String[] words;
    private final Map<String, Object> constants = new HashMap<>();

    private WordTable(Object[] values) {
        words = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            words[i] = ((Enum<?>) values[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            constants.putIfAbsent(words[i], values[i]);
        }
    }

    static WordTable of(Class<?> enumType) {
        return TABLES.get(enumType);
    }

    String word(int ordinal) {
        return words[ordinal];
    }

    /** The first constant written as {@code word}, or null. */
    Object constant(String word) {
        return constants.get(word);
    }
}
