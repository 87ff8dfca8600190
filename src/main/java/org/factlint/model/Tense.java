package org.factlint.model;

/**
 * The contract's {@code when} on an event-date: which side of publication a bare weekday ("on
 * Friday") points to, as the sentence's tense says: "met on Friday" is {@code past}, "will meet
 * on Friday" {@code future}. (Not named {@code When}: {@code when} is a word of the DRL.)
 */
public enum Tense implements Word {
    PAST, FUTURE
}
