package org.factlint.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enums whose constants are written as fixed lower-case words in the JSON contract ({@code head-of-state}). */
public interface Word {

    /** The word as the contract writes it. */
    default String word() {
        Enum<?> e = (Enum<?>) this;
        return WordTable.of(e.getDeclaringClass()).word(e.ordinal());
    }

    /** The constant written as {@code word}, if any. */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E> & Word> Optional<E> parse(Class<E> type, String word) {
        return Optional.ofNullable((E) WordTable.of(type).constant(word));
    }

    /** All words of an enum, comma separated, for messages that say what was expected. */
    static <E extends Enum<E> & Word> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Word::word).collect(Collectors.joining(", "));
    }
}
