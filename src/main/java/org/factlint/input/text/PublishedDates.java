package org.factlint.input.text;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.input.IsoDates;

/**
 * Publication dates as articles write them, made into the ISO-8601 of the facts format: an ISO
 * date or date-time as it is, and the date-times static-site generators and CMSs write with a space
 * ({@code 2025-04-23 10:30:00 +0100}) or an offset without a colon ({@code +0100}) rewritten. The
 * local date as written is the publication date, as for the facts format.
 */
public final class PublishedDates {

    private static final Pattern LOOSE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    private PublishedDates() {
    }

    /** The ISO-8601 form of a written date, or empty when it is not a date. */
    public static Optional<String> iso(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String s = written.strip();
        if (IsoDates.parse(s).isPresent()) {
            return Optional.of(s);
        }
        Matcher m = LOOSE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String hour = m.group(2).length() == 1 ? "0" + m.group(2) : m.group(2);
        String offset = m.group(6) == null ? "" : m.group(6).equals("Z") ? "Z"
                : m.group(6).contains(":") ? m.group(6) : m.group(6).substring(0, 3) + ":" + m.group(6).substring(3);
        String iso = m.group(1) + "T" + hour + ":" + m.group(3) + ":" + (m.group(4) == null ? "00" : m.group(4))
                + (m.group(5) == null ? "" : m.group(5)) + offset;
        return IsoDates.parse(iso).isPresent() ? Optional.of(iso) : Optional.empty();
    }

    /** The publication's local date of an ISO-8601 date or date-time. */
    public static Optional<LocalDate> date(String iso) {
        return IsoDates.parse(iso);
    }

    /** What the message of a bad date says is expected. */
    static final String EXPECTED = "expected a date such as 2025-04-23 or a date-time such as 2025-04-23T09:30:00+01:00";
}
