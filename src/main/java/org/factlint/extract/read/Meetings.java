package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meetings stated by a verb, as readouts write them: "Secretary Rubio met with Indian Foreign
 * Minister Subrahmanyam Jaishankar in Washington on Tuesday" is a meeting between the two, both
 * attending, with its place and date; "will meet" and "is due to meet" make it planned. Each such
 * meeting between the same people is the same meeting (a headline's "Rubio's meeting with X" and
 * the body's "Rubio met with X"), unless the sentence says it is another ("again", "later",
 * "earlier"); a later "the meeting" refers back to it as any definite mention does
 * ({@code attendance.met-with}).
 */
public final class Meetings {

    private static final Set<String> PAST = Set.of("met", "meets", "hosted", "hosts", "received", "welcomed");
    private static final Set<String> FUTURE_CUES = Set.of("will", "to", "shall");
    /** Adverbs that may stand between the people and the verb ("will also meet", "later met"). */
    private static final Set<String> ADVERBS = Set.of("also", "then", "later", "separately", "subsequently", "briefly",
            "first", "jointly", "earlier", "previously");
    private static final Set<String> HOLD = Set.of("held", "hold", "holds", "holding");
    /** Words that make a second meeting between the same people another meeting. */
    private static final Set<String> AGAIN = Set.of("again", "later", "subsequently", "afterwards", "previously", "earlier");

    private Meetings() {
    }

