package org.factlint.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the ISO-8601 dates of the contract (also used by the article readers, for the dates they are given). */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * YYYY-MM-DD read directly, as ISO_LOCAL_DATE reads it, without the formatter's machinery (the
     * reader meets a date in most facts); null for anything else, including a day that does not
     * exist, which the formatters then judge.
     */
    private static LocalDate plainDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * A date ({@code 2025-04-23}) or a date-time ({@code 2025-04-23T21:30:00-04:00}); a date-time
     * gives its local date as written, not the date in UTC, because a newsroom dates its stories
     * in its own time zone.
     */
    public static Optional<LocalDate> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        LocalDate plain = plainDate(s);
        return plain != null ? Optional.of(plain) : viaFormatters(s);
    }

    /** The dates and date-times of ISO-8601 as java.time's formatters read them: what {@link #parse} means. */
    static Optional<LocalDate> viaFormatters(String s) {
        try {
            return Optional.of(LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(s)));
            } catch (DateTimeParseException notADateTime) {
                return Optional.empty();
            }
        }
    }
}
