package org.factlint;

import java.util.Locale;

/** How sure factlint is that something is wrong; findings and input problems share the scale. */
public enum Severity {
    /** The article cannot be right as written. */
    ERROR,
    /** Very likely wrong or misleading. */
    WARNING,
    /** Worth a look. */
    INFO;

    /** The word used in reports and on the command line: {@code error}, {@code warning}, {@code info}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True if this severity is as serious as {@code other} or more. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info}; throws {@link IllegalArgumentException} otherwise. */
    public static Severity fromWord(String word) {
        for (Severity s : values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected error, warning or info but found '" + word + "'");
    }
}