    public static void read(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (int i = 1; i < s.size(); i++) {
            String w = s.lower(i);
            // "held talks with", "will hold talks with": a meeting too; "is holding deputy-level talks
            // with": with the level they were held at
            Phrases.Match<String> heldLevel = HOLD.contains(w) ? lx.levels.at(s.tokens(), i + 1) : null;
            if (heldLevel != null && !(s.lower(heldLevel.to()).equals("talks") && s.lower(heldLevel.to() + 1).equals("with"))) {
                heldLevel = null;
            }
            boolean held = HOLD.contains(w) && (s.lower(i + 1).equals("talks") || heldLevel != null);
            // "had a warm and productive meeting", "held a phone call with": the meeting word ends the verb group
            int had = w.equals("had") || HOLD.contains(w) && !held ? meetingNoun(s, i + 1) : -1;
            // "had an introductory meeting and dinner with": a second occasion noun before "with"
            if (had > 0 && s.lower(had + 1).equals("and") && (MEETING_NOUNS.contains(s.lower(had + 2)) || MEALS.contains(s.lower(had + 2)))
                    && s.lower(had + 3).equals("with")) {
                had += 2;
            }
            held |= had > 0;
            // "began the day meeting with", "spent the morning meeting with": the gerund is the verb
            boolean gerund = w.equals("meeting") && s.lower(i + 1).equals("with") && i >= 3
                    && PART_OF_DAY.contains(s.lower(i - 1)) && (s.lower(i - 2).equals("the") || Words.POSSESSIVES.contains(s.lower(i - 2)))
                    && SPENT.contains(s.lower(i - 3));
            // "spoke to X", "spoke by phone with X", "held a call with X": a call between them
            int spoke = SPOKE.contains(w) ? spokeTo(s, i + 1) : -1;
            held |= spoke > 0;
            boolean call = spoke > 0 || had > 0 && s.lower(had).equals("call");
            // "will also meet with", "Joly later met": one adverb before the verb
            int adverb = ADVERBS.contains(s.lower(i - 1)) ? 1 : 0;
            boolean planned = (w.equals("meet") || w.equals("hold") && held) && FUTURE_CUES.contains(s.lower(i - 1 - adverb));
            // "Bukele did not meet with Mayorkas", "was not able to meet", "never met": the subject was absent
            int negation = notMeeting(s, i);
            boolean negated = negation >= 0;
            if (!(PAST.contains(w) || planned || held || gerund || negated) || s.at(i) != null && !held && !gerund
                    || s.quoted(i)) {
                continue;
            }
            int verbEnd = spoke > 0 ? spoke - 1 : had > 0 ? had + 1 : heldLevel != null ? heldLevel.to() + 1 : held ? i + 2 : i + 1;
            List<Discourse.Entity> subjects = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int verbFrom = negated ? negation : planned ? verbStart(s, i - 1 - adverb) : gerund ? i - 3 : i - adverb;
            // "Rice is holding talks with": the auxiliary of the progressive
            if (held && w.equals("holding") && Set.of("is", "are", "was", "were").contains(s.lower(verbFrom - 1))) {
                verbFrom--;
            }
            // "Pompeo on Friday met Qureshi", "Tillerson and Wang Yi on Friday held their first
            // direct talks", "on Monday, January 17, met": the day between the people and the verb
            List<Mention> daysBefore = new ArrayList<>();
            int subjectEnd = daysBeforeVerb(s, verbFrom, daysBefore);
            int from = Participants.before(s, people, d, subjectEnd, subjects, false, used);
            double confidence = 0.85;
            // "She will meet with President Lee": the person last named, less certain than a name
            // (the people named after the verb were at the meeting whoever "she" is)
            Discourse.Entity byPronoun = null;
            if (subjects.isEmpty() && Set.of("he", "she").contains(s.lower(verbFrom - 1))) {
                byPronoun = People.pronoun(s, people, verbFrom - 1, d);
                if (byPronoun != null) {
                    subjects.add(byPronoun);
                    from = verbFrom - 1;
                }
            }
            // "The two leaders met on 22 April": the two people of the meeting under discussion
            // ("The two met", "The two men met")
            int pairFrom = verbFrom >= 3 && s.lower(verbFrom - 3).equals("the") && s.lower(verbFrom - 2).equals("two")
                    && PAIRS.contains(s.lower(verbFrom - 1)) ? verbFrom - 3
                    : verbFrom >= 2 && s.lower(verbFrom - 2).equals("the") && s.lower(verbFrom - 1).equals("two") ? verbFrom - 2 : -1;
            if (subjects.isEmpty() && byPronoun == null && pairFrom >= 0) {
                List<Discourse.Entity> pair = d.salientEvent() == null ? List.of() : d.participantsOf(d.salientEvent());
                if (pair.size() == 2) {
                    subjects.addAll(pair);
                    from = pairFrom;
                    confidence = 0.8;
                }
            }
            if (subjects.isEmpty() || Attendance.hedged(s, lx, Math.max(0, from - 4), verbFrom)) {
                continue;
            }
            // "met this morning with X", "met today in Munich with X": the day and place may come
            // between the verb and the people met
            int k = verbEnd;
            // "met on February 13 with X"
            if (s.lower(k).equals("on") && s.startingAt(k + 1) != null && Events.isDate(s.startingAt(k + 1))) {
                k++;
            }
            Mention dayFirst = s.startingAt(k) != null && Events.isDate(s.startingAt(k)) ? s.startingAt(k) : null;
            // "met today, Thursday, September 13, with": the day said twice, both kept for the rules
            Mention restated = null;
            if (dayFirst != null) {
                k = dayFirst.to();
                Mention again = s.startingAt(k + 1);
                if (s.lower(k).equals(",") && again != null && Events.isDate(again)) {
                    restated = again;
                    k = again.to() + (s.lower(again.to()).equals(",") ? 1 : 0);
                }
            }
            Mention placeFirst = s.startingAt(k + 1);
            if (s.lower(k).equals("in") && placeFirst != null && placeFirst.kind() == Mention.Kind.KNOWN && Events.isPlace(placeFirst)
                    && s.lower(placeFirst.to()).equals("with")) {
                k = placeFirst.to();
            } else {
                placeFirst = null;
            }
            // "met virtually while in Brussels today with X", "met separately on Monday with X":
            // words about how, when and where between the verb and "with"
            if (!s.lower(k).equals("with") && placeFirst == null) {
                int j = k;
                Mention day = null;
                while (j < s.size() && j - k < 8 && !s.lower(j).equals("with")) {
                    Mention m = s.startingAt(j);
                    if (m != null && Events.isDate(m) && day == null && dayFirst == null) {
                        day = m;
                        j = m.to();
                    } else if (m != null && m.kind() == Mention.Kind.KNOWN && Events.isPlace(m)) {
                        j = m.to();
                    } else if (m == null && (BETWEEN_VERB_AND_WITH.contains(s.lower(j))
                            || (day != null || dayFirst != null) && DATE_GLUE.matcher(s.lower(j)).matches())) {
                        j++;
                    } else {
                        break;
                    }
                }
                if (j < s.size() && s.lower(j).equals("with") && j > k) {
                    k = j;
                    dayFirst = dayFirst == null ? day : dayFirst;
                }
            }
            if (dayFirst == null && !daysBefore.isEmpty()) {
                dayFirst = daysBefore.get(0);
                restated = daysBefore.size() > 1 ? daysBefore.get(1) : null;
            }
            boolean with = s.lower(k).equals("with") || spoke > 0 && k == spoke - 1;
            if (with) {
                k++;
            }
            // "with his two counterparts, German Foreign Minister X, UK Foreign Secretary Y, and ...":
            // the count, then the people counted
            int counted = -1;
            int countAt = k;
            if (with && Words.POSSESSIVES.contains(s.lower(k)) && Words.numberWord(s.lower(k + 1)) > 0
                    && Set.of("counterparts", "colleagues").contains(s.lower(k + 2))
                    && (s.lower(k + 3).equals(",") || s.lower(k + 3).equals(":"))) {
                counted = Words.numberWord(s.lower(k + 1));
                k += 4;
            }
            List<Discourse.Entity> objects = new ArrayList<>();
            int to = with || !held ? Participants.after(s, people, k, objects, used) : k;
            // fewer counted than named cannot be right (more may be a partial list: no fact)
            List<Draft> counts = new ArrayList<>();
            if (counted > 0 && counted < objects.size()) {
                counts.add(Draft.of("quantity", s, countAt, countAt + 3, 0.85, "quantity.counterparts-listed")
                        .with("property", "counterparts").with("value", counted).with("kind", "count"));
                counts.add(Draft.of("quantity", s, countAt, to, 0.85, "quantity.counterparts-listed")
                        .with("property", "counterparts").with("value", objects.size()).with("kind", "count"));
            }
            // "Cleverly and Wong met in London": the people before the verb met one another (not
            // "Sullivan and Wang welcomed the progress": only "met" says so without an object)
            if (objects.isEmpty() && (with || subjects.size() < 2 || byPronoun != null
                    || !(held || Set.of("met", "meet", "meets").contains(w)))) {
                continue;
            }
            if (objects.isEmpty()) {
                to = k;
            }
            boolean againAfter = s.lower(to).equals("again");
            if (againAfter) {
                to++;
            }
            Discourse.Entity place = placeFirst == null ? null : Events.placeEntity(placeFirst, d);
            // "welcomed President Macron to Downing Street this afternoon", "to London"
            Mention host = s.startingAt(to + 1);
            if (PAST.contains(w) && w.startsWith("welcome") && s.lower(to).equals("to") && host != null
                    && host.kind() == Mention.Kind.KNOWN && (Events.isPlace(host) || host.known().kind().equals("organisation"))) {
                if (Events.isPlace(host) && place == null) {
                    place = Events.placeEntity(host, d);
                }
                to = host.to();
            }
            // "met at UNGA on Tuesday", "met at the White House today": a venue before the day
            if (s.lower(to).equals("at")) {
                int j = s.lower(to + 1).equals("the") ? to + 2 : to + 1;
                int v = j;
                while (v < s.size() && v - j < 4 && s.token(v).word() && s.token(v).capitalised()
                        && (s.at(v) == null || !people.containsKey(s.at(v)))) {
                    v = s.at(v) != null ? s.at(v).to() : v + 1;
                }
                if (v > j && s.startingAt(v) != null && Events.isDate(s.startingAt(v))) {
                    to = v;
                }
            }
            Mention pm = s.startingAt(to + 1);
            if (place == null && s.lower(to).equals("in") && pm != null && pm.kind() == Mention.Kind.KNOWN && Events.isPlace(pm)) {
                place = Events.placeEntity(pm, d);
                to = pm.to();
            } else if (s.lower(to).equals("in") && pm != null && pm.kind() == Mention.Kind.KNOWN
                    && pm.known().kind().equals("organisation") && s.startingAt(pm.to()) != null && Events.isDate(s.startingAt(pm.to()))) {
                to = pm.to(); // "in Downing Street today": a building, then the day
            }
            // "meet with Latvia's President, Edgars Rinkevics, on Monday, December 3": the comma closing the name
            // (a date mention includes its "on")
            Mention afterComma = s.lower(to).equals(",") ? s.startingAt(to + 1) : null;
            if (afterComma != null && Events.isDate(afterComma) && afterComma.kind() != Mention.Kind.WEEKDAY) {
                to++;
            }
            Mention date = s.startingAt(to) != null && Events.isDate(s.startingAt(to)) ? s.startingAt(to) : dayFirst;
            if (date != null && date != dayFirst) {
                to = date.to();
                // "yesterday in London": the day, then the place
                Mention after = s.startingAt(to + 1);
                if (place == null && s.lower(to).equals("in") && after != null && after.kind() == Mention.Kind.KNOWN
                        && Events.isPlace(after)) {
                    place = Events.placeEntity(after, d);
                    to = after.to();
                }
            }
            // "at the Elysée Palace this morning [Friday 29 August 2024]": the day said twice
            if (date != null && restated == null && Set.of("[", "(", ",").contains(s.lower(date.to()))
                    && s.startingAt(date.to() + 1) != null && s.startingAt(date.to() + 1).kind() == Mention.Kind.DATE) {
                restated = s.startingAt(date.to() + 1);
                to = restated.to() + (s.lower(restated.to()).equals("]") || s.lower(restated.to()).equals(")") ? 1 : 0);
            }
            if (date == null) {
                date = Events.leadingDate(s, from);
            }
            // "did not meet with him on Tuesday" may be another day than the meeting they held: unsure, no fact
            if (negated && (date != null || restated != null || place != null)) {
                continue;
            }
            List<Discourse.Entity> all = new ArrayList<>(subjects);
            all.addAll(objects);
            // "had a working lunch with": a meal, which "the lunch" later names
            boolean meal = had > 0 && MEALS.contains(s.lower(had)) && !s.lower(had - 1).equals("and");
            String name = (call ? "call between " : meal ? s.lower(had) + " between " : "meeting between ") + names(all);
            boolean again = againAfter || saysAgain(s, i);
            Discourse.Entity event = d.meeting(all, again, place == null ? null : place.id, name,
                    call ? "call" : meal ? "meal" : "meeting", call ? "call" : meal ? "meal" : "talks");
            for (Draft c : counts) {
                d.add(c.with("subject", event.id));
            }
            String status = negated ? "absent" : planned ? "planned" : "attended";
            if (Participants.anyDescribed(used)) {
                confidence = Math.min(confidence, 0.8);
            }
            // who did not meet is absent; whom they did not meet may have been there
            for (Discourse.Entity p : negated ? subjects : all) {
                double sure = p == byPronoun ? Math.min(confidence, 0.7) : confidence;
                d.add(Draft.of("attendance", s, from, to, sure, negated ? "attendance.did-not-meet" : "attendance.met-with")
                        .with("event", event.id).with(p.kind.equals("person") ? "person" : "party", p.id).with("status", status));
            }
            // "Secretary Chu, joined by Assistant Secretary David Sandalow, met ...": they were at the meeting too
            if (!negated) {
                for (Discourse.Entity p : joinedBy(s, people, from, verbFrom)) {
                    d.add(Draft.of("attendance", s, from, to, Math.min(confidence, 0.8), "attendance.joined-by")
                            .with("event", event.id).with("person", p.id).with("status", status));
                }
            }
            if (place != null) {
                d.add(Draft.of("event-place", s, from, to, 0.85, "event-place.met-in-place").with("event", event.id)
                        .with("place", place.id));
            }
            if (heldLevel != null && !negated && !Attendance.hedgedOrConditional(s, lx)) {
                d.add(Draft.of("event-level", s, i, heldLevel.to() + 1, 0.85, "event-level.held-level-talks").with("event", event.id)
                        .with("level", heldLevel.value()).with("stage", "actual"));
            }
            if (date != null) {
                Draft f = Draft.of("event-date", s, from, to, 0.85, "event-date.met-on-day").with("event", event.id);
                EventDates.dateFields(f, s, date);
                d.add(f);
            }
            if (restated != null) {
                d.add(EventDates.dateFields(Draft.of("event-date", s, from, to, 0.85, "event-date.met-on-day")
                        .with("event", event.id), s, restated));
            }
            if (!planned && !call && !negated) {
                nextMeeting(s, people, d, lx, subjects, event, from, to, confidence);
            }
        }
    }

