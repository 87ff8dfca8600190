package org.factlint.input.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.input.IsoDates;

/**
 * Publication dates as articles write them, made into the ISO-8601 of the facts format: an ISO
 * date or date-time as it is, the date-times static-site generators and CMSs write with a space
 * ({@code 2025-04-23 10:30:00 +0100}) or an offset without a colon ({@code +0100}) rewritten, and
 * dates in words as CMS exports and datelines write them ({@code 20 Nov 2013}, {@code Nov. 20, 2013}). The
 * local date as written is the publication date, as for the facts format.
 */
public final class PublishedDates {

    private static final Pattern LOOSE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    /** "20 Nov 2013", "Wednesday 20 November 2013". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** "Nov. 20, 2013", "November 20 2013". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WEEKDAY + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** A dateline's place and its comma: "WASHINGTON, ", "Washington, DC, ". */
    // ("New Delhi [India], " as ANI writes it; "MOSCOW. " as Interfax does: black-box trial 40)
    private static final String PLACE = "[A-Z][A-Za-z.'\u2019 -]{1,40}(?:,\\s*[A-Z][A-Za-z. ]{1,30})?(?:\\s*\\[[A-Za-z .]{2,30}\\])?[,.]\\s*";
    /** A written date with its year, as group 1: "Nov. 20, 2013", "Wednesday 23 April 2025". */
    private static final String WRITTEN = "(" + WEEKDAY + "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}|" + MONTH
            + "\\s+\\d{1,2},?\\s+\\d{4}))";
    /** A wire-style dateline opening the body: "WASHINGTON, Nov. 20, 2013 –", "LONDON, 23 April 2025 -". */
    // ("New Delhi [India], July 30, 2025:": ANI ends its dateline with a colon; "Abuja, 22 December 2018. The
    // ...": ECOWAS with a full stop before the first sentence, black-box trial 99)
    private static final Pattern DATELINE = Pattern.compile("\\s*" + PLACE + WRITTEN + "\\s*(?:[-\u2013\u2014]|\\(|/|:|\\.\\s+(?=\\p{Lu}))");

    private PublishedDates() {
    }

    /**
     * A date on a short line of its own in a press release's opening lines, with or without the
     * place before it: "October 4, 2007" under "Washington, DC", or "Washington, DC, October 4, 2007".
     */
    private static final Pattern DATE_LINE = Pattern.compile("\\s*(?:" + PLACE + ")?" + WRITTEN + "\\s*");

    /** How many of the body's first lines a press release's date line may be among. */
    private static final int HEADER_LINES = 8;

    /**
     * The date of a dateline opening the body ("WASHINGTON, Nov. 20, 2013 -"), or of a date line
     * among its first short lines ("Press Statement / Sean McCormack, Spokesman / Washington, DC /
     * October 4, 2007", as the State Department prints it), or of a dateline opening the first
     * paragraph of prose after such lines ("DoD News, Defense Media Activity" / "WASHINGTON, Feb. 10,
     * 2017 — ..."), as written, or empty. The first paragraph of prose ends the search.
     */
    public static Optional<String> dateline(String body) {
        Optional<String> opening = openingDateline(body.length() > 600 ? body.substring(0, 600) : body);
        return opening.isPresent() ? opening : headerDate(body, true);
    }

    /**
     * The date on a short line of its own among the body's first lines, as written ("June 3, 2025"
     * under a transcript's speaker, "Washington, DC / October 4, 2007"), or empty; not a wire dateline
     * opening prose. The first line of prose ends the search.
     */
    public static Optional<String> dateLine(String body) {
        return headerDate(body, false);
    }

