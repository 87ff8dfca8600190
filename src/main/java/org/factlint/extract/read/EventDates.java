package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dates of events as the words give them: an event-date fact's fields from a date mention
 * ("Wednesday, 12 March" gives both a date and its words; "originally scheduled for 3 March" a
 * planned date; a bare weekday the side of publication its tense says), a date that opens the
 * sentence ("On Wednesday, June 15, ... held their third meeting"), and the day an event opened
 * ("the talks began on Tuesday"), which dates its opening, not all of it.
 */
public final class EventDates {

    private EventDates() {
    }

    /** Past verbs that say an event took place, right before its mention: "held their third meeting". */
    private static final Set<String> HELD_VERBS = WordSet.of("held", "hosted", "convened", "chaired", "attended");

    /**
     * "On Wednesday, June 15, the United States, Japan and the ROK held their third trilateral
     * meeting": a date opening the sentence, with its comma, dates the one event the sentence says
     * was held ({@code event-date.date-first}); with two such events, or none, nothing is read. A day
     * word ("Today", "Yesterday") needs no comma, and one right before the verb of holding dates the
     * event after it ("Minister Payne today attended the meeting in Washington").
     */
    static void dateFirst(Annotated s, List<Events.EventMention> mentions, Discourse d) {
        Mention date = s.startingAt(0);
        // ("Today Minister for Defence Marise Payne attended the Counter-Daesh Defence Ministers' Meeting
        // in Washington": a day word opening the sentence needs no comma; holdout102; "Minister X today
        // attended the meeting": the day word right before the verb of holding)
        boolean dayWord = date != null && date.kind() == Mention.Kind.RELATIVE_DATE && date.to() - date.from() == 1;
        int verbAt = -1;
        if (date == null || !Events.isDate(date) || !(s.lower(date.to()).equals(",") || dayWord)) {
            date = null;
            for (int k = 1; k + 1 < s.size() && date == null; k++) {
                Mention m = s.at(k);
                if (m != null && m.kind() == Mention.Kind.RELATIVE_DATE && m.from() == k && m.to() == k + 1
                        && HELD_VERBS.contains(s.lower(k + 1))) {
                    date = m;
                    verbAt = k + 1;
                }
            }
        }
        if (date == null || s.quoted(date.from())) {
            return;
        }
        Events.EventMention held = null;
        for (Events.EventMention e : mentions) {
            // (not a bare "held discussions": "Last month, Kim and Admiral Paparo had held discussions"
            // tells of another meeting than the one the article is about; black-box trial 63)
            if (HELD_VERBS.contains(s.lower(e.from() - 1)) && e.date() == null && People.DETERMINERS.contains(s.lower(e.from()))
                    && (verbAt < 0 || e.from() - 1 == verbAt)) {
                if (held != null && held.event() != e.event()) {
                    return;
                }
                held = e;
            }
        }
        if (held != null) {
            d.add(dateFields(Draft.of("event-date", s, verbAt < 0 ? 0 : date.from(), held.to(), 0.85, "event-date.date-first")
                    .with("event", held.event().id), s, date));
        }
    }