    /**
     * After "X met with Y": "and later with Z" (a second meeting, after the first), "before his
     * meeting with Z" (the first came before it), "after his meeting with Z" (it came after).
     * Gives the meeting with Z, its attendance, and the sequence ({@code sequence.met-then}).
     */
    private static void nextMeeting(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, Lexicon lx,
                                    List<Discourse.Entity> subjects, Discourse.Entity first, int from, int at, double confidence) {
        int k = at;
        boolean later;
        if (s.lower(k).equals("and") && Set.of("later", "then", "afterwards").contains(s.lower(k + 1)) && s.lower(k + 2).equals("with")) {
            later = true;
            k += 3;
        } else if (Set.of("before", "after").contains(s.lower(k)) && Words.POSSESSIVES.contains(s.lower(k + 1))
                && s.lower(k + 2).equals("meeting") && s.lower(k + 3).equals("with")) {
            later = s.lower(k).equals("before");
            k += 4;
        } else {
            return;
        }
        List<Discourse.Entity> others = new ArrayList<>();
        List<Mention> used = new ArrayList<>();
        int to = Participants.after(s, people, k, others, used);
        if (others.isEmpty() || others.stream().anyMatch(subjects::contains) || Attendance.hedged(s, lx, 0, at)) {
            return;
        }
        List<Discourse.Entity> all = new ArrayList<>(subjects);
        all.addAll(others);
        Discourse.Entity second = d.meeting(all, false, null, "meeting between " + names(all));
        if (second == first) {
            return;
        }
        double sure = Participants.anyDescribed(used) ? Math.min(confidence, 0.8) : confidence;
        for (Discourse.Entity p : all) {
            d.add(Draft.of("attendance", s, from, to, sure, "attendance.met-with").with("event", second.id)
                    .with(p.kind.equals("person") ? "person" : "party", p.id).with("status", "attended"));
        }
        d.add(Draft.of("sequence", s, from, to, Math.min(sure, 0.85), "sequence.met-then")
                .with("before", later ? first.id : second.id).with("after", later ? second.id : first.id));
    }

