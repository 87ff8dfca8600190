package org.factlint.engine.helpers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A set of calendar days, kept as sorted, disjoint, non-adjacent inclusive ranges: what a date
 * expression can mean ("last week" is seven days, "on Tuesday" two Tuesdays). Immutable.
 */
public final class DateSet {

    /** One inclusive range of days. */
    public record Span(LocalDate from, LocalDate to) {

        public Span {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(from + " after " + to);
            }
        }
    }

    private static final DateSet EMPTY = new DateSet(List.of());

    /** A bound on the days a set may be walked day by day (a weekday filter): a few years is plenty. */
    private static final int MAX_WALK = 3 * 366;

    private final List<Span> spans;

    private DateSet(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    public static DateSet empty() {
        return EMPTY;
    }

    public static DateSet of(LocalDate day) {
        return new DateSet(List.of(new Span(day, day)));
    }

    /** Every day from {@code from} to {@code to}, both included; empty if {@code to} is before {@code from}. */
    public static DateSet range(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? EMPTY : new DateSet(List.of(new Span(from, to)));
    }

    /** The union of any number of spans, merged. */
    static DateSet ofSpans(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::from));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            if (!merged.isEmpty() && !s.from().isAfter(merged.get(merged.size() - 1).to().plusDays(1))) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
            } else {
                merged.add(s);
            }
        }
        return new DateSet(merged);
    }

    public List<Span> spans() {
        return spans;
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** The earliest day; the set must not be empty. */
    public LocalDate first() {
        return spans.get(0).from();
    }

    /** The latest day; the set must not be empty. */
    public LocalDate last() {
        return spans.get(spans.size() - 1).to();
    }

    /** True if the set is exactly one day. */
    public boolean isSingleDay() {
        return spans.size() == 1 && spans.get(0).from().equals(spans.get(0).to());
    }

    public boolean contains(LocalDate day) {
        for (Span s : spans) {
            if (!day.isBefore(s.from()) && !day.isAfter(s.to())) {
                return true;
            }
        }
        return false;
    }

    public DateSet union(DateSet other) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(other.spans);
        return ofSpans(all);
    }

    public DateSet intersect(DateSet other) {
        List<Span> out = new ArrayList<>();
        for (Span a : spans) {
            for (Span b : other.spans) {
                LocalDate from = a.from().isAfter(b.from()) ? a.from() : b.from();
                LocalDate to = a.to().isBefore(b.to()) ? a.to() : b.to();
                if (!to.isBefore(from)) {
                    out.add(new Span(from, to));
                }
            }
        }
        return ofSpans(out);
    }

    public boolean overlaps(DateSet other) {
        return !intersect(other).isEmpty();
    }

    /** No day in common. (Rules say {@code disjoint($x)}: Drools' executable model cannot type {@code !overlaps($x)}.) */
    public boolean disjoint(DateSet other) {
        return !overlaps(other);
    }

    /** Every day moved by {@code days}. */
    public DateSet shift(long days) {
        return new DateSet(spans.stream().map(s -> new Span(s.from().plusDays(days), s.to().plusDays(days))).toList());
    }

    /** The set with, for each day, the day after too: "Tuesday night" runs into Wednesday's small hours. */
    public DateSet withFollowingDays() {
        return union(shift(1));
    }

    /** The days that fall on {@code weekday}; sets longer than a few years are cut to their first years. */
    public DateSet onWeekday(DayOfWeek weekday) {
        return filter(d -> d.getDayOfWeek() == weekday);
    }

    private DateSet filter(Predicate<LocalDate> keep) {
        List<Span> out = new ArrayList<>();
        int walked = 0;
        for (Span s : spans) {
            for (LocalDate d = s.from(); !d.isAfter(s.to()) && walked < MAX_WALK; d = d.plusDays(1), walked++) {
                if (keep.test(d)) {
                    out.add(new Span(d, d));
                }
            }
        }
        return ofSpans(out);
    }

    /** True if every day of this set comes before every day of {@code other}; false if either is empty. */
    public boolean allBefore(DateSet other) {
        return !isEmpty() && !other.isEmpty() && last().isBefore(other.first());
    }

    /** The number of days between the closest days of two sets: 0 if they overlap, -1 if either is empty. */
    public long gap(DateSet other) {
        if (isEmpty() || other.isEmpty()) {
            return -1;
        }
        if (overlaps(other)) {
            return 0;
        }
        long best = Long.MAX_VALUE;
        for (Span a : spans) {
            for (Span b : other.spans) {
                long d = a.to().isBefore(b.from()) ? b.from().toEpochDay() - a.to().toEpochDay()
                        : a.from().toEpochDay() - b.to().toEpochDay();
                best = Math.min(best, d);
            }
        }
        return best;
    }

    /** "23 April 2025", "14 to 20 April 2025", "22 April 2025 or 29 April 2025": for messages. */
    public String describe() {
        if (spans.isEmpty()) {
            return "no date";
        }
        List<String> parts = new ArrayList<>();
        for (Span s : spans.subList(0, Math.min(spans.size(), 3))) {
            parts.add(describe(s));
        }
        String text = String.join(" or ", parts);
        return spans.size() > 3 ? text + " or later dates" : text;
    }

    private static String describe(Span s) {
        if (s.from().equals(s.to())) {
            return Dates.format(s.from());
        }
        boolean sameYear = s.from().getYear() == s.to().getYear();
        boolean sameMonth = sameYear && s.from().getMonth() == s.to().getMonth();
        String from = sameMonth ? Integer.toString(s.from().getDayOfMonth())
                : sameYear ? s.from().getDayOfMonth() + " " + Dates.monthName(s.from()) : Dates.format(s.from());
        return from + " to " + Dates.format(s.to());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateSet other && spans.equals(other.spans);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