    /**
     * "PM call with President Trump: 15 September 2017", "PM meeting with Chancellor Scholz: 2 February
     * 2025": a headline that names a call or meeting with someone and, after a colon, one date at its
     * end, as gov.uk titles its readouts, dates the article's one event ({@code event-date.headline-date};
     * the headline is read after the body); in an article of several events, the one call (or meeting)
     * the one person named after "with" is at ("PM meeting with Chancellor Merkel: 29 September 2017"
     * beside the Tallinn Digital Summit both attended is nothing: she is at two). Not a range ("PM
     * meetings with foreign leaders: 17 and 18 September 2022").
     */
    static void headlineDate(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        if (s.source() != org.factlint.model.Source.HEADLINE) {
            return;
        }
        int last = s.size();
        while (last > 0 && !s.token(last - 1).word() && !s.token(last - 1).lower().matches("[0-9]+")) {
            last--;
        }
        Mention date = s.endingBefore(last);
        if (date == null || date.kind() != Mention.Kind.DATE || !s.lower(date.from() - 1).equals(":")
                || !date.value().matches("\\d{4}-\\d{2}-\\d{2}") || !s.span(date.from(), date.to()).matches("(?s).*\\d{4}.*")) {
            return;
        }
        int with = -1;
        for (int k = 1; k < date.from() - 1; k++) {
            if (Set.of("call", "meeting", "talks", "phone").contains(s.lower(k - 1)) && s.lower(k).equals("with")) {
                with = k - 1;
            }
        }
        if (with < 0) {
            return;
        }
        Discourse.Entity event = d.onlyEvent();
        if (event == null) {
            List<Discourse.Entity> named = new ArrayList<>();
            for (Mention m : s.of(Mention.Kind.PERSON)) {
                if (m.from() > with + 1 && m.to() < date.from() && people.containsKey(m)) {
                    named.add(people.get(m));
                }
            }
            Discourse.Entity theirs = named.size() == 1 ? d.meetingWith(named) : null;
            String family = s.lower(with).equals("call") || s.lower(with).equals("phone") ? "call" : "talks";
            event = theirs != null && family.equals(theirs.family) ? theirs : null;
        }
        if (event == null) {
            return;
        }
        d.add(dateFields(Draft.of("event-date", s, with, date.to(), 0.85, "event-date.headline-date")
                .with("event", event.id), s, date));
    }

    /** Verbs that say when an event opened or began. */
    private static final Set<String> OPENED = WordSet.of("opened", "opens", "began", "begins", "started", "starts", "open", "begin", "start");

    /**
     * "The Dialogue opened on Friday 2 June", "the talks began on Tuesday": the day an event began,
     * which is not the day of all of it (a conference runs for days), so it dates the event's
     * opening, an event of its own ({@code event-date.opened-on}): a weekday that does not fit the
     * date, or a day the publication date rules out, is still found, and the event's other dates
     * are not compared with it.
     */
    static void opening(Annotated s, List<Events.EventMention> mentions, Discourse d) {
        for (Events.EventMention e : mentions) {
            int k = e.to();
            if (s.lower(k).equals("will") || s.lower(k).equals("formally") || s.lower(k).equals("officially")) {
                k++;
            }
            if (!OPENED.contains(s.lower(k)) || s.quoted(k)) {
                continue;
            }
            Mention date = s.startingAt(k + 1) != null ? s.startingAt(k + 1) : s.lower(k + 1).equals("on") ? s.startingAt(k + 2) : null;
            if (date == null || !Events.isDate(date) || e.date() != null) {
                continue;
            }
            Discourse.Entity opening = d.event("opening", "opening of " + e.event().id, true, null, "opening of the " + e.event().name);
            d.add(dateFields(Draft.of("event-date", s, e.from(), date.to(), 0.85, "event-date.opened-on")
                    .with("event", opening.id), s, date));
        }
    }

