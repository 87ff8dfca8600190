package org.factlint.engine.helpers;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.model.EventDateFact;
import org.factlint.model.Evidence;
import org.factlint.model.Text;
import org.factlint.model.Tense;

/**
 * Date arithmetic for the date and sequence rules: what a date expression as an article writes
 * it ("on Tuesday night", "last week", "Wednesday, 23 April") can mean, counted from the
 * article's publication date, news style.
 *
 * <p>The readings are deliberately generous, because a false alarm costs more than a miss:
 * <ul>
 * <li>a bare weekday is the nearest such day before publication or the nearest after it (each
 *     within six days), as the contract says, unless the fact's tense (its {@code when}) says which side
 *     ("met on Friday" is past, "will meet on Friday" future); on the publication's own weekday,
 *     that day;</li>
 * <li>weeks may start on Monday or on Sunday, so "last week" is the union of both readings;</li>
 * <li>"last Wednesday" is the most recent Wednesday or the previous week's; "next Wednesday"
 *     the coming one or next week's; "this Wednesday" this week's or the coming one;</li>
 * <li>"night", "tonight", "overnight" and "midnight" also allow the following day;</li>
 * <li>a day and month without a year may be in any year within eight months of publication.</li>
 * </ul>
 * An expression with any word not understood ("before", "since", "ahead of", "or",
 * "recently") has no reading: the rules then say nothing about it.
 */
public final class Dates {

    /**
     * What an expression says.
     *
     * @param weekday  the one weekday it names, or null
     * @param night    it speaks of the night, which may run into the next day
     * @param calendar the days its other words allow (an explicit date, "last week"), or null
     *                 if it says nothing but a weekday
     * @param meaning  every day it can mean; empty if it contradicts itself ("Tuesday, 23 April"
     *                 when 23 April is a Wednesday)
     */
    public record Reading(DayOfWeek weekday, boolean night, DateSet calendar, DateSet meaning) {

        /** True if {@code day} is (the day after, at night) the weekday named; true if none is named. */
        public boolean fitsWeekday(LocalDate day) {
            return weekday == null || day.getDayOfWeek() == weekday
                    || (night && day.getDayOfWeek() == weekday.plus(1));
        }
    }

