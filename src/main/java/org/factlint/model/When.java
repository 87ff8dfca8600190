package org.factlint.model;

/**
 * Which side of publication a bare weekday ("on Friday") points to, as the sentence's tense says:
 * "met on Friday" is {@code past}, "will meet on Friday" {@code future}.
 */
public enum When implements Word {
    PAST, FUTURE
}