    /** An event date's fields from a date mention: an explicit date as {@code date}, words as {@code expression}, both for "Wednesday, 12 March". */
    static Draft dateFields(Draft date, Annotated s, Mention m) {
        String written = s.span(m.from(), m.to());
        // "originally scheduled for 3 March", "postponed from Monday": the date it was planned for
        if (plannedDate(s, m)) {
            date.with("stage", "planned");
        }
        // a bare weekday points back or ahead as the sentence's tense says ("met on Friday", "will meet on Friday")
        if (m.kind() == Mention.Kind.WEEKDAY && !Set.of("last", "next", "this").contains(s.lower(m.from()))) {
            date.with("when", tense(s, m.from()));
        }
        if (m.kind() == Mention.Kind.DATE) {
            date.with("date", m.value());
            // "from November 2 to November 12": the event falls within the span
            if (s.until(m) != null) {
                date.with("until", s.until(m).toString());
            }
            // a day and month with no year: which side of publication, as the sentence's tense says
            // ("On Tuesday 5 March, the Prime Minister met ..." in a December review is last March)
            if (!written.matches("(?s).*\\d{4}.*") && !date.fields().containsKey("when")) {
                String told = tense(s, m.from());
                date.with("when", told != null ? told : tense(s, s.size()));
            }
            // "Tomorrow (12 December)", "today [9 January]", "yesterday, April 23": the words are the
            // expression, the bracketed date the date
            String lower = written.toLowerCase(java.util.Locale.ROOT);
            int bracket = written.indexOf('(');
            int comma = written.indexOf(',');
            if (bracket > 0) {
                return date.with("expression", written.substring(0, bracket).trim());
            }
            int square = written.indexOf('[');
            boolean afterWords = comma > 0 && Words.DAY_WORDS.stream().anyMatch(lower.substring(0, comma)::contains);
            int cut = square > 0 ? square : afterWords ? comma : -1;
            if (cut > 0) {
                return date.with("expression", written.substring(0, cut).trim());
            }
            // (not when "next year" before the date gave its year: the words alone would name this year's day)
            boolean yearSaid = Annotator.yearSaidBefore(s.tokens(), m.from()) != null;
            if (!yearSaid && (Annotator.WEEKDAYS.keySet().stream().anyMatch(lower::contains)
                    || Words.DAY_WORDS.stream().anyMatch(lower::contains))) {
                date.with("expression", written);
            }
        } else {
            date.with("expression", written);
        }
        return date;
    }

    private static final Set<String> FUTURE = WordSet.of("will", "'ll", "shall", "upcoming", "due", "scheduled", "expected");
    private static final Set<String> PAST = WordSet.of("was", "were", "had", "did", "met", "held", "took", "attended", "visited",
            "travelled", "traveled", "spoke", "hosted", "welcomed", "joined", "arrived", "discussed", "agreed", "signed",
            "announced", "confirmed", "said", "began", "ended", "opened", "closed", "concluded", "followed", "warned", "went",
            // irregular pasts ("The past, present and future came together here today during a meeting between ...")
            "came", "gave", "made", "told", "saw", "left", "flew", "paid", "laid", "sat", "stood", "wrote", "spent", "became",
            "heard", "felt", "sought", "drew", "chose", "knew", "won", "led");
    static final Set<String> MOVED = WordSet.of("postponed", "rescheduled", "moved", "delayed", "pushed", "brought");

    /** Words that give up or put back an event told of before ("have been postponed", "was called off"): {@link #MOVED} and more. */
    private static final Set<String> GIVEN_UP = WordSet.with(MOVED, "cancelled", "canceled", "scrapped", "put", "called");
    /** Words between an event and such a verb. */
    private static final Set<String> BEFORE_GIVEN_UP = WordSet.of("has", "have", "had", "been", "was", "were", "is", "are", "now",
            "since", "again", "also", "already", "just");
    /**
     * "The talks will be held on 5 May. ... The talks have been postponed.", "On Friday the talks
     * were postponed to Thursday, May 15", "The EU now says the talks will be held on 12 May, not 5
     * May as announced": a sentence that tells an event put back or given up, or denies a date of it,
     * makes the dates earlier sentences of its text gave the event plans ({@code stage: planned}), so
     * the rules compare the new date with none of the old (black-box trial 60).
     */
    static void superseded(Annotated s, List<Events.EventMention> mentions, Discourse d) {
        boolean denied = false;
        for (int k = 1; k < s.size(); k++) {
            Mention m = s.startingAt(k);
            boolean negation = s.lower(k - 1).equals("not") || s.lower(k - 1).equals("than") && s.lower(k - 2).equals("rather")
                    || s.lower(k - 1).equals("of") && s.lower(k - 2).equals("instead");
            denied |= m != null && Events.isDate(m) && negation && !s.quoted(k);
        }
        for (Events.EventMention e : mentions) {
            if (e.event() == null || !(denied || givenUpAfter(s, e.to()))) {
                continue;
            }
            String id = e.event().id;
            for (Draft f : d.facts()) {
                if (f.type().equals("event-date") && f.source() == s.source() && f.sentence() < s.sentence().number()
                        && id.equals(f.fields().get("event")) && !f.fields().containsKey("stage")) {
                    f.with("stage", "planned");
                }
            }
        }
    }