    /** How far a date written without a year may be from publication. */
    static final int YEARLESS_WINDOW = 240;

    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String WEEKDAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String NUMBER = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14));

    /** Words that carry no date: prepositions, times of day, time zones. */
    private static final Set<String> FILLER = Set.of("on", "the", "at", "in", "of", "during", "early", "late", "mid",
            "morning", "afternoon", "evening", "night", "midday", "noon", "lunchtime", "dawn", "daybreak",
            "dusk", "midnight", "hours", "small", "local", "time", "gmt", "utc", "bst", "cet", "cest", "est", "edt",
            "et", "pst", "pdt", "eet", "eest", "msk");

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern CLOCK = Pattern.compile(
            "\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}h\\d{2}\\b");
    /** Events that may last several days, so may rightly be dated on any of them. */
    private static final Pattern LASTING = Pattern.compile("\\b(visit|trip|tour|journey|summit|conference|congress|forum"
            + "|assembly|session|festival|games|olympics|tournament|championship|war|conflict|campaign|offensive"
            + "|invasion|crisis|ceasefire|truce|process|series|negotiations|exercises?|drills?|strike|protests?"
            + "|election|week|month|year)\\b");
    private static final Pattern NIGHT = Pattern.compile("\\b(night|tonight|overnight|midnight)\\b");

    /** A phrase and what it does to the reading; a handler returns false if the phrase is not a real date. */
    private record Phrase(Pattern pattern, BiFunction<Matcher, Parse, Boolean> handler) {
    }

    private static final List<Phrase> PHRASES = List.of(
            phrase("the day before yesterday", (m, p) -> p.day(-2)),
            phrase("the day after tomorrow", (m, p) -> p.day(2)),
            phrase(NUMBER + " days? ago", (m, p) -> p.day(-number(m.group(1)))),
            phrase(NUMBER + " weeks? ago", (m, p) -> p.around(-7L * number(m.group(1)), 3)),
            phrase("a fortnight ago", (m, p) -> p.around(-14, 3)),
            phrase("last night", (m, p) -> p.night().day(-1)),
            phrase("tonight", (m, p) -> p.night().day(0)),
            phrase("overnight", (m, p) -> p.night().day(-1)),
            phrase("yesterday", (m, p) -> p.day(-1)),
            phrase("(?:(?:earlier|later) )?today", (m, p) -> p.day(0)),
            phrase("(?:this|earlier this|later this) (?:morning|afternoon|evening)", (m, p) -> p.day(0)),
            phrase("tomorrow", (m, p) -> p.day(1)),
            phrase("(?:(?:at|over|during) )?the weekend", (m, p) -> p.add(lastWeekend(p.published)
                    .union(thisWeekend(p.published)))),
            phrase("(?:this )?(past|coming) (week|weekend|month|year)", (m, p) -> p.add(pastOrComing(m.group(1),
                    m.group(2), p.published))),
            phrase("(?:(earlier|later|early|late) )?(this|last|next) (week|weekend|month|year)",
                    (m, p) -> p.add(period(m.group(1), m.group(2), m.group(3), p.published))),
            phrase("(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTHS + "(?: (\\d{4}))?",
                    (m, p) -> p.dayOfMonth(m.group(2), m.group(1), m.group(3))),
            phrase(MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?",
                    (m, p) -> p.dayOfMonth(m.group(1), m.group(2), m.group(3))),
            phrase("(?:(?:the )?(?:start|beginning|end|middle) of )?" + MONTHS + "(?: (\\d{4}))?",
                    (m, p) -> p.month(m.group(1), m.group(2))),
            phrase("((?:19|20)\\d\\d)", (m, p) -> p.add(year(Integer.parseInt(m.group(1))))),
            phrase("(?:(last|next|this|coming|this coming|this past|past) )?" + WEEKDAYS,
                    (m, p) -> p.weekday(m.group(1), m.group(2))));

    /** Readings already made: rules ask about the same expression once per pair of facts. */
    private static final Map<String, Optional<Reading>> READ = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    private Dates() {
    }

    /** What {@code expression} can mean in an article published on {@code published}; empty if not understood. */
    public static Optional<Reading> read(String expression, LocalDate published) {
        return read(expression, published, null);
    }

    /**
     * What {@code expression} can mean in an article published on {@code published}, a bare
     * weekday in it pointing to the side of publication {@code tense} says (either side if null);
     * empty if not understood.
     */
    public static Optional<Reading> read(String expression, LocalDate published, Tense tense) {
        if (expression == null || published == null) {
            return Optional.empty();
        }
        String key = published + "\u0000" + tense + "\u0000" + expression;
        Optional<Reading> known = READ.get(key);
        if (known == null) {
            if (READ.size() >= MAX_REMEMBERED) {
                READ.clear();
            }
            known = parse(expression, published, tense);
            READ.put(key, known);
        }
        return known;
    }

    private static Optional<Reading> parse(String expression, LocalDate published, Tense tense) {
        String s = Text.normalize(expression);
        Parse parse = new Parse(published, tense);
        Matcher iso = ISO.matcher(s);
        while (iso.find()) {
            try {
                parse.add(DateSet.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)))));
            } catch (DateTimeException notADate) {
                return Optional.empty();
            }
        }
        s = ISO.matcher(s).replaceAll(" ");
        s = CLOCK.matcher(s).replaceAll(" ");
        s = s.replaceAll("'s\\b", "").replaceAll("[^a-z0-9]+", " ").trim();
        if (NIGHT.matcher(s).find()) {
            parse.night();
        }
        for (Phrase phrase : PHRASES) {
            Matcher m = phrase.pattern().matcher(s);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                if (!phrase.handler().apply(m, parse)) {
                    return Optional.empty();
                }
                m.appendReplacement(rest, " ");
            }
            m.appendTail(rest);
            s = rest.toString();
        }
        for (String word : s.trim().split(" +")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                return Optional.empty();
            }
        }
        return parse.reading();
    }

    /** True if the expression speaks of the night ("on Tuesday night", "overnight"), understood or not. */
    public static boolean mentionsNight(String expression) {
        return expression != null && NIGHT.matcher(Text.normalize(expression)).find();
    }

    /**
     * Whether {@code a} gives the same date in the same words as {@code b}, earlier in the text: one
     * expression, one date, one sentence of one source ("In Riyadh on Tuesday, November 4, the
     * Secretary will meet ...": the stop and the meeting), so a slip in those words is one finding,
     * not one per event they date (black-box trial 33).
     */
    public static boolean sameWordsBefore(EventDateFact a, EventDateFact b) {
        if (a.expression() == null || !a.expression().equals(b.expression()) || !java.util.Objects.equals(a.date(), b.date())
                || a.source() != b.source() || a.evidence().isEmpty() || b.evidence().isEmpty()) {
            return false;
        }
        Evidence x = a.evidence().get(0);
        Evidence y = b.evidence().get(0);
        if (x.sentence() == null || !x.sentence().equals(y.sentence()) || x.start() == null || y.start() == null) {
            return false;
        }
        return x.start() < y.start() || x.start().equals(y.start()) && a.id().compareTo(b.id()) < 0;
    }

    /**
     * Why a fact's expression names a weekday its date does not fall on, or null if it does not:
     * "23 April 2025 is a Wednesday, not a Tuesday". A fact without a date is checked against the
     * expression's own date ("Tuesday, 23 April").
     */
    public static String weekdayClash(String expression, LocalDate date, LocalDate published) {
        Optional<Reading> found = read(expression, published);
        // "Friday, March 25 to April 2": a span's weekday is its first day's
        if (found.isEmpty() && expression != null) {
            String first = SPAN_END.matcher(expression).replaceFirst("");
            found = first.length() < expression.length() ? read(first, published) : found;
        }
        if (found.isEmpty() || found.get().weekday() == null) {
            return null;
        }
        Reading r = found.get();
        String day = weekdayName(r.weekday());
        if (date != null) {
            return r.fitsWeekday(date) ? null
                    : format(date) + " is a " + weekdayName(date.getDayOfWeek()) + ", not a " + day;
        }
        if (r.calendar() == null || !r.meaning().isEmpty()) {
            return null;
        }
        List<String> days = new ArrayList<>();
        for (DateSet.Span s : r.calendar().spans()) {
            if (s.from().equals(s.to())) {
                days.add(format(s.from()) + " is a " + weekdayName(s.from().getDayOfWeek()));
            }
        }
        return days.isEmpty() ? "none of " + r.calendar().describe() + " is a " + day
                : String.join(" and ", days) + ", not a " + day;
    }

    /** What follows a span's first day: " to April 2", " until Friday", "-12", "–12 June". */
    private static final java.util.regex.Pattern SPAN_END = java.util.regex.Pattern.compile(
            "\\s*(?:\\bto\\b|\\buntil\\b|\\bthrough\\b|[-\u2013\u2014]).*$", java.util.regex.Pattern.DOTALL);

    /**
     * Why a fact's date cannot be what its expression means, or null if it can (or the expression
     * is not understood, or it names a weekday the date does not fit, which {@link #weekdayClash}
     * reports): "\"last week\" means 14 to 20 April 2025".
     */
    public static String expressionClash(String expression, LocalDate date, LocalDate published) {
        return expressionClash(expression, date, published, null);
    }

    /** {@link #expressionClash(String, LocalDate, LocalDate)} with a bare weekday read on the side {@code tense} says. */
    public static String expressionClash(String expression, LocalDate date, LocalDate published, Tense tense) {
        Optional<Reading> found = read(expression, published, tense);
        if (date == null || found.isEmpty() || !found.get().fitsWeekday(date)) {
            return null;
        }
        Reading r = found.get();
        DateSet means = r.meaning().isEmpty() && r.calendar() != null ? r.calendar() : r.meaning();
        if (means.isEmpty() || means.contains(date)) {
            return null;
        }
        return "\"" + expression + "\" means " + means.describe();
    }

    /**
     * Every day an event-date fact allows: its date (and the next day if it speaks of the night),
     * every day of its span ({@code until}, {@code lastDay()}),
     * else what its expression means (a bare weekday on the side its tense says); null if
     * it says nothing understood.
     */
    public static DateSet possibleDates(EventDateFact fact, LocalDate published) {
        DateSet span = span(fact);
        if (span != null) {
            return span;
        }
        if (fact.date() != null) {
            DateSet day = DateSet.of(fact.date());
            return mentionsNight(fact.expression()) ? day.withFollowingDays() : day;
        }
        return read(fact.expression(), published, fact.tense()).map(Reading::meaning).filter(m -> !m.isEmpty())
                .orElse(null);
    }

    /** The days of the span a fact puts its event within ("from November 2 to November 12"), or null for a single date. */
    private static DateSet span(EventDateFact fact) {
        return fact.date() != null && fact.lastDay() != null && fact.lastDay().isAfter(fact.date())
                ? DateSet.range(fact.date(), fact.lastDay()) : null;
    }

    /**
     * The one day an event-date fact puts the event on: its date, else the single day its
     * expression means; or null. A planned date puts the event on no day (it may have moved), nor
     * does a span of days ("from November 2 to November 12").
     */
    public static LocalDate day(EventDateFact fact, LocalDate published) {
        if (fact.planned()) {
            return null;
        }
        if (fact.date() != null) {
            return span(fact) == null ? fact.date() : null;
        }
        DateSet means = possibleDates(fact, published);
        return means != null && means.isSingleDay() ? means.first() : null;
    }

    /**
     * The event-date facts among {@code facts} that say something understood about when the event
     * actually happens (planned dates left out), and all the days they allow; or null.
     */
    public static KnownDates known(Collection<?> facts, LocalDate published) {
        List<EventDateFact> used = new ArrayList<>();
        DateSet all = DateSet.empty();
        for (Object o : facts) {
            if (o instanceof EventDateFact f && !f.planned()) {
                DateSet days = possibleDates(f, published);
                if (days != null) {
                    used.add(f);
                    all = all.union(days);
                }
            }
        }
        return used.isEmpty() ? null : new KnownDates(used, all);
    }

    /** How one fact dates its event, for messages: "23 April 2025 (f1)" or "\"last week\" (f2), that is 14 to 20 April 2025". */
    public static String said(EventDateFact fact, LocalDate published) {
        DateSet span = span(fact);
        if (span != null) {
            return span.describe() + " (" + fact.id() + ")";
        }
        if (fact.date() != null) {
            return format(fact.date()) + (fact.expression() != null ? ", \"" + fact.expression() + "\"" : "")
                    + " (" + fact.id() + ")";
        }
        DateSet means = possibleDates(fact, published);
        return "\"" + fact.expression() + "\" (" + fact.id() + ")" + (means != null ? ", that is " + means.describe() : "");
    }

    /** "an article published on Wednesday 23 April 2025". */
    public static String publishedOn(LocalDate published) {
        return "an article published on " + weekdayName(published.getDayOfWeek()) + " " + format(published);
    }

    /**
     * True if two facts about something that may change over time (an event's level, a count)
     * speak of the same moment, so must agree: both dated on one day, or neither dated. Facts
     * dated on different days, or one dated and one not, may describe an upgrade, a downgrade or a
     * count that grew, and are not compared.
     */
    public static boolean sameDayOrUndated(LocalDate a, LocalDate b) {
        return a == null ? b == null : a.equals(b);
    }

    /**
     * True if two dates of one visit may be two occasions: one set of days lies wholly before
     * publication and the other wholly after ("visited Riyadh from February 17 to 19", "will
     * travel to Riyadh from November 2 to 6"), unless both facts are told in the same tense (a
     * report of a past trip dating one of its stops after publication is wrong as written).
     */
    public static boolean twoOccasions(EventDateFact a, DateSet da, EventDateFact b, DateSet db, LocalDate published) {
        if (da == null || db == null || da.isEmpty() || db.isEmpty() || published == null
                || a.tense() != null && a.tense() == b.tense()) {
            return false;
        }
        return da.last().isBefore(published) && db.first().isAfter(published)
                || db.last().isBefore(published) && da.first().isAfter(published);
    }

    /** True if an event of this type may last several days (a visit, a summit, a war), so two dates need not clash. */
    public static boolean mayLastDays(String eventType) {
        return eventType != null && LASTING.matcher(Text.normalize(eventType).replace('-', ' ')).find();
    }

    /** "23 April 2025". */
    public static String format(LocalDate d) {
        return d.getDayOfMonth() + " " + monthName(d) + " " + d.getYear();
    }

    static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "Wednesday". */
    public static String weekdayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    // ---- the calendar arithmetic; weeks may start on Monday (most of the world) or Sunday (the US) ----

    /** The Monday of the Monday-to-Sunday week holding {@code d}. */
    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Sunday of the Sunday-to-Saturday week holding {@code d}. */
    static LocalDate sunday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    /** The week {@code weeks} weeks from the one holding {@code d}, in either convention. */
    static DateSet week(LocalDate d, int weeks) {
        LocalDate mon = monday(d).plusWeeks(weeks);
        LocalDate sun = sunday(d).plusWeeks(weeks);
        return DateSet.range(mon, mon.plusDays(6)).union(DateSet.range(sun, sun.plusDays(6)));
    }

    /** The most recent Saturday and Sunday wholly before {@code p}. */
    static DateSet lastWeekend(LocalDate p) {
        LocalDate sun = p.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return DateSet.range(sun.minusDays(1), sun);
    }

    /** The Saturday and Sunday of the Monday-to-Sunday week holding {@code p}. */
    static DateSet thisWeekend(LocalDate p) {
        LocalDate sat = monday(p).plusDays(5);
        return DateSet.range(sat, sat.plusDays(1));
    }

    static DateSet month(YearMonth m) {
        return DateSet.range(m.atDay(1), m.atEndOfMonth());
    }

    static DateSet year(int y) {
        return DateSet.range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /** "this week", "later this week", "last month", "next year", "this weekend" ... */
    static DateSet period(String part, String which, String unit, LocalDate p) {
        int step = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        DateSet whole = switch (unit) {
            case "week" -> week(p, step);
            case "month" -> month(YearMonth.from(p).plusMonths(step));
            case "year" -> year(p.getYear() + step);
            default -> step < 0 ? lastWeekend(p)
                    : step > 0 ? thisWeekend(p).union(thisWeekend(p).shift(7)).intersect(DateSet.range(p, p.plusDays(14)))
                    : thisWeekend(p);
        };
        if (step != 0 || part == null || whole.isEmpty()) {
            return whole;
        }
        return switch (part) {
            case "earlier" -> whole.intersect(DateSet.range(whole.first(), p));
            case "later" -> whole.intersect(DateSet.range(p, whole.last()));
            default -> whole;
        };
    }

    /** "the past week" (the last seven days, or last week), "the coming week" (the next seven days, or next week). */
    static DateSet pastOrComing(String which, String unit, LocalDate p) {
        boolean past = which.equals("past");
        return switch (unit) {
            case "week" -> past ? DateSet.range(p.minusDays(7), p).union(week(p, -1))
                    : DateSet.range(p, p.plusDays(7)).union(week(p, 1));
            case "month" -> past ? DateSet.range(p.minusDays(31), p).union(month(YearMonth.from(p).minusMonths(1)))
                    : DateSet.range(p, p.plusDays(31)).union(month(YearMonth.from(p).plusMonths(1)));
            case "year" -> past ? DateSet.range(p.minusDays(366), p).union(year(p.getYear() - 1))
                    : DateSet.range(p, p.plusDays(366)).union(year(p.getYear() + 1));
            default -> past ? lastWeekend(p) : period(null, "next", "weekend", p).union(thisWeekend(p)
                    .intersect(DateSet.range(p, p.plusDays(7))));
        };
    }

    /** The days named {@code w} that "last w", "next w", "this w" or a bare "w" can mean. */
    static DateSet weekday(String modifier, DayOfWeek w, LocalDate p) {
        String m = modifier == null ? "" : modifier;
        return switch (m) {
            case "last", "past", "this past" -> DateSet.of(p.with(TemporalAdjusters.previous(w)))
                    .union(DateSet.range(monday(p).minusWeeks(1), monday(p).minusDays(1)).onWeekday(w));
            case "next", "coming", "this coming" -> DateSet.of(p.with(TemporalAdjusters.next(w)))
                    .union(DateSet.range(monday(p).plusWeeks(1), monday(p).plusWeeks(1).plusDays(6)).onWeekday(w));
            case "this" -> DateSet.range(monday(p), monday(p).plusDays(6)).onWeekday(w)
                    .union(DateSet.of(p.with(TemporalAdjusters.nextOrSame(w))));
            default -> bareWeekday(w, p, null);
        };
    }

    /**
     * The days a bare weekday ("on Friday") can mean: on the publication's own weekday, that day;
     * otherwise the nearest such day before publication (for {@code past}), the nearest after it
     * (for {@code future}), or either (null). Both are within six days of publication.
     */
    static DateSet bareWeekday(DayOfWeek w, LocalDate p, Tense tense) {
        if (p.getDayOfWeek() == w) {
            return DateSet.of(p);
        }
        DateSet before = DateSet.of(p.with(TemporalAdjusters.previous(w)));
        DateSet after = DateSet.of(p.with(TemporalAdjusters.next(w)));
        return tense == Tense.PAST ? before : tense == Tense.FUTURE ? after : before.union(after);
    }

    /** The candidates of a day-month (or month) without a year: the years around publication within the window. */
    static DateSet nearPublication(List<DateSet> candidates, LocalDate p) {
        DateSet out = DateSet.empty();
        DateSet closest = null;
        long best = Long.MAX_VALUE;
        DateSet here = DateSet.of(p);
        for (DateSet c : candidates) {
            long gap = c.gap(here);
            if (gap <= YEARLESS_WINDOW) {
                out = out.union(c);
            }
            if (gap < best) {
                best = gap;
                closest = c;
            }
        }
        return out.isEmpty() && closest != null ? closest : out;
    }

    private static Phrase phrase(String regex, BiFunction<Matcher, Parse, Boolean> handler) {
        return new Phrase(Pattern.compile("\\b" + regex + "\\b"), handler);
    }

    private static int number(String word) {
        return Character.isDigit(word.charAt(0)) ? Integer.parseInt(word) : NUMBERS.get(word);
    }

    private static Month monthOf(String word) {
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(word.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException(word);
    }

    /** The state of one parse: constraints found so far. */
    private static final class Parse {
        private final LocalDate published;
        private final Tense tense;
        private DateSet calendar;
        private DayOfWeek weekday;
        private String weekdayModifier;
        private boolean night;
        private boolean conflicting;

        Parse(LocalDate published, Tense tense) {
            this.published = published;
            this.tense = tense;
        }

        Parse night() {
            night = true;
            return this;
        }

        boolean add(DateSet days) {
            calendar = calendar == null ? days : calendar.intersect(days);
            return true;
        }

        boolean day(long offset) {
            return add(DateSet.of(published.plusDays(offset)));
        }

        boolean around(long offset, int slack) {
            LocalDate d = published.plusDays(offset);
            return add(DateSet.range(d.minusDays(slack), d.plusDays(slack)));
        }

        boolean dayOfMonth(String month, String day, String year) {
            Month m = monthOf(month);
            int dom = Integer.parseInt(day);
            try {
                if (year != null) {
                    return add(DateSet.of(LocalDate.of(Integer.parseInt(year), m, dom)));
                }
                List<DateSet> candidates = new ArrayList<>();
                for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
                    if (dom <= YearMonth.of(y, m).lengthOfMonth()) {
                        candidates.add(DateSet.of(LocalDate.of(y, m, dom)));
                    }
                }
                if (candidates.isEmpty() || dom > m.maxLength()) {
                    return false;
                }
                // told in the past ("On Tuesday 5 March, the Prime Minister met ..." in December): a
                // day on or before publication; told as to come, one on or after it; but a day within
                // a month of publication is that one whatever the tense (which is read roughly)
                LocalDate p = published;
                boolean near = candidates.stream().anyMatch(c -> c.gap(DateSet.of(p)) <= 31);
                List<DateSet> sided = near ? candidates : candidates.stream().filter(c -> tense == Tense.PAST ? !c.first().isAfter(p)
                        : tense != Tense.FUTURE || !c.first().isBefore(p)).toList();
                return add(nearPublication(sided.isEmpty() ? candidates : sided, published));
            } catch (DateTimeException notADate) {
                return false;
            }
        }

        boolean month(String month, String year) {
            Month m = monthOf(month);
            if (year != null) {
                return add(Dates.month(YearMonth.of(Integer.parseInt(year), m)));
            }
            List<DateSet> candidates = new ArrayList<>();
            for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
                candidates.add(Dates.month(YearMonth.of(y, m)));
            }
            return add(nearPublication(candidates, published));
        }

        boolean weekday(String modifier, String name) {
            DayOfWeek w = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
            if (weekday != null && (weekday != w || !java.util.Objects.equals(weekdayModifier, modifier))) {
                conflicting = true;
            }
            weekday = w;
            weekdayModifier = modifier;
            if (modifier != null) {
                add(Dates.weekday(modifier, w, published));
            }
            return true;
        }

        Optional<Reading> reading() {
            if (conflicting || (calendar == null && weekday == null)) {
                return Optional.empty();
            }
            DateSet meaning;
            if (weekday == null) {
                meaning = calendar;
            } else if (calendar == null) {
                meaning = bareWeekday(weekday, published, tense);
            } else {
                meaning = calendar.onWeekday(weekday);
            }
            if (night) {
                meaning = meaning.withFollowingDays();
                if (weekday != null && calendar != null) {
                    // "Tuesday night, 23 April": the small hours of Wednesday 23
                    meaning = meaning.union(calendar.onWeekday(weekday.plus(1)));
                }
            }
            return Optional.of(new Reading(weekday, night, calendar, meaning));
        }
    }
}
