package org.factlint.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the ISO-8601 dates of the contract. */
final class IsoDates {

    private IsoDates() {
    }

    /**
     * A date ({@code 2025-04-23}) or a date-time ({@code 2025-04-23T21:30:00-04:00}); a date-time
     * gives its local date as written, not the date in UTC, because a newsroom dates its stories
     * in its own time zone.
     */
    static Optional<LocalDate> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
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