    /** Whether a verb that gives up or puts back an event follows token {@code at}, past up to three auxiliaries. */
    private static boolean givenUpAfter(Annotated s, int at) {
        int k = at;
        while (k < s.size() && k - at < 3 && BEFORE_GIVEN_UP.contains(s.lower(k))) {
            k++;
        }
        String w = s.lower(k);
        String next = s.lower(k + 1);
        return k > at && !s.quoted(k) && GIVEN_UP.contains(w) && (!Set.of("put", "pushed").contains(w) || Set.of("off", "back").contains(next))
                && (!w.equals("called") || next.equals("off")) && (!w.equals("brought") || next.equals("forward"));
    }

    /** Words of a plan after "had been": "had been due to", "had been scheduled for". */
    private static final Set<String> PLAN_WORDS = WordSet.of("due", "scheduled", "planned", "set", "slated", "expected");

    /**
     * Whether a plan told in the pluperfect stands between tokens {@code from} and {@code to}: "had been
     * (originally) due to hold talks", "had been scheduled for": what was to be, not what happened.
     */
    static boolean pluperfectPlan(Annotated s, int from, int to) {
        for (int k = Math.max(0, from); k + 2 < to; k++) {
            if (s.lower(k).equals("had") && s.lower(k + 1).equals("been")) {
                int w = Set.of("originally", "initially", "first").contains(s.lower(k + 2)) ? k + 3 : k + 2;
                if (w < to && PLAN_WORDS.contains(s.lower(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of what is arranged to come, in the present tense: "is coming to Washington", "is going to". */
    private static final Set<String> COMING = WordSet.of("coming", "going");

    /** Words that put what follows after the verb's time: "welcomed progress ahead of the talks on Monday" may be next Monday. */
    private static final Set<String> LATER_THAN_VERB = WordSet.of("ahead", "before", "run-up", "preparation", "preparations",
            "prepare", "preparing", "prepared", "upcoming", "forthcoming");

    /**
     * "past" or "future" from the verbs of the sentence before token {@code at}; null when they
     * say both or neither, or when a past verb is said of what comes before the event ("welcomed
     * progress ahead of the talks on Monday": those talks may be to come).
     */
    static String tense(Annotated s, int at) {
        return tense(s.tokens(), at);
    }

    /** As {@link #tense(Annotated, int)}, on a sentence's tokens. */
    static String tense(List<Token> t, int at) {
        boolean future = false;
        boolean past = false;
        boolean later = false;
        for (int i = 0; i < Math.min(at, t.size()); i++) {
            String w = t.get(i).lower();
            // ("is coming to the White House on Monday, July 16th", "he's going to": what is arranged to come; holdout36)
            // (not "upcoming", said of a noun: "Ahead of the upcoming summit, Jaishankar on Monday
            // (September 4) said ...": the verb tells the tense; black-box trial 83, a real report)
            future |= FUTURE.contains(w) && !w.equals("upcoming") || w.equals("to") && i > 0 && Set.of("is", "are").contains(t.get(i - 1).lower())
                    || COMING.contains(w) && i > 0 && Set.of("is", "are", "'s", "'re", "be").contains(t.get(i - 1).lower());
            // ("will be held", "is to be hosted": a participle after "be" tells no past; black-box trial 88)
            past |= PAST.contains(w) && !(i > 0 && t.get(i - 1).lower().equals("be"));
            later |= LATER_THAN_VERB.contains(w);
        }
        return future == past || past && later ? null : future ? "future" : "past";
    }

    /**
     * The day a date mention names, as an ISO date: an explicit date's own; a bare weekday ("on
     * Monday") the nearest such day on or before publication, or on or after it when the sentence
     * speaks of what is to come; null for other words ("last week", "next Monday").
     */
    static String isoDay(Annotated s, Mention m, java.time.LocalDate published) {
        if (m.kind() == Mention.Kind.DATE) {
            return m.value();
        }
        String written = s.span(m.from(), m.to()).toLowerCase(java.util.Locale.ROOT);
        if (m.kind() != Mention.Kind.WEEKDAY || published == null || written.contains("last") || written.contains("next")) {
            return null;
        }
        for (int k = m.from(); k < m.to(); k++) {
            Integer n = Annotator.WEEKDAYS.get(s.lower(k));
            if (n != null) {
                java.time.DayOfWeek day = java.time.DayOfWeek.of(n);
                return published.with("future".equals(tense(s, m.from())) ? java.time.temporal.TemporalAdjusters.nextOrSame(day)
                        : java.time.temporal.TemporalAdjusters.previousOrSame(day)).toString();
            }
        }
        return null;
    }

    /** Whether the sentence tells of what is to come: "will", "due", "scheduled", and no past verb but a passive to come ("will be held"). */
    static boolean toldAsComing(Annotated s) {
        if (!s.hasAny(FUTURE)) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            // ("will be held", "will be hosted": a passive to come)
            if (PAST.contains(s.lower(i)) && !s.lower(i - 1).equals("be")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence tells of what has happened: a past verb ("met", or any word in "-ed":
     * "reaffirmed"), and nothing to come ("will", "expected", "ahead of", "upcoming").
     */
    static boolean toldAsPast(Annotated s) {
        if (s.hasAny(FUTURE)) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (laterThanVerb(s, i)) {
                return false;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (PAST.contains(s.lower(i)) || s.token(i).word() && s.lower(i).endsWith("ed") && !s.token(i).capitalised()) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} looks ahead of the verb: "ahead of the talks" (not "the meeting went ahead"), "upcoming". */
    private static boolean laterThanVerb(Annotated s, int i) {
        return s.lower(i).equals("ahead") ? s.lower(i + 1).equals("of") : LATER_THAN_VERB.contains(s.lower(i));
    }

    /**
     * Whether nothing in the sentence looks ahead ("will", "expected", "ahead of"): "Remarks by
     * President Tusk after his meeting with X", a headline with no verb, tells the meeting as held.
     */
    static boolean nothingToCome(Annotated s) {
        return !s.hasAny(FUTURE) && !s.hasAny(LATER_THAN_VERB);
    }

    /** Whether the date at {@code m} is one the event was planned for and moved from. */
    private static boolean plannedDate(Annotated s, Mention m) {
        boolean moved = s.hasAny(MOVED);
        int k = m.from();
        // ("originally scheduled for 5 April and 6 April": the second date of a pair is planned as the first is)
        Mention before = Set.of("and", "or").contains(s.lower(k - 1)) ? s.endingBefore(k - 1) : null;
        if (before != null && Events.isDate(before) && before.from() < k - 1) {
            return plannedDate(s, before);
        }
        boolean originally = false;
        for (int i = Math.max(0, k - 5); i < k; i++) {
            originally |= s.lower(i).equals("originally") || s.lower(i).equals("initially");
        }
        // "The talks, scheduled for Tuesday, were postponed to Friday": the day it was set for, before
        // a verb that moved it (black-box trial 21)
        boolean setFor = Set.of("for", "on").contains(s.lower(k - 1))
                && Set.of("scheduled", "planned", "set", "slated", "due").contains(s.lower(k - 2)) && movedAfter(s, m.to());
        return originally || setFor || moved && s.lower(k - 1).equals("from");
    }

    /** Whether a verb that moves an event ("postponed", "rescheduled") follows token {@code at}. */
    private static boolean movedAfter(Annotated s, int at) {
        for (int i = at; i < s.size(); i++) {
            if (MOVED.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }
}