    /** After a day, what may continue it before "with": "and", a second day, "26-27". */
    private static final java.util.regex.Pattern DATE_GLUE = java.util.regex.Pattern.compile("and|-|–|[-–]?[0-9]{1,2}(-[0-9]{1,2})?");

    /** Words that may stand between "met" and "with" ("met virtually while in Brussels today with"). */
    private static final Set<String> BETWEEN_VERB_AND_WITH = Set.of("virtually", "separately", "briefly", "privately",
            "also", "later", "earlier", "first", "then", "again", "while", "in", "on", "at", "there", "today", "yesterday",
            "online", "remotely", ",");

    /** "The two leaders", "the two men": the pair of a meeting under discussion. */
    private static final Set<String> PAIRS = Set.of("leaders", "men", "women", "ministers", "counterparts", "sides",
            "presidents", "secretaries", "officials");

    /** Verbs of what people do together at a meeting ("discussed ... during a meeting"). */
    private static final Set<String> DURING_VERBS = Set.of("discussed", "agreed", "reviewed", "talked", "spoke",
            "exchanged", "reaffirmed", "underscored", "emphasized", "emphasised", "addressed", "signed", "welcomed",
            "stressed", "highlighted", "focused", "focussed");

    /**
     * "Mattis and Williamson discussed the strategy during a meeting at the Pentagon": the people
     * the sentence opens with did something together during the event, so they attended it
     * ({@code attendance.during-event}). Only a past verb of that kind, the people first in the
     * sentence, and the event after "during", "at" or "in" and a determiner.
     */
    public static void during(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                              Lexicon lx, Discourse d) {
        List<Discourse.Entity> subjects = new ArrayList<>();
        List<Mention> used = new ArrayList<>();
        int verb = Participants.after(s, people, 0, subjects, used);
        if (subjects.isEmpty() || !DURING_VERBS.contains(s.lower(verb))) {
            return;
        }
        for (Events.EventMention e : events) {
            String prep = s.lower(e.from() - 1);
            if (e.event() == null || !"talks".equals(e.event().family) || e.from() <= verb
                    || !Set.of("during", "at", "in").contains(prep)
                    || !Set.of("a", "an", "the", "their", "his", "her").contains(s.lower(e.from()))
                    || Attendance.hedged(s, lx, 0, e.from()) || clauseBreak(s, verb, e.from()) || otherTime(s, verb, e.from())) {
                continue;
            }
            double confidence = Participants.anyDescribed(used) ? 0.75 : 0.8;
            for (Discourse.Entity p : subjects) {
                d.add(Draft.of("attendance", s, 0, e.to(), confidence, "attendance.during-event").with("event", e.event().id)
                        .with(p.kind.equals("person") ? "person" : "party", p.id).with("status", "attended"));
            }
            return;
        }
    }

