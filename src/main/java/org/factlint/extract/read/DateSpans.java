package org.factlint.extract.read;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Spans of days, as itineraries write them: "from November 2 to November 12", "June 11–12",
 * "April 10-14, 2021", "30-31 January", "31 January-1 February", "from 17 to 21 January",
 * "November 13 – 23". A span is one date mention over all its words, valued at its first day; its
 * last day goes with it ({@link Annotated#until}). Not a span: a date moved "from 4 to 6 March"
 * (the words before say so), a count after the second number ("from March 3 to 5 cities").
 */
final class DateSpans {

    private DateSpans() {
    }

    /** A span's words (tokens from..to) and its first and last day's month and day; the year if written. */
    record Found(int from, int to, int firstDay, Month firstMonth, int lastDay, Month lastMonth, Integer year) {

        /** The first day, as {@link Annotator#dateOf} gives a day and month without their year. */
        Mention mention(LocalDate published) {
            LocalDate first = firstDay(published);
            return first == null ? null : new Mention(Mention.Kind.DATE, from, to, null, first.toString());
        }

        /**
         * The first day: with the year written after the last day, in that year, or the one
         * before for a span over New Year ("from December 30 to January 3, 2025"); without, the
         * nearest publication, as {@link Annotator#dateOf} gives it.
         */
        LocalDate firstDay(LocalDate published) {
            boolean overNewYear = lastMonth.compareTo(firstMonth) < 0;
            return Annotator.dateOf(firstDay, firstMonth, year == null ? null : overNewYear ? year - 1 : year, published);
        }

        /** The last day of the span that starts on {@code first}: its year, or the next (a span over New Year). */
        LocalDate lastAfter(LocalDate first) {
            int y = first.getYear();
            if (lastDay > lastMonth.length(java.time.Year.isLeap(y))) {
                return null;
            }
            LocalDate last = LocalDate.of(y, lastMonth, lastDay);
            last = last.isBefore(first) ? last.plusYears(1) : last;
            return ChronoUnit.DAYS.between(first, last) >= 1 && ChronoUnit.DAYS.between(first, last) <= MAX_DAYS ? last : null;
        }
    }

    /** The longest span read (a trip or a conference; longer is something else). */
    private static final int MAX_DAYS = 45;
    private static final Set<String> TO = WordSet.of("to", "through", "until", "till", "-", "\u2013", "\u2014");
    /** Words before a date that make "from A to B" a change of date, not a span. */
    private static final List<String> MOVED = List.of("postpon", "mov", "push", "delay", "reschedul", "brought", "bring",
            "shift", "chang", "advanc", "switch", "put back", "put off");
    /** What may follow a span's last day ("January 8 to 13 for talks", "March 4-6, where"). */
    private static final Set<String> AFTER = WordSet.of(",", ".", ";", ":", ")", "(", "for", "in", "to", "with", "where", "and",
            "at", "on", "before", "after", "as", "when", "while", "the", "\u2014", "-", "\u2013", "'s", "is", "are", "was",
            "were", "will", "would");

    /**
     * A span whose words start at token i and that no single date reads: "April 10-14",
     * "30-31 January", "31 January-1 February", "17 to 21 January"; or null.
     */
    static Found at(List<Token> t, int i) {
        String w = t.get(i).lower();
        // "on 30-31 January": the preposition with its span, as "on 23 April" is one date
        if (w.equals("on") && i + 1 < t.size()) {
            Found f = at(t, i + 1);
            return f == null ? null : new Found(i, f.to(), f.firstDay(), f.firstMonth(), f.lastDay(), f.lastMonth(), f.year());
        }
        // "April 10-14", "April 10–14, 2021"
        if (Annotator.MONTHS.containsKey(w) && t.get(i).capitalised() && i + 1 < t.size()) {
            int[] days = twoDays(t.get(i + 1).lower());
            if (days != null && days[1] > days[0]) {
                return withYear(t, i, i + 2, days[0], Annotator.MONTHS.get(w), days[1], Annotator.MONTHS.get(w));
            }
            return null;
        }
        int[] days = twoDays(w);
        // "30-31 January", "5-6 July 2011"
        if (days != null && i + 1 < t.size() && Annotator.MONTHS.containsKey(t.get(i + 1).lower()) && days[1] > days[0]) {
            Month m = Annotator.MONTHS.get(t.get(i + 1).lower());
            return withYear(t, i, i + 2, days[0], m, days[1], m);
        }
        int first = Annotator.dayNumber(w);
        if (first <= 0 || i + 2 >= t.size()) {
            return null;
        }
        // "31 January-1 February": the month and the next day are one token
        String joined = t.get(i + 1).lower();
        int dash = Math.max(joined.indexOf('-'), joined.indexOf('\u2013'));
        if (dash > 0 && Annotator.MONTHS.containsKey(joined.substring(0, dash))
                && Annotator.dayNumber(joined.substring(dash + 1)) > 0 && Annotator.MONTHS.containsKey(t.get(i + 2).lower())) {
            return withYear(t, i, i + 3, first, Annotator.MONTHS.get(joined.substring(0, dash)),
                    Annotator.dayNumber(joined.substring(dash + 1)), Annotator.MONTHS.get(t.get(i + 2).lower()));
        }
        // "17 to 21 January", "16 and 17 December"
        String link = t.get(i + 1).lower();
        int last = Annotator.dayNumber(t.get(i + 2).lower());
        if (i + 3 < t.size() && Annotator.MONTHS.containsKey(t.get(i + 3).lower()) && last > first
                && (TO.contains(link) && !moved(t, i) || link.equals("and") && last == first + 1)) {
            Month m = Annotator.MONTHS.get(t.get(i + 3).lower());
            return withYear(t, i, i + 4, first, m, last, m);
        }
        return null;
    }

    /**
     * The span a date read at tokens date.from..date.to opens: "November 13 – 23", "June 11–12",
     * "November 2 to November 12", "31 January – 1 February"; or null. A bare day after the first
     * is in its month only when the first was written month first ("November 13 – 23").
     */
    static Found after(List<Token> t, Mention date, LocalDate first) {
        int j = date.to();
        if (j + 1 >= t.size() || !TO.contains(t.get(j).lower()) || moved(t, date.from())) {
            return null;
        }
        String next = t.get(j + 1).lower();
        // "to November 12", "to 1 February", "– 23 June 2021"
        if (Annotator.MONTHS.containsKey(next) && t.get(j + 1).capitalised() && j + 2 < t.size()
                && Annotator.dayNumber(t.get(j + 2).lower()) > 0) {
            return closed(t, date, first, j + 3, Annotator.dayNumber(t.get(j + 2).lower()), Annotator.MONTHS.get(next));
        }
        int last = Annotator.dayNumber(next);
        if (last <= 0) {
            return null;
        }
        if (j + 2 < t.size() && Annotator.MONTHS.containsKey(t.get(j + 2).lower())) {
            return closed(t, date, first, j + 3, last, Annotator.MONTHS.get(t.get(j + 2).lower()));
        }
        // a bare day: in the month of the first, which must have been written month first ("November 13 – 23")
        boolean monthFirst = date.to() - date.from() >= 2 && Annotator.MONTHS.containsKey(t.get(date.to() - 2).lower());
        return monthFirst && last > first.getDayOfMonth() ? closed(t, date, first, j + 2, last, first.getMonth()) : null;
    }

    /** A span after a first date, ending at token end (a year may follow), if what follows is no noun ("to 5 cities"). */
    private static Found closed(List<Token> t, Mention date, LocalDate first, int end, int lastDay, Month lastMonth) {
        Found f = withYear(t, date.from(), end, first.getDayOfMonth(), first.getMonth(), lastDay, lastMonth);
        if (f.year() == null && f.to() < t.size() && !AFTER.contains(t.get(f.to()).lower())) {
            return null;
        }
        return f.lastAfter(first) == null ? null : f;
    }

    /** A span whose words end at token end, or after the year written there (", 2021", "2021"). */
    private static Found withYear(List<Token> t, int from, int end, int firstDay, Month firstMonth, int lastDay, Month lastMonth) {
        Integer year = null;
        if (end + 1 < t.size() && t.get(end).is(",") && Annotator.digits(t.get(end + 1).lower(), 4, 4)) {
            year = Integer.parseInt(t.get(end + 1).lower());
            end += 2;
        } else if (end < t.size() && Annotator.digits(t.get(end).lower(), 4, 4)) {
            year = Integer.parseInt(t.get(end++).lower());
        }
        return new Found(from, end, firstDay, firstMonth, lastDay, lastMonth, year);
    }

    /** "10-14", "10–14": two day numbers, or null. */
    private static int[] twoDays(String w) {
        if (w.isEmpty() || w.charAt(0) < '0' || w.charAt(0) > '9') {
            return null;
        }
        int dash = Math.max(w.indexOf('-'), w.indexOf('\u2013'));
        if (dash <= 0) {
            return null;
        }
        int a = Annotator.dayNumber(w.substring(0, dash));
        int b = Annotator.dayNumber(w.substring(dash + 1));
        return a > 0 && b > 0 ? new int[] {a, b} : null;
    }

    /** Whether the words just before token at say a date was changed ("postponed from", "moved from"). */
    private static boolean moved(List<Token> t, int at) {
        for (int k = Math.max(0, at - 6); k < at; k++) {
            String w = t.get(k).lower();
            for (String stem : MOVED) {
                if (w.startsWith(stem) || stem.contains(" ") && k + 1 < at && (w + " " + t.get(k + 1).lower()).startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
