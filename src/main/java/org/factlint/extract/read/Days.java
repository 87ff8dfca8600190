package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Days the article gives twice but that no event reader took: "He landed in Ottawa on Monday,
 * November 30", "Today, Sunday, Hagel held separate meetings", "yesterday, April 23", "tomorrow
 * (Friday 14 September)", "on Wednesday and Thursday, 20-21 October". A weekday or "yesterday"
 * written beside a date (or a weekday beside "today") states the day twice, so the two must agree
 * whatever happened on it; each such day becomes an event-date fact of an
 * {@link Discourse#occasion occasion} of its own, which the date rules check and no other rule
 * links to anything.
 */
public final class Days {

    private Days() {
    }

    /** The days of sentence {@code s} written with their weekday and not already an event's date. */
    public static void read(Annotated s, Discourse d) {
        twoDays(s, d);
        for (Mention m : s.mentions()) {
            if (s.quoted(m.from())) {
                continue;
            }
            if (m.kind() == Mention.Kind.DATE && restated(s, m.from(), m.to()) && !claimed(s, m, d)) {
                Discourse.Entity day = d.occasion(OCCASION);
                d.add(EventDates.dateFields(Draft.of("event-date", s, m.from(), m.to(), 0.95, "event-date.day-given-twice")
                        .with("event", day.id), s, m));
            }
            if (m.kind() == Mention.Kind.DATE) {
                // "tomorrow (Friday 14 September)": the date was read with the words before the
                // bracket; the weekday inside it is checked against the date here
                int weekday = weekdayAt(s, m.from(), m.to());
                // (not when "next year" before it gave the date its year: EventDates.dateFields)
                if (weekday > m.from() && !weekdaySaid(s, d, s.lower(weekday)) && Annotator.yearSaidBefore(s.tokens(), m.from()) == null) {
                    int end = s.lower(m.to() - 1).equals(")") || s.lower(m.to() - 1).equals("]") ? m.to() - 1 : m.to();
                    Discourse.Entity day = d.occasion(OCCASION);
                    d.add(Draft.of("event-date", s, weekday, end, 0.95, "event-date.day-given-twice").with("event", day.id)
                            .with("date", m.value()).with("expression", s.span(weekday, end)));
                }
            }
            sameDayWeekday(s, m, d);
        }
    }

    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    /** The month words the annotator knows ("october", "oct."), longest first so that "sept." wins over "sep". */
    private static final String MONTH = "(" + String.join("|", Annotator.MONTHS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(java.util.regex.Pattern::quote).toList()) + ")";
    /** Words joining the first and last of two days ("and", "to", a dash). */
    private static final String JOIN = "(?:\\s*[-\u2013]\\s*|\\s+(?:and|to|through|until)\\s+)";
    /**
     * "on Wednesday and Thursday, 20-21 October", "Thursday and Friday, January 26-27, 2024", "from
     * Tuesday to Thursday, August 22 to 24", "on Tuesday and Wednesday, March 11 and 12".
     */
    private static final java.util.regex.Pattern TWO_DAYS = java.util.regex.Pattern.compile("\\b" + WEEKDAY + JOIN
            + WEEKDAY + ",?\\s+(?:(\\d{1,2})" + JOIN + "(\\d{1,2})\\s+" + MONTH + "|" + MONTH
            + "\\s+(\\d{1,2})" + JOIN + "(\\d{1,2}))(?:,?\\s+(\\d{4}))?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "The Council met on Wednesday and Thursday, 20-21 October": two weekdays and the two days they
     * name, each pair checked as a day given twice (black-box trial 68: "from Tuesday to Thursday,
     * August 22 to 24" had Thursday checked against the 22nd).
     */
    public static void twoDays(Annotated s, Discourse d) {
        if (s.size() == 0) {
            return;
        }
        // (the expression runs only on a sentence with two weekdays in it as words: most have none)
        if (weekdayWords(s) < 2) {
            return;
        }
        int start = s.startOffset(0);
        String text = s.text().substring(start, s.endOffset(s.size()));
        java.util.regex.Matcher m = TWO_DAYS.matcher(text);
        while (m.find()) {
            String monthWord = m.group(5) != null ? m.group(5) : m.group(6);
            int first = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(7));
            int second = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(8));
            java.time.Month month = Annotator.MONTHS.get(monthWord.toLowerCase(java.util.Locale.ROOT));
            Integer year = m.group(9) == null ? null : Integer.valueOf(m.group(9));
            // (the first weekday goes with the first day, the last with the last: "Tuesday to Thursday, August 22 to 24")
            if (month == null || second <= first || second - first > 6 || s.quoted(tokenAt(s, start + m.start()))) {
                continue;
            }
            java.time.LocalDate one = Annotator.dateOf(first, month, year, d.published());
            java.time.LocalDate two = Annotator.dateOf(second, month, year, d.published());
            if (one == null || two == null) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                Discourse.Entity day = d.occasion(OCCASION);
                d.add(new Draft("event-date", java.util.Map.of(), s.source(), start + m.start(), start + m.end(), s.sentence().number(),
                        0.9, "event-date.two-days").with("event", day.id).with("date", (k == 0 ? one : two).toString())
                        .with("expression", m.group(k + 1)));
            }
        }
    }

    private static final java.util.Set<String> WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /** How many words of the sentence are a weekday's name. */
    private static int weekdayWords(Annotated s) {
        int n = 0;
        for (int i = 0; i < s.size() && n < 2; i++) {
            n += WEEKDAYS.contains(s.lower(i)) ? 1 : 0;
        }
        return n;
    }

    /** The token at text offset {@code offset}, or 0. */
    private static int tokenAt(Annotated s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.startOffset(i) >= offset) {
                return i;
            }
        }
        return 0;
    }

    /** Whether token {@code at} is inside quotation marks, a quotation that goes on past the sentence's end too. */
    private static boolean inQuote(Annotated s, int at) {
        boolean open = false;
        for (int i = 0; i < at; i++) {
            String w = s.token(i).text();
            if (w.equals("\u201c")) {
                open = true;
            } else if (w.equals("\u201d")) {
                open = false;
            } else if (w.equals("\"")) {
                open = !open;
            }
        }
        return open || s.quoted(at);
    }

    /** "Today, Sunday,", "yesterday (Tuesday)": a day counted from publication, and its weekday. */
    private static void sameDayWeekday(Annotated s, Mention m, Discourse d) {
        if (m.kind() != Mention.Kind.RELATIVE_DATE || m.to() - m.from() != 1 || d.published() == null) {
            return;
        }
        int offset = switch (s.lower(m.from())) {
            case "today" -> 0;
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> Integer.MIN_VALUE;
        };
        Mention weekday = m.to() + 1 < s.size() && (s.lower(m.to()).equals(",") || s.lower(m.to()).equals("("))
                ? s.startingAt(m.to() + 1) : null;
        if (offset == Integer.MIN_VALUE || weekday == null || weekday.kind() != Mention.Kind.WEEKDAY
                || weekday.to() - weekday.from() != 1 || claimed(s, weekday, d)) {
            return;
        }
        // "today, Sunday, and tomorrow": a list of days, not one day said twice
        String after = s.lower(weekday.to());
        if (!(after.equals(",") || after.equals(")")) || s.lower(weekday.to() + 1).equals("and")) {
            return;
        }
        Discourse.Entity day = d.occasion(OCCASION);
        // ("'officials will meet in London tomorrow (Wednesday)', Lammy wrote late on Tuesday": words
        // quoted count their days from when they were said, which may be before publication; a
        // finding on them needs a look; black-box trial 79, a real report)
        d.add(Draft.of("event-date", s, m.from(), weekday.to(), inQuote(s, m.from()) ? 0.7 : 0.9, "event-date.day-word-with-weekday")
                .with("event", day.id)
                .with("date", d.published().plusDays(offset).toString())
                .with("expression", s.span(weekday.from(), weekday.to())));
    }

    /** What an occasion is called in a finding: "'Friday 14 September' does not fit the date of the day it names". */
    private static final String OCCASION = "the day it names";

    /** The first weekday token from..to, or -1. */
    private static int weekdayAt(Annotated s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Annotator.WEEKDAYS.containsKey(s.lower(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether an event-date fact of this sentence already gives the weekday {@code lowerWeekday} in its words. */
    private static boolean weekdaySaid(Annotated s, Discourse d, String lowerWeekday) {
        for (Draft f : datesOf(s, d)) {
            if (String.valueOf(f.fields().get("expression")).toLowerCase(java.util.Locale.ROOT).contains(lowerWeekday)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event-date facts read from sentence {@code s} so far: the end of the discourse's facts, which
     * are added sentence by sentence (a walk from the end, not a scan of the whole article per mention).
     */
    private static List<Draft> datesOf(Annotated s, Discourse d) {
        List<Draft> all = d.facts();
        List<Draft> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Draft f = all.get(i);
            if (f.source() != s.source() || f.sentence() != s.sentence().number()) {
                break;
            }
            if (f.type().equals("event-date")) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the words from..to give the day twice: with its weekday, or as "yesterday, April 23". */
    private static boolean restated(Annotated s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Annotator.WEEKDAYS.containsKey(s.lower(i)) || Words.DAY_WORDS.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words as written, without a leading "on". */
    private static String written(Annotated s, int from, int to) {
        return s.lower(from).equals("on") ? s.span(from + 1, to) : s.span(from, to);
    }

    /** Whether an event-date fact already rests on the words of {@code m}: its evidence covers them and it gives their date or words. */
    private static boolean claimed(Annotated s, Mention m, Discourse d) {
        int start = s.startOffset(m.from());
        int end = s.endOffset(m.to());
        String words = written(s, m.from(), m.to());
        for (Draft f : datesOf(s, d)) {
            if (f.start() < end && start < f.end()
                    && (m.value() != null && m.value().equals(f.fields().get("date"))
                        || String.valueOf(f.fields().get("expression")).contains(words))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the event word at token {@code word} is named as running over several days: "two days
     * of talks", "the two-day summit", "a three-day visit" (the words of days within three tokens before it).
     */
    static boolean severalDaysBefore(Annotated s, int word) {
        for (int k = Math.max(0, word - 3); k < word; k++) {
            String w = s.lower(k);
            if (w.equals("days") && Words.number(s.lower(k - 1)) >= 2 && s.lower(k + 1).equals("of") && k + 2 == word
                    || w.endsWith("-day") && Words.number(w.substring(0, w.length() - 4)) >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Spans counted from publication that tell of another occasion than the article's ("last year", "next month"). */
    private static final Set<String> OTHER_SPANS = WordSet.of("last week", "last month", "last year", "next week", "next month",
            "next year");

    /**
     * Whether the sentence opens with another span than the article's occasion: "Last year the talks
     * were held at official level", "Next month the talks will be held at ministerial level" (not a span
     * inside it: "following up on discussions held last month"): a level it tells is of then (black-box
     * trial 55).
     */
    public static boolean ofAnotherSpan(Annotated s) {
        for (Mention m : s.mentions()) {
            String said = Words.spanWords(s.span(m.from(), m.to()));
            if (m.kind() == Mention.Kind.RELATIVE_DATE && OTHER_SPANS.contains(said) && m.from() <= 1) {
                return true;
            }
        }
        return false;
    }

    /** Words that name one day of several before "day" ("the first day", "the final day"). */
    private static final Set<String> NTH = WordSet.of("first", "second", "third", "fourth", "opening", "closing", "final", "last");

    /** Whether the sentence names one day of several: "On the first day", "on the final day", "on day one". */
    static boolean dayOfSeveral(Annotated s) {
        for (int k = 1; k < s.size(); k++) {
            if (s.lower(k).equals("day") && (NTH.contains(s.lower(k - 1)) && s.lower(k - 2).equals("the")
                    || Words.number(s.lower(k + 1)) > 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence tells of something running over several days: "two days of talks", "the two-day summit". */
    public static boolean overSeveralDays(Annotated s) {
        for (int k = 0; k < s.size(); k++) {
            String w = s.lower(k);
            if (w.equals("days") && Words.number(s.lower(k - 1)) >= 2 && s.lower(k + 1).equals("of")
                    || w.endsWith("-day") && Words.number(w.substring(0, w.length() - 4)) >= 2) {
                return true;
            }
        }
        return false;
    }
}