    /** Words that put the event at another time than the verb ("spoke ... ahead of seeing each other at the G7 meeting"). */
    private static final Set<String> OTHER_TIME = Set.of("ahead", "before", "after", "following", "will");

    /** Whether a word of {@link #OTHER_TIME} stands in the six tokens before the event (and after the verb at {@code from}). */
    private static boolean otherTime(Annotated s, int from, int to) {
        for (int k = Math.max(from, to - 6); k < to; k++) {
            if (OTHER_TIME.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "on the sidelines of", "in the margins of": where a meeting is held within a larger event. */
    private static final Set<String> SIDELINES = Set.of("sidelines", "margins", "margin", "fringes", "fringe");

    /**
     * "Carter met with Işik on the sidelines of the counter-ISIL Defense Ministerial": the people who
     * met (read by {@link #read}) attended the event on whose sidelines they met
     * ({@code attendance.on-the-sidelines}). Only an event named right after "of".
     */
    public static void sidelines(Annotated s, List<Events.EventMention> events, Discourse d) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (!SIDELINES.contains(s.lower(i)) || !s.lower(i - 1).equals("the") || !s.lower(i + 1).equals("of") || s.quoted(i)) {
                continue;
            }
            for (Events.EventMention e : events) {
                // "of the counter-ISIL Defense Ministerial": the event word after a few modifiers
                if (e.event() == null || e.from() < i + 2 || e.from() > i + 6 || !"talks".equals(e.event().family)
                        || e.from() > i + 2 && (clauseBreak(s, i + 2, e.from()) || s.span(i + 2, e.from()).contains(","))) {
                    continue;
                }
                List<Draft> met = new ArrayList<>();
                for (Draft f : d.facts()) {
                    if (f.pattern().equals("attendance.met-with") && f.source() == s.source() && f.sentence() == s.sentence().number()
                            && "attended".equals(f.fields().get("status")) && !e.event().id.equals(f.fields().get("event"))) {
                        met.add(f);
                    }
                }
                for (Draft f : met) {
                    String who = f.fields().containsKey("person") ? "person" : "party";
                    // the evidence runs from the meeting's words to the event's
                    d.add(new Draft("attendance", java.util.Map.of(), f.source(), Math.min(f.start(), s.startOffset(i - 1)),
                            Math.max(f.end(), s.endOffset(e.to())), f.sentence(),
                            Math.min(f.confidence(), 0.8), "attendance.on-the-sidelines")
                            .with("event", e.event().id).with(who, f.fields().get(who)).with("status", "attended"));
                }
            }
        }
    }

    /**
     * "At the conference, Secretary Williamson held a number of bilateral meetings": a sentence
     * that opens with the event and goes on with people doing something there in the past
     * ({@code attendance.at-event-then-people}): they attended it.
     */
    public static void atEvent(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                               Lexicon lx, Discourse d) {
        if (!Set.of("at", "during").contains(s.lower(0)) || s.quoted(0)) {
            return;
        }
        for (Events.EventMention e : events) {
            if (e.event() == null || e.from() != 1 || !s.lower(e.to()).equals(",") || !"talks".equals(e.event().family)) {
                continue;
            }
            List<Discourse.Entity> subjects = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int verb = Participants.after(s, people, e.to() + 1, subjects, used);
            String v = s.lower(verb);
            if (subjects.isEmpty() || !(DURING_VERBS.contains(v) || Set.of("held", "met", "hosted", "gave", "delivered",
                    "signed", "spoke", "announced", "joined").contains(v)) || Attendance.hedged(s, lx, 0, verb)) {
                return;
            }
            double confidence = Participants.anyDescribed(used) ? 0.75 : 0.8;
            for (Discourse.Entity p : subjects) {
                d.add(Draft.of("attendance", s, 0, verb + 1, confidence, "attendance.at-event-then-people")
                        .with("event", e.event().id).with(p.kind.equals("person") ? "person" : "party", p.id)
                        .with("status", "attended"));
            }
            return;
        }
    }

    /** What "the three" may go on with when it stands for the people of a meeting. */
    private static final Set<String> TOGETHER = Set.of("agreed", "committed", "pledged", "vowed", "discussed", "reaffirmed",
            "welcomed", "expressed", "noted", "underscored", "emphasized", "emphasised", "stressed", "exchanged",
            "talked", "spoke", "met", "also", "then");

    /**
     * "As close allies, the three committed to ...": "the N" standing for the people of the meeting
     * under discussion, when the article names a different number of them (two met). Gives the
     * meeting two counts of its participants, N and the people it says met
     * ({@code quantity.the-n-of-a-meeting}), for the quantity rules to compare. Only when every
     * participant is a named person and nothing else in the article says who attended it.
     */
    public static void theN(Annotated s, Discourse d) {
        for (int i = 0; i + 2 < s.size(); i++) {
            int n = Words.numberWord(s.lower(i + 1));
            if (!s.lower(i).equals("the") || n < 2 || i > 0 && !s.lower(i - 1).equals(",") || s.quoted(i)
                    || !(TOGETHER.contains(s.lower(i + 2)) || PAIRS.contains(s.lower(i + 2)) && TOGETHER.contains(s.lower(i + 3)))) {
                continue;
            }
            Discourse.Entity meeting = d.salientEvent();
            if (meeting == null) {
                return;
            }
            List<Discourse.Entity> people = d.participantsOf(meeting);
            Draft named = null;
            java.util.Set<Object> attending = new java.util.HashSet<>();
            for (Draft f : d.facts()) {
                if (f.type().equals("attendance") && meeting.id.equals(f.fields().get("event"))) {
                    if (f.fields().containsKey("party") || !"attended".equals(f.fields().get("status"))) {
                        return; // a delegation, or someone absent: who "the N" are is not clear
                    }
                    attending.add(f.fields().get("person"));
                    if (named == null && f.pattern().equals("attendance.met-with")) {
                        named = f;
                    }
                }
            }
            if (named == null || people.size() < 2 || attending.size() != people.size() || n <= people.size()) {
                return;
            }
            int to = PAIRS.contains(s.lower(i + 2)) ? i + 3 : i + 2;
            d.add(new Draft("quantity", Map.of(), named.source(), named.start(), named.end(), named.sentence(), 0.8,
                    "quantity.the-n-of-a-meeting").with("subject", meeting.id).with("property", "participants")
                    .with("value", people.size()).with("kind", "count"));
            d.add(Draft.of("quantity", s, i, to, 0.8, "quantity.the-n-of-a-meeting").with("subject", meeting.id)
                    .with("property", "participants").with("value", n).with("kind", "count"));
            return;
        }
    }

    /** Whether a semicolon, quotation or relative clause stands between two tokens. */
    private static boolean clauseBreak(Annotated s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.quoted(i) || Set.of(";", "which", "who", "where", "when", "after", "before", "while").contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MEETING_NOUNS = Set.of("meeting", "talks", "discussion", "discussions", "bilateral", "call",
            "lunch", "dinner", "breakfast");
    private static final Set<String> SPOKE = Set.of("spoke", "speaks", "talked");
    /** Meals that are meetings when had with someone: "had a meeting and dinner with". */
    private static final Set<String> MEALS = Set.of("dinner", "lunch", "breakfast");
    /** "began the day meeting with": the verb and the part of the day spent meeting. */
    private static final Set<String> SPENT = Set.of("began", "begins", "started", "starts", "spent", "spends", "ended", "ends");
    private static final Set<String> PART_OF_DAY = Set.of("day", "morning", "afternoon", "evening", "visit", "trip");

    /** After "spoke": "to" or "with", perhaps after "by phone" or "by telephone"; the token after it, or -1. */
    private static int spokeTo(Annotated s, int at) {
        int k = at;
        if (s.lower(k).equals("by") && Set.of("phone", "telephone", "video").contains(s.lower(k + 1))) {
            k += 2;
        }
        return Set.of("to", "with").contains(s.lower(k)) ? k + 1 : -1;
    }

    /**
     * The token where the people end when a day stands between them and the verb ("Pompeo on
     * Friday met", "on Monday, January 17, met"), with the day (and a restated one) added to
     * {@code days} in reading order; {@code verb} itself when there is none.
     */
    private static int daysBeforeVerb(Annotated s, int verb, List<Mention> days) {
        int j = verb;
        if (s.lower(j - 1).equals(",")) {
            j--;
        }
        List<Mention> found = new ArrayList<>();
        Mention m = s.endingBefore(j);
        while (m != null && Events.isDate(m) && found.size() < 2) {
            found.add(0, m);
            j = m.from();
            Mention before = s.lower(j - 1).equals(",") ? s.endingBefore(j - 1) : null;
            if (before == null || !Events.isDate(before)) {
                break;
            }
            j--;
            m = before;
        }
        if (found.isEmpty()) {
            return verb;
        }
        if (s.lower(j - 1).equals("on")) {
            j--;
        }
        days.addAll(found);
        return j;
    }

    /**
     * The meeting noun ending "a warm and productive meeting" after "had" (at most four lower-case
     * words between), or -1.
     */
    private static int meetingNoun(Annotated s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 5); k++) {
            String w = s.lower(k);
            if (MEETING_NOUNS.contains(w)) {
                // "a bilateral meeting": the last of the nouns
                return MEETING_NOUNS.contains(s.lower(k + 1)) ? k + 1 : k;
            }
            // "a phone call": an event word of more than one word
            Mention m = s.startingAt(k);
            if (m != null && m.kind() == Mention.Kind.EVENT && MEETING_NOUNS.contains(s.lower(m.to() - 1))) {
                return m.to() - 1;
            }
            if (s.at(k) != null || s.quoted(k) || !(w.equals(",") || lowerWord(w))) {
                return -1;
            }
        }
        return -1;
    }