    /** The date of the body's first short lines, as {@link #dateline} and {@link #dateLine} read them. */
    private static Optional<String> headerDate(String body, boolean datelines) {
        String start = body.length() > 600 ? body.substring(0, 600) : body;
        String[] lines = start.split("\\R", HEADER_LINES + 1);
        for (int i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
            String line = lines[i].strip();
            // ("DoD News, Defense Media Activity" / "WASHINGTON, Feb. 10, 2017 — ...": the dateline of the
            // first paragraph of prose, after a byline's short lines; black-box trial 39)
            Optional<String> first = datelines && i > 0 ? openingDateline(line) : Optional.empty();
            if (first.isPresent()) {
                return first;
            }
            if (line.length() > 60) {
                break;
            }
            Matcher d = DATE_LINE.matcher(line);
            if (d.matches()) {
                return Optional.of(d.group(1));
            }
        }
        return Optional.empty();
    }

    /** The date of a wire-style dateline opening {@code text} (read in its first 200 characters), as written, or empty. */
    private static Optional<String> openingDateline(String text) {
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The ISO date of a date written out in words ("20 Nov 2013", "November 20, 2013"), or empty. */
    private static Optional<String> written(String s) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        String day;
        String month;
        String year;
        if (dmy.matches()) {
            day = dmy.group(1);
            month = dmy.group(2);
            year = dmy.group(3);
        } else if (mdy.matches()) {
            month = mdy.group(1);
            day = mdy.group(2);
            year = mdy.group(3);
        } else {
            return Optional.empty();
        }
        String m3 = month.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        int n = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m3) + 1;
        String iso = year + "-" + (n < 10 ? "0" : "") + n + "-" + (day.length() == 1 ? "0" : "") + day;
        return IsoDates.parse(iso).isPresent() ? Optional.of(iso) : Optional.empty();
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
            return written(s);
        }
        String hour = m.group(2).length() == 1 ? "0" + m.group(2) : m.group(2);
        String offset = m.group(6) == null ? "" : m.group(6).equals("Z") ? "Z"
                : m.group(6).contains(":") ? m.group(6) : m.group(6).substring(0, 3) + ":" + m.group(6).substring(3);
        String iso = m.group(1) + "T" + hour + ":" + m.group(3) + ":" + (m.group(4) == null ? "00" : m.group(4))
                + (m.group(5) == null ? "" : m.group(5)) + offset;
        return IsoDates.parse(iso).isPresent() ? Optional.of(iso) : Optional.empty();
    }

    /** Whether a date-time as written is in UTC ("2025-04-24T00:30:00Z", "+00:00"). */
    public static boolean utc(String written) {
        Optional<String> iso = iso(written);
        return iso.isPresent() && iso.get().contains("T") && (iso.get().endsWith("Z") || iso.get().endsWith("+00:00"));
    }

    /** A dateline's month and day with no year: "WASHINGTON, April 23 (Reuters) -", group 1 the month, 2 the day. */
    private static final Pattern DATELINE_NO_YEAR = Pattern.compile("\\s*" + PLACE + MONTH + "\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})");

    /**
     * The day before a UTC publication date, when the body's dateline gives that day with no year
     * ("WASHINGTON, April 23 (Reuters) -" under {@code article:published_time} 2025-04-24T00:30:00Z: the
     * evening of the 23rd where the article was written; black-box trial 50); else empty.
     */
    public static Optional<LocalDate> datelineDayBefore(String body, LocalDate utcDate) {
        Matcher m = DATELINE_NO_YEAR.matcher(body.length() > 200 ? body.substring(0, 200) : body);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        LocalDate before = utcDate.minusDays(1);
        Optional<String> iso = written(m.group(2) + " " + m.group(1) + " " + before.getYear());
        return iso.flatMap(IsoDates::parse).filter(before::equals);
    }

    /** The publication's local date of an ISO-8601 date or date-time. */
    public static Optional<LocalDate> date(String iso) {
        return IsoDates.parse(iso);
    }

    /** What the message of a bad date says is expected. */
    public static final String EXPECTED = "expected a date such as 2025-04-23, 23 April 2025 or April 23, 2025, or a date-time such as 2025-04-23T09:30:00+01:00";
}
