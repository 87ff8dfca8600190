package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factlint.model.EventDateFact;
import org.factlint.model.Origin;
import org.factlint.model.Source;
import org.factlint.model.Stage;
import org.factlint.model.Tense;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    /** Wednesday 23 April 2025, the seed article's publication date. */
    static final LocalDate WED = LocalDate.of(2025, 4, 23);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static DateSet meaning(String expression, LocalDate published) {
        Optional<Dates.Reading> r = Dates.read(expression, published);
        assertTrue(r.isPresent(), () -> "not understood: " + expression);
        return r.get().meaning();
    }

    /** The days of a set, listed: "2025-04-22,2025-04-29". */
    static String days(DateSet set) {
        StringBuilder sb = new StringBuilder();
        for (DateSet.Span s : set.spans()) {
            for (LocalDate x = s.from(); !x.isAfter(s.to()); x = x.plusDays(1)) {
                sb.append(sb.length() == 0 ? "" : ",").append(x);
            }
        }
        return sb.toString();
    }

    static String range(String from, String to) {
        return days(DateSet.range(d(from), d(to)));
    }

    @Nested
    class Weekdays {

        @ParameterizedTest(name = "\"{0}\" published on Wednesday 23 April is that day")
        @ValueSource(strings = {"Wednesday", "on Wednesday", "Wednesday's", "on Wednesday morning", "WEDNESDAY",
                "Wednesday\u2019s", "early on Wednesday", "Wednesday afternoon", "on Wednesday at 10am",
                "Wednesday 10:30 local time", "late on Wednesday"})
        void theWeekdayOfPublicationIsThatDay(String expression) {
            assertEquals("2025-04-23", days(meaning(expression, WED)));
        }

        @Test
        void aBareWeekdayIsTheNearestSuchDayBeforeOrAfter() {
            assertEquals("2025-04-22,2025-04-29", days(meaning("on Tuesday", WED)));
            assertEquals("2025-04-18,2025-04-25", days(meaning("Friday", WED)), "Rubio met Lavrov on Friday: the 18th");
            assertEquals("2025-04-20,2025-04-27", days(meaning("on Sunday", WED)));
            assertEquals("2025-04-17,2025-04-24", days(meaning("Thursday's", WED)));
            assertEquals("2025-04-24", days(meaning("Thursday", d("2025-04-24"))), "its own weekday is that day only");
            assertEquals("2025-04-23,2025-04-30", days(meaning("Wednesday", d("2025-04-24"))), "one day back, six ahead");
        }

        @Test
        void theTenseSaysWhichSideABareWeekdayIsOn() {
            assertEquals("2025-04-18", days(Dates.read("on Friday", WED, Tense.PAST).orElseThrow().meaning()));
            assertEquals("2025-04-25", days(Dates.read("on Friday", WED, Tense.FUTURE).orElseThrow().meaning()));
            assertEquals("2025-04-23", days(Dates.read("Wednesday", WED, Tense.PAST).orElseThrow().meaning()));
            assertEquals("2025-04-23", days(Dates.read("Wednesday", WED, Tense.FUTURE).orElseThrow().meaning()));
            assertEquals("2025-04-22,2025-04-23",
                    days(Dates.read("on Tuesday night", WED, Tense.PAST).orElseThrow().meaning()));
            // words that already say which side are not changed by the tense
            assertEquals("2025-04-25,2025-05-02", days(Dates.read("next Friday", WED, Tense.PAST).orElseThrow().meaning()));
            assertEquals("2025-04-18", days(Dates.read("Friday, 18 April", WED, Tense.FUTURE).orElseThrow().meaning()));
        }

        @Test
        void nightRunsIntoTheNextDay() {
            assertEquals("2025-04-22,2025-04-23,2025-04-29,2025-04-30", days(meaning("on Tuesday night", WED)));
            Dates.Reading r = Dates.read("on Tuesday night", WED).orElseThrow();
            assertTrue(r.night());
            assertTrue(r.fitsWeekday(d("2025-04-22")));
            assertTrue(r.fitsWeekday(d("2025-04-23")));
            assertFalse(r.fitsWeekday(d("2025-04-24")));
            assertEquals("2025-04-22,2025-04-23", days(meaning("last night", WED)));
            assertEquals("2025-04-23,2025-04-24", days(meaning("tonight", WED)));
            assertEquals("2025-04-22,2025-04-23", days(meaning("overnight", WED)));
            assertTrue(Dates.read("at midnight on Tuesday", WED).orElseThrow().fitsWeekday(d("2025-04-23")));
        }

        @Test
        void aMorningDoesNotRunIntoTheNextDay() {
            Dates.Reading r = Dates.read("on Tuesday morning", WED).orElseThrow();
            assertFalse(r.night());
            assertFalse(r.fitsWeekday(d("2025-04-23")));
        }

        @Test
        void lastWeekdayIsTheMostRecentOrLastWeeks() {
            assertEquals("2025-04-16", days(meaning("last Wednesday", WED)));
            LocalDate fri = d("2025-04-25");
            assertEquals("2025-04-16,2025-04-23", days(meaning("last Wednesday", fri)));
            assertEquals("2025-04-17,2025-04-24", days(meaning("last Thursday", fri)));
            assertEquals("2025-04-14,2025-04-21", days(meaning("last Monday", WED)));
            assertEquals("2025-04-20", days(meaning("this past Sunday", WED)));
        }

        @Test
        void nextWeekdayIsTheComingOneOrNextWeeks() {
            assertEquals("2025-04-25,2025-05-02", days(meaning("next Friday", WED)));
            assertEquals("2025-04-28", days(meaning("next Monday", WED)));
            assertEquals("2025-04-30", days(meaning("next Wednesday", WED)));
            assertEquals("2025-04-25,2025-05-02", days(meaning("this coming Friday", WED)));
        }

        @Test
        void thisWeekdayIsThisWeeksOrTheComingOne() {
            assertEquals("2025-04-21,2025-04-28", days(meaning("this Monday", WED)));
            assertEquals("2025-04-25", days(meaning("this Friday", WED)));
            assertEquals("2025-04-23", days(meaning("this Wednesday", WED)));
        }

        @Test
        void aWeekdayInAPeriodIsThatWeekdayOfThePeriod() {
            assertEquals("2025-04-15", days(meaning("on Tuesday last week", WED)));
            assertEquals("2025-04-29", days(meaning("Tuesday next week", WED)));
        }

        @Test
        void publishedOnSundayOrMonday() {
            LocalDate sun = d("2025-04-27");
            assertEquals("2025-04-27", days(meaning("on Sunday", sun)));
            assertEquals("2025-04-21,2025-04-28", days(meaning("Monday", sun)));
            LocalDate mon = d("2025-04-28");
            assertEquals("2025-04-27,2025-05-04", days(meaning("Sunday", mon)));
        }
    }

    @Nested
    class RelativeDays {

        @ParameterizedTest(name = "\"{0}\" published {1} is {2}")
        @CsvSource({
                "yesterday, 2025-04-23, 2025-04-22",
                "today, 2025-04-23, 2025-04-23",
                "earlier today, 2025-04-23, 2025-04-23",
                "this morning, 2025-04-23, 2025-04-23",
                "tomorrow, 2025-04-23, 2025-04-24",
                "tomorrow morning, 2025-04-23, 2025-04-24",
                "the day before yesterday, 2025-04-23, 2025-04-21",
                "the day after tomorrow, 2025-04-23, 2025-04-25",
                "two days ago, 2025-04-23, 2025-04-21",
                "3 days ago, 2025-04-23, 2025-04-20",
                "yesterday, 2025-03-01, 2025-02-28",
                "yesterday, 2024-03-01, 2024-02-29",
                "yesterday, 2025-01-01, 2024-12-31",
                "tomorrow, 2024-12-31, 2025-01-01",
                "yesterday's, 2025-04-23, 2025-04-22"})
        void exactDays(String expression, String published, String expected) {
            assertEquals(expected, days(meaning(expression, d(published))));
        }

        @Test
        void aWeekAgoIsLoose() {
            assertEquals(range("2025-04-13", "2025-04-19"), days(meaning("a week ago", WED)));
        }
    }

    @Nested
    class Weeks {

        @Test
        void weeksMayStartOnMondayOrSunday() {
            assertEquals(range("2025-04-13", "2025-04-20"), days(meaning("last week", WED)));
            assertEquals(range("2025-04-20", "2025-04-27"), days(meaning("this week", WED)));
            assertEquals(range("2025-04-27", "2025-05-04"), days(meaning("next week", WED)));
            assertEquals(range("2025-04-23", "2025-04-27"), days(meaning("later this week", WED)));
            assertEquals(range("2025-04-20", "2025-04-23"), days(meaning("earlier this week", WED)));
            assertEquals(range("2025-04-13", "2025-04-20"), days(meaning("late last week", WED)));
            assertEquals(range("2025-04-27", "2025-05-04"), days(meaning("early next week", WED)));
        }

        @Test
        void weeksAcrossAYearBoundary() {
            LocalDate mon = d("2025-01-06");
            assertEquals(range("2024-12-29", "2025-01-05"), days(meaning("last week", mon)));
            LocalDate tue = d("2024-12-31");
            assertEquals(range("2025-01-05", "2025-01-12"), days(meaning("next week", tue)));
        }

        @Test
        void publishedOnASunday() {
            LocalDate sun = d("2025-04-27");
            assertEquals(range("2025-04-21", "2025-05-03"), days(meaning("this week", sun)));
            assertEquals(range("2025-04-14", "2025-04-26"), days(meaning("last week", sun)));
        }

        @Test
        void weekends() {
            assertEquals("2025-04-19,2025-04-20", days(meaning("last weekend", WED)));
            assertEquals("2025-04-26,2025-04-27", days(meaning("this weekend", WED)));
            assertEquals("2025-04-19,2025-04-20,2025-04-26,2025-04-27", days(meaning("at the weekend", WED)));
            assertEquals("2025-04-19,2025-04-20", days(meaning("last weekend", d("2025-04-26"))));
            assertEquals("2025-04-19,2025-04-20", days(meaning("last weekend", d("2025-04-27"))));
            assertEquals("2025-04-26,2025-04-27", days(meaning("last weekend", d("2025-04-28"))));
        }

        @Test
        void thePastWeekIsTheLastSevenDaysOrLastWeek() {
            assertEquals(range("2025-04-13", "2025-04-23"), days(meaning("the past week", WED)));
        }
    }

    @Nested
    class MonthsAndYears {

        @Test
        void months() {
            assertEquals(range("2025-03-01", "2025-03-31"), days(meaning("last month", WED)));
            assertEquals(range("2025-05-01", "2025-05-31"), days(meaning("next month", WED)));
            assertEquals(range("2025-04-01", "2025-04-23"), days(meaning("earlier this month", WED)));
            assertEquals(range("2025-04-23", "2025-04-30"), days(meaning("later this month", WED)));
            assertEquals(range("2025-04-01", "2025-04-30"), days(meaning("this month", WED)));
        }

        @Test
        void monthsAcrossAYearBoundary() {
            assertEquals(range("2024-12-01", "2024-12-31"), days(meaning("last month", d("2025-01-15"))));
            assertEquals(range("2026-01-01", "2026-01-31"), days(meaning("next month", d("2025-12-15"))));
        }

        @Test
        void years() {
            assertEquals(range("2024-01-01", "2024-12-31"), days(meaning("last year", WED)));
            assertEquals(range("2025-01-01", "2025-04-23"), days(meaning("earlier this year", WED)));
            assertEquals(range("2024-01-01", "2024-12-31"), days(meaning("in 2024", WED)));
        }

        @Test
        void aMonthNamedAloneIsTheNearestSuch() {
            assertEquals(range("2025-04-01", "2025-04-30"), days(meaning("in April", WED)));
            assertEquals(range("2025-04-01", "2025-04-30"), days(meaning("mid-April", WED)));
            assertEquals(range("2025-03-01", "2025-03-31"), days(meaning("March 2025", WED)));
            assertEquals(range("2024-12-01", "2024-12-31") + "," + range("2025-12-01", "2025-12-31"),
                    days(meaning("in December", WED)));
        }
    }

    @Nested
    class ExplicitDates {

        @ParameterizedTest(name = "\"{0}\" published {1} is {2}")
        @CsvSource(delimiter = '|', value = {
                "23 April | 2025-04-23 | 2025-04-23",
                "April 23 | 2025-04-23 | 2025-04-23",
                "on 23rd April | 2025-04-23 | 2025-04-23",
                "the 23rd of April | 2025-04-23 | 2025-04-23",
                "23 April 2025 | 2025-04-23 | 2025-04-23",
                "April 23, 2025 | 2025-04-23 | 2025-04-23",
                "23 Apr | 2025-04-23 | 2025-04-23",
                "Wednesday, 23 April | 2025-04-23 | 2025-04-23",
                "Wednesday, April 23, 2025 | 2025-01-01 | 2025-04-23",
                "2025-04-23 | 2025-04-23 | 2025-04-23",
                "on 2024-12-30 | 2025-04-23 | 2024-12-30",
                "5 January | 2025-12-30 | 2026-01-05",
                "30 December | 2025-01-02 | 2024-12-30",
                "23 April 2024 | 2025-04-23 | 2024-04-23",
                "29 February | 2024-03-10 | 2024-02-29"})
        void explicitDates(String expression, String published, String expected) {
            assertEquals(expected, days(meaning(expression, d(published))));
        }

        @Test
        void aDayMonthFarFromPublicationMayBeEitherYear() {
            assertEquals("2024-12-01,2025-12-01", days(meaning("1 December", WED)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"31 April 2025", "February 30", "30 February 2024"})
        void impossibleDatesAreNotUnderstood(String expression) {
            assertTrue(Dates.read(expression, WED).isEmpty());
        }
    }

    @Nested
    class NotUnderstood {

        @ParameterizedTest(name = "\"{0}\" is not understood")
        @ValueSource(strings = {"", "   ", "before Wednesday", "since Monday", "until Friday", "by Friday",
                "Tuesday or Wednesday", "on Tuesday and Wednesday", "ahead of Wednesday's talks", "recently",
                "in the coming days", "earlier", "later", "after the talks", "on Tuesdays", "23/04/2025",
                "the previous week", "the next day", "on a Wednesday", "morning", "around Wednesday",
                "Wednesday or Thursday", "Tuesday, not Wednesday", "last Tuesday, this Wednesday"})
        void vagueOrCompoundExpressionsSayNothing(String expression) {
            assertEquals(Optional.empty(), Dates.read(expression, WED));
        }

        @Test
        void nullsSayNothing() {
            assertTrue(Dates.read(null, WED).isEmpty());
            assertTrue(Dates.read("Wednesday", null).isEmpty());
        }
    }

    @Nested
    class Clashes {

        @Test
        void aWeekdayThatDoesNotFitTheDate() {
            assertEquals("23 April 2025 is a Wednesday, not a Tuesday", Dates.weekdayClash("on Tuesday", WED, WED));
            assertEquals("22 April 2025 is a Tuesday, not a Wednesday",
                    Dates.weekdayClash("Wednesday's", d("2025-04-22"), WED));
            assertNull(Dates.weekdayClash("on Wednesday", WED, WED));
            assertNull(Dates.weekdayClash("on Tuesday night", WED, WED));
            assertNotNull(Dates.weekdayClash("on Tuesday night", d("2025-04-24"), WED));
            assertNull(Dates.weekdayClash("last week", WED, WED));
            assertNull(Dates.weekdayClash("ahead of Tuesday's talks", WED, WED));
        }

        @Test
        void aWeekdayThatDoesNotFitItsOwnDate() {
            assertEquals("23 April 2025 is a Wednesday, not a Tuesday", Dates.weekdayClash("Tuesday, 23 April", null, WED));
            assertNull(Dates.weekdayClash("Wednesday, 23 April", null, WED));
            assertNull(Dates.weekdayClash("on Tuesday", null, WED));
            assertNull(Dates.weekdayClash("Tuesday night, 23 April", null, WED));
            assertEquals("1 December 2024 is a Sunday and 1 December 2025 is a Monday, not a Tuesday",
                    Dates.weekdayClash("Tuesday 1 December", null, WED));
            assertEquals("22 April 2025 is a Tuesday, not a Wednesday", Dates.weekdayClash("Wednesday yesterday", null, WED));
        }

        @Test
        void wordsThatCannotMeanTheDate() {
            assertEquals("\"last week\" means 13 to 20 April 2025", Dates.expressionClash("last week", d("2025-04-22"), WED));
            assertNull(Dates.expressionClash("last week", d("2025-04-16"), WED));
            assertEquals("\"on Wednesday\" means 23 April 2025", Dates.expressionClash("on Wednesday", d("2025-04-16"), WED));
            // a bare weekday fits the nearest such day on either side, unless the tense says which
            assertNull(Dates.expressionClash("on Friday", d("2025-04-18"), WED));
            assertNull(Dates.expressionClash("on Friday", d("2025-04-25"), WED));
            assertEquals("\"on Friday\" means 18 April 2025 or 25 April 2025",
                    Dates.expressionClash("on Friday", d("2025-04-11"), WED));
            assertEquals("\"on Friday\" means 18 April 2025",
                    Dates.expressionClash("on Friday", d("2025-04-25"), WED, Tense.PAST));
            assertNull(Dates.expressionClash("on Friday", d("2025-04-25"), WED, Tense.FUTURE));
            assertNull(Dates.expressionClash("on Wednesday", WED, WED));
            assertNull(Dates.expressionClash("later this week", d("2025-04-25"), WED));
            assertNotNull(Dates.expressionClash("later this week", d("2025-04-22"), WED));
            assertNotNull(Dates.expressionClash("yesterday", WED, WED));
            assertNotNull(Dates.expressionClash("23 April", d("2025-04-24"), WED));
            // the weekday does not fit: that is weekdayClash's to report, not this
            assertNull(Dates.expressionClash("on Tuesday", WED, WED));
            // the words contradict themselves and the date fits the weekday but not the day of the month
            assertEquals("\"Tuesday, 23 April\" means 23 April 2025",
                    Dates.expressionClash("Tuesday, 23 April", d("2025-04-22"), WED));
            assertNull(Dates.expressionClash("recently", WED, WED));
            assertNull(Dates.expressionClash("last week", null, WED));
        }
    }

    @Nested
    class Facts {

        EventDateFact fact(String id, String date, String expression) {
            return new EventDateFact(id, Source.BODY, 1, List.of(), "talks", date == null ? null : d(date), expression);
        }

        EventDateFact fact(String id, String date, String expression, Stage stage, Tense tense) {
            return new EventDateFact(id, Source.BODY, 1, List.of(), Origin.NONE, "talks", date == null ? null : d(date),
                    expression, stage, tense);
        }

        @Test
        void possibleDates() {
            assertEquals("2025-04-23", days(Dates.possibleDates(fact("f1", "2025-04-23", "on Wednesday"), WED)));
            assertEquals("2025-04-22,2025-04-23", days(Dates.possibleDates(fact("f1", "2025-04-22", "on Tuesday night"), WED)));
            assertEquals("2025-04-23", days(Dates.possibleDates(fact("f1", "2025-04-23", "whatever it says"), WED)));
            assertEquals(range("2025-04-13", "2025-04-20"), days(Dates.possibleDates(fact("f1", null, "last week"), WED)));
            assertNull(Dates.possibleDates(fact("f1", null, "recently"), WED));
            assertNull(Dates.possibleDates(fact("f1", null, "Tuesday, 23 April"), WED));
            assertEquals("2025-04-18,2025-04-25", days(Dates.possibleDates(fact("f1", null, "on Friday"), WED)));
            assertEquals("2025-04-18", days(Dates.possibleDates(fact("f1", null, "on Friday", Stage.ACTUAL, Tense.PAST), WED)));
            assertEquals("2025-04-25", days(Dates.possibleDates(fact("f1", null, "on Friday", Stage.PLANNED, Tense.FUTURE), WED)));
        }

        @Test
        void oneDay() {
            assertEquals(WED, Dates.day(fact("f1", "2025-04-23", "last week"), WED));
            assertEquals(d("2025-04-22"), Dates.day(fact("f1", null, "yesterday"), WED));
            assertEquals(WED, Dates.day(fact("f1", null, "on Wednesday"), WED));
            assertNull(Dates.day(fact("f1", null, "on Tuesday"), WED), "22 or 29 April");
            assertEquals(d("2025-04-22"), Dates.day(fact("f1", null, "on Tuesday", Stage.ACTUAL, Tense.PAST), WED));
            assertNull(Dates.day(fact("f1", null, "soon"), WED));
            assertNull(Dates.day(fact("f1", "2025-04-23", null, Stage.PLANNED, null), WED), "a plan puts it on no day");
        }

        @Test
        void knownDatesJoinWhatTheFactsAllow() {
            KnownDates k = Dates.known(List.of(fact("f1", null, "last week"), fact("f2", null, "soon"),
                    fact("f3", "2025-04-23", null), "not a fact"), WED);
            assertEquals(List.of("f1", "f3"), k.facts().stream().map(EventDateFact::id).toList());
            assertEquals(range("2025-04-13", "2025-04-20") + ",2025-04-23", days(k.dates()));
            assertNull(Dates.known(List.of(fact("f1", null, "soon")), WED));
            KnownDates actual = Dates.known(List.of(fact("f1", "2025-03-03", null, Stage.PLANNED, null),
                    fact("f2", "2025-03-10", null)), WED);
            assertEquals(List.of("f2"), actual.facts().stream().map(EventDateFact::id).toList(), "planned dates left out");
            assertNull(Dates.known(List.of(fact("f1", "2025-03-03", null, Stage.PLANNED, null)), WED));
        }

        @Test
        void said() {
            assertEquals("23 April 2025, \"on Wednesday\" (f1)", Dates.said(fact("f1", "2025-04-23", "on Wednesday"), WED));
            assertEquals("\"last week\" (f2), that is 13 to 20 April 2025", Dates.said(fact("f2", null, "last week"), WED));
            assertEquals("\"soon\" (f3)", Dates.said(fact("f3", null, "soon"), WED));
        }
    }

    @Test
    void factsThatChangeOverTimeAreComparedOnlyOnOneDay() {
        assertTrue(Dates.sameDayOrUndated(null, null));
        assertTrue(Dates.sameDayOrUndated(WED, d("2025-04-23")));
        assertFalse(Dates.sameDayOrUndated(WED, d("2025-04-22")), "an upgrade from one day to the next");
        assertFalse(Dates.sameDayOrUndated(WED, null), "a dated fact beside an undated one");
        assertFalse(Dates.sameDayOrUndated(null, WED));
    }

    @Test
    void eventsThatMayLastDays() {
        assertTrue(Dates.mayLastDays("state visit"));
        assertTrue(Dates.mayLastDays("Summit"));
        assertTrue(Dates.mayLastDays("military exercises"));
        assertTrue(Dates.mayLastDays("war"));
        assertFalse(Dates.mayLastDays("talks"));
        assertFalse(Dates.mayLastDays("meeting"));
        assertFalse(Dates.mayLastDays("call"));
        assertFalse(Dates.mayLastDays("statement"));
        assertFalse(Dates.mayLastDays("warning"));
        assertFalse(Dates.mayLastDays(null));
    }

    @Test
    void formats() {
        assertEquals("23 April 2025", Dates.format(WED));
        assertEquals("an article published on Wednesday 23 April 2025", Dates.publishedOn(WED));
        assertEquals("Tuesday", Dates.weekdayName(DayOfWeek.TUESDAY));
    }
}