    /** Letters a-z and hyphens only. */
    private static boolean lowerWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** "is due to", "will", "is expected to": the first word of the verb group before "meet". */
    /**
     * "Kerry and Hagel met with their Australian counterparts here today for discussions": the
     * people named met the counterparts unnamed, at the one event the sentence names after them
     * ({@code attendance.met-counterparts}); with no event named, or several, nothing is read.
     */
    public static void withCounterparts(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                        Lexicon lx, Discourse d) {
        for (int i = 1; i + 3 < s.size(); i++) {
            if (!Set.of("met", "meets").contains(s.lower(i)) || !s.lower(i + 1).equals("with") || s.quoted(i)
                    || !Words.POSSESSIVES.contains(s.lower(i + 2))) {
                continue;
            }
            int k = i + 3;
            Mention adjective = s.startingAt(k);
            if (adjective != null && adjective.kind() == Mention.Kind.KNOWN) {
                k = adjective.to();
            }
            if (!s.lower(k).equals("counterparts") && !s.lower(k).equals("counterpart")) {
                continue;
            }
            List<Discourse.Entity> subjects = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int verbFrom = ADVERBS.contains(s.lower(i - 1)) ? i - 1 : i;
            int from = Participants.before(s, people, d, verbFrom, subjects, false, used);
            Events.EventMention after = null;
            for (Events.EventMention e : events) {
                if (e.from() > k) {
                    after = after == null || after.event() == e.event() ? e : null;
                    if (after == null) {
                        break;
                    }
                }
            }
            if (subjects.isEmpty() || after == null || Attendance.hedged(s, lx, Math.max(0, from - 4), verbFrom)) {
                continue;
            }
            double sure = Participants.anyDescribed(used) ? 0.75 : 0.8;
            for (Discourse.Entity p : subjects) {
                d.add(Draft.of("attendance", s, from, after.to(), sure, "attendance.met-counterparts").with("event", after.event().id)
                        .with(p.kind.equals("person") ? "person" : "party", p.id).with("status", "attended"));
            }
        }
    }

    /**
     * "Mattis met with Lich for the fifth time today", "The two leaders, meeting for the third
     * time, agreed": which meeting between the two this is, an ordinal of their meetings
     * ({@code quantity.nth-time}), numbered as {@link Events} numbers "their third meeting". The
     * meeting is the one the sentence (or the one before it) named between exactly two people.
     */
    public static void nthTime(Annotated s, Discourse d) {
        for (int i = 0; i + 3 < s.size(); i++) {
            Mention o = s.startingAt(i + 2);
            if (!s.lower(i).equals("for") || !s.lower(i + 1).equals("the") || o == null || o.kind() != Mention.Kind.ORDINAL
                    || !s.lower(o.to()).equals("time") || s.quoted(i) || !meetingWordBefore(s, i)) {
                continue;
            }
            Discourse.Entity meeting = d.salientEvent();
            List<Discourse.Entity> two = meeting == null ? List.of() : d.participantsOf(meeting);
            if (two.size() != 2 || !"talks".equals(meeting.family)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Discourse.Entity p : two) {
                names.add(p.aliases.isEmpty() ? p.name : p.aliases.iterator().next());
            }
            names.sort(String::compareTo);
            String series = names.get(0) + " and " + names.get(1);
            Draft ordinal = Draft.of("quantity", s, i, o.to() + 1, 0.85, "quantity.nth-time").with("subject", series)
                    .with("property", "meetings between " + series).with("value", Integer.valueOf(o.value())).with("kind", "ordinal");
            d.add(ordinal);
            String tense = EventDates.tense(s, i);
            d.ordinal(series, ordinal, meeting.id, tense == null ? null : new Discourse.When("tense", tense));
        }
    }

    /** Whether "met", "meet" or "meeting" stands in the fifteen tokens before {@code at}, in the same clause. */
    private static boolean meetingWordBefore(Annotated s, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 15) && !s.lower(k).equals(";"); k--) {
            if (Set.of("met", "meet", "meets", "meeting").contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Past verbs of arriving somewhere, after which "to meet X" says why ("was in Brussels to meet"). */
    private static final Set<String> CAME = Set.of("was", "were", "travelled", "traveled", "arrived", "flew", "went", "came",
            "headed", "returned");
    /** Words before "to meet" that make the meeting a wish, not a fact. */
    private static final Set<String> WISHED = Set.of("hoped", "hoping", "hopes", "sought", "seeking", "seeks", "tried", "trying",
            "tries", "wanted", "wants", "wanting", "plans", "planned", "planning", "intends", "intended", "aims", "aimed",
            "bid", "attempt", "attempted", "offered", "asked", "invited", "refused", "declined", "not", "n't", "never");

    /**
     * "President Hollande was in Brussels on 15 May to meet President Barroso", "Lammy travelled to
     * Washington on Monday to meet Secretary Rubio": a past arrival whose purpose is the meeting
     * states the meeting, both attending ({@code attendance.came-to-meet}, less sure than "met": 0.8).
     * Not after a wish ("hoping to meet"), a future ("will travel ... to meet"), or with "but" after it.
     */
    public static void cameToMeet(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (int i = 2; i < s.size(); i++) {
            if (!s.lower(i).equals("meet") || !s.lower(i - 1).equals("to") || s.quoted(i) || !s.lower(i + 1).equals("with")
                    && s.at(i + 1) == null) {
                continue;
            }
            // the arrival verb, at most eight tokens back, with only a place and a day between it and "to meet"
            int came = -1;
            for (int k = i - 2; k > 0 && k >= i - 9; k--) {
                if (WISHED.contains(s.lower(k)) || FUTURE_CUES.contains(s.lower(k)) && k != i - 1) {
                    break;
                }
                if (CAME.contains(s.lower(k))) {
                    came = k;
                    break;
                }
            }
            if (came < 0 || FUTURE_CUES.contains(s.lower(came - 1)) || WISHED.contains(s.lower(came - 1))) {
                continue;
            }
            Mention day = null;
            boolean plain = true;
            for (int k = came + 1; k < i - 1 && plain; k++) {
                Mention m = s.at(k);
                if (m != null && Events.isDate(m)) {
                    day = day == null ? m : day;
                    k = m.to() - 1;
                } else if (m != null && m.kind() == Mention.Kind.KNOWN) {
                    k = m.to() - 1;
                } else {
                    plain = Set.of("in", "to", "at", "on", "for", "the", ",").contains(s.lower(k));
                }
            }
            if (!plain) {
                continue;
            }
            List<Discourse.Entity> subjects = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int from = Participants.before(s, people, d, came, subjects, false, used);
            if (subjects.isEmpty() || Attendance.hedged(s, lx, Math.max(0, from - 4), came)) {
                continue;
            }
            List<Discourse.Entity> objects = new ArrayList<>();
            int to = Participants.after(s, people, s.lower(i + 1).equals("with") ? i + 2 : i + 1, objects, used);
            boolean but = false;
            for (int k = to; k < s.size(); k++) {
                but |= Set.of("but", "however", "although", "though").contains(s.lower(k));
            }
            if (objects.isEmpty() || but || objects.stream().anyMatch(subjects::contains)) {
                continue;
            }
            List<Discourse.Entity> all = new ArrayList<>(subjects);
            all.addAll(objects);
            Discourse.Entity event = d.meeting(all, saysAgain(s, i), null, "meeting between " + names(all));
            double sure = 0.8;
            for (Discourse.Entity p : all) {
                d.add(Draft.of("attendance", s, from, to, sure, "attendance.came-to-meet").with("event", event.id)
                        .with(p.kind.equals("person") ? "person" : "party", p.id).with("status", "attended"));
            }
            if (day != null) {
                d.add(EventDates.dateFields(Draft.of("event-date", s, from, to, sure, "event-date.came-to-meet")
                        .with("event", event.id), s, day));
            }
        }
    }

    /** The people of a ", joined by X and Y," or ", accompanied by X," between the subject (from {@code from}) and the verb. */
    private static List<Discourse.Entity> joinedBy(Annotated s, Map<Mention, Discourse.Entity> people, int from, int verb) {
        for (int k = from; k + 3 < verb; k++) {
            if (s.lower(k).equals(",") && Set.of("joined", "accompanied").contains(s.lower(k + 1)) && s.lower(k + 2).equals("by")) {
                List<Discourse.Entity> with = new ArrayList<>();
                Participants.after(s, people, k + 3, with, null);
                return with.stream().filter(p -> p.kind.equals("person")).toList();
            }
        }
        return List.of();
    }

    /** Verb groups that say a meeting did not happen, ending at "meet" (or "met"). */
    private static final List<List<String>> NOT_MEETING = List.of(List.of("did", "not", "meet"), List.of("did", "n't", "meet"),
            List.of("does", "not", "meet"), List.of("will", "not", "meet"), List.of("could", "not", "meet"),
            List.of("cannot", "meet"), List.of("was", "not", "able", "to", "meet"), List.of("were", "not", "able", "to", "meet"),
            List.of("was", "unable", "to", "meet"), List.of("were", "unable", "to", "meet"), List.of("failed", "to", "meet"),
            List.of("never", "met"), List.of("will", "not", "see"), List.of("did", "not", "see"), List.of("did", "n't", "see"));

    /** Where a verb group saying the meeting did not happen starts, if one ends at token {@code at}; else -1. */
    private static int notMeeting(Annotated s, int at) {
        for (List<String> group : NOT_MEETING) {
            int from = at - group.size() + 1;
            if (from < 1) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < group.size() && match; j++) {
                match = s.lower(from + j).equals(group.get(j));
            }
            if (match) {
                return from;
            }
        }
        return -1;
    }

    private static int verbStart(Annotated s, int at) {
        int k = at;
        while (k > 0 && Set.of("will", "to", "due", "expected", "set", "scheduled", "is", "are", "was", "were", "shall")
                .contains(s.lower(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean saysAgain(Annotated s, int before) {
        for (int j = 0; j < before; j++) {
            if (AGAIN.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static String names(List<Discourse.Entity> all) {
        List<String> n = new ArrayList<>();
        for (Discourse.Entity e : all) {
            n.add(e.aliases.isEmpty() ? e.name : e.aliases.iterator().next());
        }
        return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }
}
