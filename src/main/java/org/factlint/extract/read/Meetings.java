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
 * ({@code attendance.met-with}). "did not meet" makes the subject absent; "joined by X" puts X
 * there too. Meetings told around other words are {@link Gatherings}'.
 */
public final class Meetings {

    private static final Set<String> PAST = WordSet.of("met", "meets", "hosted", "hosts", "received", "welcomed");
    static final Set<String> FUTURE_CUES = WordSet.of("will", "to", "shall");
    /** A host's verbs in the future ("will receive", "will host", "will welcome"), people after them. */
    private static final Set<String> HOSTS = WordSet.of("receive", "host", "welcome");
    /** Adverbs that may stand between the people and the verb ("will also meet", "later met"). */
    static final Set<String> ADVERBS = WordSet.of("also", "then", "later", "separately", "subsequently", "briefly",
            "first", "jointly", "earlier", "previously");
    private static final Set<String> HOLD = WordSet.of("held", "hold", "holds", "holding");
    /** A host's verbs in the passive ("will be hosted by X", "was received by X"), and the auxiliaries before them. */
    private static final Set<String> PASSIVE_HOSTS = WordSet.of("hosted", "received", "welcomed");
    private static final Set<String> BE = WordSet.of("be", "been", "was", "were");
    private static final Set<String> PASSIVE_AUX = WordSet.of("will", "to", "shall", "be", "been", "was", "were", "has", "have", "had");
    /** Words that make a second meeting between the same people another meeting. */
    private static final Set<String> AGAIN = WordSet.of("again", "later", "subsequently", "afterwards", "previously", "earlier");

    private Meetings() {
    }

    public static void read(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events, Lexicon lx,
                            Discourse d) {
        for (int i = 1; i < s.size(); i++) {
            Verb verb = verbAt(s, lx, i);
            if (verb == null) {
                continue;
            }
            String w = verb.word();
            Phrases.Match<String> heldLevel = verb.heldLevel();
            boolean held = verb.held();
            int had = verb.had();
            boolean gerund = verb.gerund();
            int spoke = verb.spoke();
            boolean call = verb.call();
            int adverb = verb.adverb();
            boolean passive = verb.passive();
            int auxFrom = verb.auxFrom();
            boolean planned = verb.planned();
            int negation = verb.negation();
            boolean negated = verb.negated();
            boolean progressive = verb.progressive();
            int verbEnd = spoke > 0 ? spoke - 1 : had > 0 ? had + 1 : heldLevel != null ? heldLevel.to() + 1 : held || passive ? i + 2 : i + 1;
            List<Discourse.Entity> subjects = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int verbFrom = negated ? negation : passive ? auxFrom : planned ? verbStart(s, i - 1 - adverb) : gerund ? i - 3 : i - adverb;
            // "Theresa May, the Prime Minister, has met with President Trump", "have held talks": the perfect's auxiliary
            if ((w.equals("met") || held && !w.equals("had")) && !negated && Set.of("has", "have", "had").contains(s.lower(verbFrom - 1))) {
                verbFrom--;
            }
            // "Rice is holding talks with", "Rice is meeting with": the auxiliary of the progressive
            if ((held && w.equals("holding") || progressive) && Set.of("is", "are", "was", "were").contains(s.lower(verbFrom - 1))) {
                verbFrom--;
            }
            Subjects before = subjectsBefore(s, people, d, verbFrom, subjects, used);
            List<Mention> daysBefore = before.daysBefore();
            int from = before.from();
            double confidence = before.confidence();
            Discourse.Entity byPronoun = before.byPronoun();
            if (subjects.isEmpty() || Attendance.hedged(s, lx, Math.max(0, from - 4), verbFrom)) {
                continue;
            }
            // "met this morning with X", "met today in Munich with X": the day and place may come
            // between the verb and the people met
            AfterVerb pastVerb = afterVerb(s, lx, verbEnd, daysBefore);
            int k = pastVerb.k();
            Mention dayFirst = pastVerb.dayFirst();
            Mention restated = pastVerb.restated();
            Mention placeFirst = pastVerb.placeFirst();
            Mention own = pastVerb.own();
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
            // ("called Putin a war criminal", "called Putin unhinged", "called Modi's win historic": no
            // call; nor "called on X"): only what may follow a call's people
            if (call && CALLED.contains(w) && (objects.isEmpty() || to < s.size() && !CALL_AFTER.contains(s.lower(to))
                    || objects.stream().anyMatch(o -> !o.kind.equals("person")))) {
                continue;
            }
            // "hosted Prime Minister Michel of Belgium for talks at Downing Street": past the last one's country
            Mention ofCountry = !objects.isEmpty() && s.lower(to).equals("of") ? s.startingAfterThe(to + 1) : null;
            if (ofCountry != null && ofCountry.kind() == Mention.Kind.KNOWN && ofCountry.known().kind().equals("country")) {
                to = ofCountry.to();
            }
            // "Rama was abroad and could not meet him": "him" is the sentence's subject
            if (negated && objects.isEmpty() && Set.of("him", "her").contains(s.lower(k))) {
                Discourse.Entity subject = People.subject(s, people, from).orElse(null);
                // ("Calderón will be traveling abroad during the Vice President's stop and will not see
                // him": the subject is the one who will not see; "him" the one other person named)
                if (subject == null || subjects.contains(subject)) {
                    Set<Discourse.Entity> others = new java.util.LinkedHashSet<>(people.values());
                    others.removeAll(subjects);
                    others.removeIf(o -> !o.kind.equals("person"));
                    subject = others.size() == 1 ? others.iterator().next()
                            : others.isEmpty() && subjects.size() == 1 ? d.otherInMeetingOf(subjects.get(0)) : null;
                }
                if (subject != null && !subjects.contains(subject)) {
                    objects.add(subject);
                    to = k + 1;
                    confidence = Math.min(confidence, 0.8);
                }
            }
            // fewer counted than named cannot be right (more may be a partial list: no fact)
            List<Draft> counts = new ArrayList<>();
            if (counted > 0 && counted < objects.size()) {
                counts.add(Draft.of("quantity", s, countAt, countAt + 3, 0.85, "quantity.counterparts-listed")
                        .with("property", "counterparts").with("value", counted).with("kind", "count"));
                counts.add(Draft.of("quantity", s, countAt, to, 0.85, "quantity.counterparts-listed")
                        .with("property", "counterparts").with("value", objects.size()).with("kind", "count"));
            }
            // "Johnson met with his American counterpart in London": a meeting with someone not named
            // ("met NATO Defence Ministers": right after "met" too)
            boolean direct = !with && !held && Set.of("met", "meet", "meets").contains(w) && k == i + 1;
            int counterpart = (with || direct) && objects.isEmpty() && !negated && counts.isEmpty() ? counterpartAt(s, k) : -1;
            if (counterpart > 0) {
                to = counterpart;
            }
            // "Cleverly and Wong met in London": the people before the verb met one another (not
            // "Sullivan and Wang welcomed the progress": only "met" says so without an object)
            if (objects.isEmpty() && counterpart < 0 && (with || subjects.size() < 2 || byPronoun != null
                    || !(held || Set.of("met", "meet", "meets").contains(w)))) {
                continue;
            }
            if (objects.isEmpty() && counterpart < 0) {
                to = k;
            }
            boolean againAfter = s.lower(to).equals("again");
            if (againAfter) {
                to++;
            }
            PlaceAndDay placeAndDay = placeAndDay(s, people, lx, d, w, to, objects, placeFirst, dayFirst, restated);
            Discourse.Entity place = placeAndDay.place();
            to = placeAndDay.to();
            Mention date = placeAndDay.date();
            restated = placeAndDay.restated();
            // "met with X at the conference, in a technical-level session", "will receive X ... for
            // working-level talks": the meeting named again, with what is said of it
            if (own == null) {
                own = ownAfter(s, lx, to);
            }
            // "met with X and Y to discuss bilateral relations in working-level talks": past the purpose
            if (own == null) {
                own = ownAfterPurpose(s, lx, to);
            }
            // "met with X, Y, Chairman of the Party's Commission on External Relations Z, and W in separate
            // expert-level meetings": the list read only up to a name not read, the meeting's own word after it
            if (own == null && s.lower(to).equals(",")) {
                int end = restOfList(s, to);
                own = end > to ? ownMention(s, lx, end) : null;
            }
            // "will meet with the Prime Minister X and other senior ministers, in talks held at the level
            // of officials": the list ends with others not named, the meeting's own word after it (holdout40)
            if (own == null) {
                own = ownAfterOthers(s, lx, to);
            }
            // "In Riga, Minister X will meet Y", "In Riga, in talks to be held below ministerial level, X will
            // meet Y": the place the sentence opens with, when the meeting's subject follows it (past an opening
            // event, which is the meeting itself); not "In Washington, the White House said X will meet Y"
            Mention opening = place == null && !negated ? Events.openingPlace(s) : null;
            if (opening != null) {
                int comma = opening.to();
                Events.EventMention first = null;
                for (Events.EventMention e : events) {
                    first = first == null && e.from() > comma && e.to() < from ? e : first;
                }
                boolean openingEvent = first != null && Set.of("in", "during").contains(s.lower(comma + 1))
                        && s.lower(from - 1).equals(",") && first.place() != null;
                if (from == comma + 1 || openingEvent) {
                    place = Events.destination(opening, d);
                    own = own == null && openingEvent ? first.word() : own;
                }
            }
            // "are scheduled to hold extensive talks at the White House": the verb's object is the meeting
            if (own == null && had > 0 && !call && s.at(had) != null && s.at(had).kind() == Mention.Kind.EVENT) {
                own = s.at(had);
            }
            // "X and Y held talks in Paris": the talks are the meeting they held
            if (own == null && held && HOLD.contains(w) && !call && s.at(i + 1) != null && s.at(i + 1).kind() == Mention.Kind.EVENT) {
                own = s.at(i + 1);
            }
            if (date == null) {
                date = Events.leadingDate(s, from);
            }
            // "did not meet with him on Tuesday" may be another day than the meeting they held, and "did
            // not meet him alone", "... at the summit", "... until Friday" say nothing of it: unsure, no
            // fact; "did not get to see Suga during the stop in Tokyo" is the stop they made there
            Mention during = negated && s.lower(to).equals("during") ? placeIn(s, to + 1) : null;
            // ("... during his last visit in January": another occasion than the one they hold now)
            // ("On his previous visit to Beirut, in October, Hochstein did not meet Mikati": told of that visit;
            // black-box trial 101)
            if (negated && (date != null || restated != null || place != null
                    || !(to >= s.size() || NEGATION_ENDS.contains(s.lower(to)))
                    || s.lower(to).equals("during") && anotherOccasion(s, to + 1)
                    || otherOccasionBefore(s, from))) {
                continue;
            }
            if (during != null) {
                place = Events.placeEntity(during, d);
            }
            // "arrived Monday in Brunei, where he is due to meet with his counterparts": the place before ", where"
            Mention where = s.lower(from - 1).equals("where") && s.lower(from - 2).equals(",") ? s.endingBefore(from - 2) : null;
            if (place == null && Events.isDestination(where)) {
                place = Events.destination(where, d);
            }
            List<Discourse.Entity> all = new ArrayList<>(subjects);
            all.addAll(objects);
            // "had a working lunch with": a meal, which "the lunch" later names
            boolean meal = had > 0 && mealAt(s, had) && !s.lower(had - 1).equals("and");
            boolean again = againAfter || saysAgain(s, i) || otherTimeBefore(s, from) || call && anotherCall(s);
            Discourse.Entity including = negated ? d.meetingWith(all) : null;
            // ("Rezaei and Hartley attended the talks but did not meet": they did not meet each other, at
            // the talks both were at, which is no meeting between them; black-box trial 87)
            if (including != null && objects.isEmpty() && subjects.size() >= 2
                    && !including.participants.containsAll(all.stream().map(p -> p.id).toList())) {
                continue;
            }
            Discourse.Entity event;
            if (counterpart > 0) {
                // (a call or meal with a counterpart is left alone: one family of events is enough)
                if (call || meal || again) {
                    continue;
                }
                event = d.counterpartMeeting(all, place == null ? null : place.id, "meeting of " + names(all) + " with a counterpart");
            } else if (including != null && (place == null || including.place == null || including.place.equals(place.id))) {
                // "Shanahan did not get to see Suga": the one meeting they were at with others
                event = including;
            } else {
                String name = (call ? "call between " : meal ? s.lower(had) + " between " : "meeting between ") + names(all);
                // "The two ministers held their talks at NATO headquarters in Brussels": the talks they
                // had, wherever the article put them; the place is said of them, it does not tell which
                boolean theirs = had > 0 && !again && !planned && !negated && Set.of("their", "the").contains(s.lower(i + 1))
                        && noOtherOccasion(s, i + 2, had);
                event = d.meeting(all, again, place == null || theirs ? null : place.id, name,
                        call ? "call" : meal ? "meal" : "meeting", call ? "call" : meal ? "meal" : "talks");
                // "held an afternoon meeting with X": "the afternoon meeting" names it later
                if (had > 0 && i + 1 < had) {
                    d.partOfDay(event, Discourse.timeOfDayIn(s.span(i + 1, had)));
                }
                // "The two ministers met in the evening": not "the afternoon meeting" either
                if (!negated) {
                    d.partOfDay(event, partOfDayAfter(s, to));
                }
            }
            for (Draft c : counts) {
                d.add(c.with("subject", event.id));
            }
            // (a call's own word names no meeting held in person)
            if (own != null && !call && own.value().startsWith("call|")) {
                own = null;
            }
            if (own != null && !negated) {
                for (Events.EventMention e : events) {
                    if (e.word() == own) {
                        d.sameEvent(e.event(), event);
                    }
                }
            }
            String status = negated ? "absent" : planned || progressive && date != null && !onPublicationDay(s, date, d) ? "planned"
                    : "attended";
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
            Phrases.Match<String> levelSaid = heldLevel != null ? heldLevel : pastVerb.level();
            if (levelSaid != null && !negated && !Attendance.hedgedOrConditional(s, lx)) {
                d.add(Draft.of("event-level", s, i, Math.max(levelSaid.to(), had) + 1, 0.85, "event-level.held-level-talks").with("event", event.id)
                        .with("level", levelSaid.value()).with("stage", "actual"));
            }
            if (date != null) {
                Draft f = Draft.of("event-date", s, from, to, 0.85, "event-date.met-on-day").with("event", event.id);
                EventDates.dateFields(f, s, date);
                // ("X and Y had been due to hold talks on Tuesday, but ...": the plan; black-box trial 51)
                if (EventDates.pluperfectPlan(s, 0, date.from())) {
                    f.with("stage", "planned");
                }
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
     * The verb of a meeting at token i, read as {@link #read} reads it: its word, what it says (held,
     * had, a call, planned, negated, ...) and where its auxiliaries start; null if token i is none.
     */
    private record Verb(String word, Phrases.Match<String> heldLevel, boolean held, int had, boolean gerund, int spoke,
                        boolean call, int adverb, boolean passive, int auxFrom, boolean planned, int negation,
                        boolean negated, boolean progressive) {
    }

    /** The verb of a meeting at token {@code i}, or null (a method of its own: {@link #read} was too large to compile quickly). */
    private static Verb verbAt(Annotated s, Lexicon lx, int i) {
        String w = s.lower(i);
        // "held talks with", "will hold talks with": a meeting too; "is holding deputy-level talks
        // with": with the level they were held at
        Phrases.Match<String> heldLevel = HOLD.contains(w) ? lx.levels.at(s.tokens(), i + 1) : null;
        if (heldLevel != null && !(s.lower(heldLevel.to()).equals("talks") && s.lower(heldLevel.to() + 1).equals("with"))) {
            heldLevel = null;
        }
        boolean held = HOLD.contains(w) && (s.lower(i + 1).equals("talks") || heldLevel != null);
        // "Assistant Secretary Campbell and Vice Foreign Minister Kawai exchanged views on ...": they
        // talked, as "held talks" says (by phone, a call)
        boolean exchanged = EXCHANGED.contains(w) && VIEWS.contains(s.lower(i + 1));
        held |= exchanged;
        // "had a warm and productive meeting", "held a phone call with": the meeting word ends the verb group
        // ("Secretary Perry hosted a meeting with X": the host's meeting noun too)
        // ("Obama and Xi have concluded their two-day meeting", "began their talks": held, by them)
        // ("the Vice President will have a working lunch meeting with X": "have" after "will" or "to")
        boolean willHave = w.equals("have") && (FUTURE_CUES.contains(s.lower(i - 1))
                || ADVERBS.contains(s.lower(i - 1)) && FUTURE_CUES.contains(s.lower(i - 2)));
        int had = w.equals("had") || willHave || HOLD.contains(w) && !held || HOSTED.contains(w)
                || ENDED.contains(w) && s.lower(i + 1).equals("their") ? meetingNoun(s, i + 1) : -1;
        // "had an introductory meeting and dinner with": a second occasion noun before "with"
        if (had > 0 && s.lower(had + 1).equals("and") && MEETING_NOUNS.contains(s.lower(had + 2))
                && s.lower(had + 3).equals("with")) {
            had += 2;
        }
        held |= had > 0;
        // "held a working-level meeting with X", "had a staff-level bilateral with X": the level of the
        // occasion held, as in "held working-level talks with X" (holdout45)
        for (int k = i + 1; heldLevel == null && had > 0 && k < had; k++) {
            Phrases.Match<String> level = lx.levels.at(s.tokens(), k);
            heldLevel = level != null && level.to() <= had ? level : null;
        }
        // "began the day meeting with", "spent the morning meeting with": the gerund is the verb
        boolean gerund = w.equals("meeting") && s.lower(i + 1).equals("with") && i >= 3
                && PART_OF_DAY.contains(s.lower(i - 1)) && (s.lower(i - 2).equals("the") || Words.POSSESSIVES.contains(s.lower(i - 2)))
                && SPENT.contains(s.lower(i - 3));
        // "spoke to X", "spoke by phone with X", "held a call with X": a call between them
        int spoke = SPOKE.contains(w) ? spokeTo(s, i + 1) : -1;
        held |= spoke > 0;
        // "Secretary Kerry called Iraqi Foreign Minister Zebari": a call, the people called right after the verb
        boolean called = CALLED.contains(w) && s.startingAt(i + 1) != null
                && Set.of(Mention.Kind.PERSON, Mention.Kind.TITLE, Mention.Kind.KNOWN).contains(s.startingAt(i + 1).kind());
        // ("held phone talks with X", "held video talks": a call, not a meeting held in person; black-box trial 47)
        boolean call = spoke > 0 || called || had > 0 && (Set.of("call", "teleconference", "videoconference").contains(s.lower(had)) || PHONE.contains(s.lower(had - 1)))
                || exchanged && byPhone(s, i + 2);
        // "will also meet with", "Joly later met": one adverb before the verb
        int adverb = ADVERBS.contains(s.lower(i - 1)) ? 1 : 0;
        // "He also will be hosted by Prime Minister David Cameron", "was received by X": the host
        // comes after "by", the guest before the auxiliaries
        boolean passive = PASSIVE_HOSTS.contains(w) && s.lower(i + 1).equals("by") && BE.contains(s.lower(i - 1));
        int auxFrom = i;
        while (passive && auxFrom > 0 && (PASSIVE_AUX.contains(s.lower(auxFrom - 1)) || ADVERBS.contains(s.lower(auxFrom - 1)))) {
            auxFrom--;
        }
        // ("The President will receive President Arroyo at the White House": the host's verbs too)
        boolean planned = (w.equals("meet") || HOSTS.contains(w) || w.equals("hold") && held || willHave && held)
                && FUTURE_CUES.contains(s.lower(i - 1 - adverb))
                || passive && futureBetween(s, auxFrom, i);
        // "Bukele did not meet with Mayorkas", "was not able to meet", "never met": the subject was absent
        int negation = notMeeting(s, i);
        boolean negated = negation >= 0;
        // "Rice is meeting with Steinmeier": the present, a meeting going on (or, with a day to come, planned)
        boolean progressive = !gerund && w.equals("meeting") && s.lower(i + 1).equals("with")
                && Set.of("is", "are").contains(s.lower(i - 1 - adverb));
        // ("will not be meeting the High Representative": the event word is the verb here)
        if (!(PAST.contains(w) || called || planned || held || gerund || negated || progressive) || s.at(i) != null && !held && !gerund
                && !progressive && !(negated && w.equals("meeting")) || s.quoted(i)) {
            return null;
        }
        return new Verb(w, heldLevel, held, had, gerund, spoke, call, adverb, passive, auxFrom, planned, negation, negated,
                progressive);
    }

    /**
     * Who met, as {@link #read} finds them before a meeting's verb (added to {@code subjects}, the
     * mentions read to {@code used}): where they start, how sure that is, the one named by a
     * pronoun (if so), and the days said between them and the verb.
     */
    private record Subjects(List<Mention> daysBefore, int from, double confidence, Discourse.Entity byPronoun) {
    }

    /** The people before a meeting's verb ({@link Subjects}; a method of its own, as {@link #verbAt}). */
    private static Subjects subjectsBefore(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int verbFrom,
                                           List<Discourse.Entity> subjects, List<Mention> used) {
        // "Pompeo on Friday met Qureshi", "Tillerson and Wang Yi on Friday held their first
        // direct talks", "on Monday, January 17, met": the day between the people and the verb
        List<Mention> daysBefore = new ArrayList<>();
        int subjectEnd = daysBeforeVerb(s, verbFrom, daysBefore);
        int from = Participants.before(s, people, d, subjectEnd, subjects, false, used);
        // "Steinmeier himself is in Brussels and will not see Rice", "Rice flew to Berlin and met
        // Steinmeier": the subject of a first verb phrase joined by "and"
        int conjunct = subjects.isEmpty() ? Attendance.firstConjunct(s, people, subjectEnd) : -1;
        if (conjunct >= 0) {
            from = Participants.before(s, people, d, conjunct, subjects, false, used);
            if (!Attendance.opensClause(s, from)) {
                subjects.clear();
                used.clear();
                from = subjectEnd;
            }
        }
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
        // ("The two leaders, who met on Wednesday, discussed": the pair before a relative clause)
        int pairEnd = s.lower(verbFrom - 1).equals("who") && s.lower(verbFrom - 2).equals(",") ? verbFrom - 2 : verbFrom;
        int pairFrom = pairEnd >= 3 && s.lower(pairEnd - 3).equals("the") && s.lower(pairEnd - 2).equals("two")
                && PAIRS.contains(s.lower(pairEnd - 1)) ? pairEnd - 3
                : pairEnd >= 2 && s.lower(pairEnd - 2).equals("the") && s.lower(pairEnd - 1).equals("two") ? pairEnd - 2 : -1;
        // ("Director-general level officials of the two sides had held consultations": the officials, not the pair;
        // black-box trial 98)
        if (pairFrom >= 1 && s.lower(pairFrom - 1).equals("of")) {
            pairFrom = -1;
        }
        if (subjects.isEmpty() && byPronoun == null && pairFrom >= 0) {
            // (with no meeting told of yet, the two people the article has named: "President Obama and
            // Prime Minister Abe have pledged ... The two leaders met Friday")
            // (or when the event under discussion has no participants known: "Kerry says he and his
            // Russian counterpart, Sergei Lavrov, have held talks. The two leaders met Friday with X")
            // (the people named before this sentence: those it names are the ones met)
            // (not an occasion named as another: "following his meeting with President Xi in November 2022. The
            // two met on Sunday": the one meeting of two told of now; holdout98)
            boolean earlier = d.salientEvent() != null && d.salientEvent().earlier;
            Discourse.Entity salient = earlier ? d.onlyMeetingOfTwoNow() : d.salientEvent();
            List<Discourse.Entity> pair = salient != null && !d.participantsOf(salient).isEmpty() ? d.participantsOf(salient)
                    : earlier ? List.of() : d.peopleSeen();
            if (pair.size() == 2) {
                subjects.addAll(pair);
                from = pairFrom;
                confidence = 0.8;
            }
        }
        // "The leaders met on Wednesday", "The leaders, who met on Wednesday, discussed": with no
        // number, opening the sentence, the two people of the article's one meeting of two
        if (subjects.isEmpty() && byPronoun == null && pairFrom < 0 && pairEnd == 2 && s.lower(0).equals("the")
                && PLAIN_PAIRS.contains(s.lower(1))) {
            Discourse.Entity only = d.onlyMeetingOfTwo();
            if (only != null) {
                subjects.addAll(d.participantsOf(only));
                from = 0;
                confidence = 0.8;
            }
        }
        return new Subjects(daysBefore, from, confidence, byPronoun);
    }

    /**
     * Where and when a meeting was, as {@link #read} finds them after the people met (from token
     * {@code to}, a place or day said before them given): the place, where the words about it end,
     * the day, and the day said again.
     */
    private record PlaceAndDay(Discourse.Entity place, int to, Mention date, Mention restated) {
    }

    /** The place and day after the people met ({@link PlaceAndDay}; a method of its own, as {@link #verbAt}). */
    private static PlaceAndDay placeAndDay(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d,
                                           String w, int to, List<Discourse.Entity> objects, Mention placeFirst,
                                           Mention dayFirst, Mention restated) {
        Discourse.Entity place = placeFirst == null ? null : Events.placeEntity(placeFirst, d);
        // "welcomed President Macron to Downing Street this afternoon", "to London"
        Mention host = s.startingAt(to + 1);
        if (PAST.contains(w) && w.startsWith("welcome") && s.lower(to).equals("to") && host != null
                && host.kind() == Mention.Kind.KNOWN && (Events.isPlace(host) || host.known().kind().equals("organisation"))) {
            if (Events.isPlace(host) && place == null) {
                place = Events.placeEntity(host, d);
            } else if (place == null) {
                place = Events.seat(host, lx, d); // "to Downing Street": London
            }
            to = host.to();
            // ("welcomed Garibashvili to NATO Headquarters on Monday": the body's seat, then the day; holdout86)
            if (Set.of("headquarters", "hq").contains(s.lower(to))) {
                to++;
            }
        }
        // "hosted Jean-Claude Juncker, President of the European Commission, at Chequers": past the
        // last one's title, to where they met
        int titled = objects.isEmpty() ? -1 : appositiveEnd(s, to);
        if (titled > 0 && Set.of("at", "in").contains(s.lower(titled))) {
            to = titled;
        }
        // "met Tusk at Downing Street", "received Macron at the Elysee": a building whose city is known
        Mention building = place == null ? Events.seatAfter(s, lx, to) : null;
        if (building != null) {
            place = Events.seat(building, lx, d);
            to = building.to();
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
        // "held their talks at NATO headquarters in Brussels": a venue, then the place
        if (place == null) {
            to = Events.venueThenPlace(s, to);
        }
        Mention pm = s.startingAfterThe(to + 1);
        if (place == null && s.lower(to).equals("in") && pm != null && pm.kind() == Mention.Kind.KNOWN && Events.isPlace(pm)) {
            place = Events.placeEntity(pm, d);
            // "met in Bali, Indonesia on October 4": past the country after the city
            Mention country = Events.countryAfterCity(s, pm);
            to = country != null ? country.to() : pm.to();
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
        return new PlaceAndDay(place, to, date, restated);
    }

    /**
     * What {@link #read} finds between a meeting's verb and the people met: where they start
     * ({@code k}, at "with" if there is one), a day said first and said again, a place said first,
     * the meeting named again ("in a working-level session").
     */
    private record AfterVerb(int k, Mention dayFirst, Mention restated, Mention placeFirst, Mention own,
                             Phrases.Match<String> level) {
    }

    /** The words after a meeting's verb, up to the people met ({@link AfterVerb}; a method of its own, as {@link #verbAt}). */
    private static AfterVerb afterVerb(Annotated s, Lexicon lx, int verbEnd, List<Mention> daysBefore) {
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
        Mention own = null;
        Phrases.Match<String> level = null;
        if (!s.lower(k).equals("with") && placeFirst == null) {
            int j = k;
            Mention day = null;
            while (j < s.size() && j - k < 8 && !s.lower(j).equals("with")) {
                Mention m = s.startingAt(j);
                // "met Wednesday morning in a working-level session with X"
                Mention ownHere = own == null ? ownMention(s, lx, j) : null;
                Phrases.Match<String> levelHere = level == null && s.lower(j).equals("at") ? levelAt(s, lx, j + 1) : null;
                int pastNoOne = noOneBetween(s, j);
                if (m != null && Events.isDate(m) && day == null && dayFirst == null) {
                    day = m;
                    j = m.to();
                } else if (m != null && m.kind() == Mention.Kind.KNOWN && Events.isPlace(m)) {
                    j = m.to();
                } else if (m != null && m.kind() == Mention.Kind.KNOWN && m.isCountryLike() && s.lower(j - 1).equals("in")) {
                    // "met this afternoon in Luxembourg with X": a country (or a city named as one) passed
                    // over, not read as the meeting's place (holdout77)
                    j = m.to();
                } else if (venueEnd(s, j) > j) {
                    // "held a meeting at the Department of Energy with X": a venue
                    j = venueEnd(s, j);
                } else if (s.lower(j).equals("in") && s.lower(j + 1).equals("person")) {
                    j += 2; // "met in person for the first time with X"
                } else if (s.lower(j).equals("for") && s.lower(j + 1).equals("the") && s.startingAt(j + 2) != null
                        && s.startingAt(j + 2).kind() == Mention.Kind.ORDINAL && s.lower(s.startingAt(j + 2).to()).equals("time")) {
                    j = s.startingAt(j + 2).to() + 1;
                } else if (ownHere != null) {
                    own = ownHere;
                    j = own.to();
                } else if (levelHere != null) {
                    // "will hold talks at officials' level with X": the level they are held at (holdout46)
                    level = levelHere;
                    j = level.to() + 1;
                } else if (pastNoOne > j) {
                    // "talks at officials' level, with no ministers present, with X": who was not there, between commas
                    j = pastNoOne;
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
            } else {
                own = null;
                level = null;
            }
        }
        if (dayFirst == null && !daysBefore.isEmpty()) {
            dayFirst = daysBefore.get(0);
            restated = daysBefore.size() > 1 ? daysBefore.get(1) : null;
        }
        return new AfterVerb(k, dayFirst, restated, placeFirst, own, level);
    }

    /**
     * "officials' level" at token {@code at}: a level of "at X level", spanning the word "level"
     * after it ({@link Levels#levelWordEnd}); null if none.
     */
    private static Phrases.Match<String> levelAt(Annotated s, Lexicon lx, int at) {
        Phrases.Match<String> level = lx.levelsAt.at(s.tokens(), at);
        int end = Levels.levelWordEnd(s, level);
        return end < 0 ? null : new Phrases.Match<>(level.from(), end - 1, level.value(), level.phrase());
    }

    /**
     * The token after ", with no ministers present," or ", without ministers," at token {@code at} (a
     * comma; at most eight words to the closing comma, with "with" right after it); {@code at} if none.
     */
    private static int noOneBetween(Annotated s, int at) {
        if (!s.lower(at).equals(",") || !(s.lower(at + 1).equals("with") && s.lower(at + 2).equals("no") || s.lower(at + 1).equals("without"))) {
            return at;
        }
        for (int k = at + 2; k < s.size() && k - at <= 9; k++) {
            if (s.lower(k).equals(",")) {
                return s.lower(k + 1).equals("with") ? k + 1 : at;
            }
        }
        return at;
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
    /** Verbs of a host whose object may be the meeting itself ("hosted a meeting with X"). */
    private static final Set<String> HOSTED = WordSet.of("hosted", "hosts", "hosting");

    /**
     * The token after a venue at {@code at}: "at the Department of Energy", "at the State
     * Department" (capitalised words and "of" after "at the"); {@code at} if none is there.
     */
    private static int venueEnd(Annotated s, int at) {
        if (!s.lower(at).equals("at") || !s.lower(at + 1).equals("the")) {
            return at;
        }
        int k = at + 2;
        while (k < s.size() && k - at < 8 && (s.token(k).capitalised() && s.token(k).word() || s.lower(k).equals("of") && k > at + 2)) {
            k++;
        }
        return k > at + 2 && !s.lower(k - 1).equals("of") ? k : at;
    }

    private static final Set<String> BETWEEN_VERB_AND_WITH = WordSet.of("virtually", "separately", "briefly", "privately",
            "also", "later", "earlier", "first", "then", "again", "while", "in", "on", "at", "there", "here", "today", "yesterday",
            "online", "remotely", ",");

    /** "The two leaders", "the two men": the pair of a meeting under discussion. */
    static final Set<String> PAIRS = WordSet.of("leaders", "men", "women", "ministers", "counterparts", "sides",
            "presidents", "secretaries", "officials");

    /** Words that make "their ... talks" another occasion than the one told of ("their first talks"). */
    private static final Set<String> OTHER_OCCASION = WordSet.of("first", "last", "previous", "next", "earlier", "later", "latest",
            "recent", "second", "third", "fourth", "fifth", "annual", "regular", "new", "further", "own", "separate");

    /**
     * Whether the words between a determiner and a meeting noun (from {@code from} to {@code noun})
     * and the sentence say nothing of another occasion: no ordinal or "last", "previous", no day.
     */
    private static boolean noOtherOccasion(Annotated s, int from, int noun) {
        for (int k = from; k < noun; k++) {
            if (OTHER_OCCASION.contains(s.lower(k))) {
                return false;
            }
        }
        return s.of(Mention.Kind.DATE).isEmpty() && s.of(Mention.Kind.WEEKDAY).isEmpty() && s.of(Mention.Kind.RELATIVE_DATE).isEmpty()
                && s.of(Mention.Kind.ORDINAL).isEmpty();
    }

    /** "The leaders met": without "two", only words that name people of equal rank. */
    private static final Set<String> PLAIN_PAIRS = WordSet.of("leaders", "presidents", "ministers");

    /** Whether a semicolon, quotation or relative clause stands between two tokens. */
    static boolean clauseBreak(Annotated s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.quoted(i) || Set.of(";", "which", "who", "where", "when", "after", "before", "while").contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MEETING_NOUNS = WordSet.of("meeting", "talks", "discussion", "discussions", "consultations", "bilateral", "call",
            "lunch", "dinner", "breakfast", "teleconference", "videoconference");
    private static final Set<String> SPOKE = WordSet.of("spoke", "speaks", "talked");
    /** "exchanged views": a verb of talking together, with its object. */
    private static final Set<String> EXCHANGED = WordSet.of("exchanged", "exchange", "exchanges");
    private static final Set<String> VIEWS = WordSet.of("views", "opinions");

    /** Words of talking from afar ("held phone talks", "exchanged views by phone"). */
    private static final Set<String> PHONE = WordSet.of("phone", "telephone", "video", "videoconference");

    /** Whether words of a telephone or video call (or letters) stand in the six tokens from {@code from} ("exchanged views by phone"). */
    private static boolean byPhone(Annotated s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 6); k++) {
            if (PHONE.contains(s.lower(k)) || Set.of("call", "letter", "letters").contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a telephone call with the people called right after them ("called Foreign Minister Zebari"). */
    private static final Set<String> CALLED = WordSet.of("called", "phoned", "telephoned", "rang");
    /** What may follow the people "called" when the verb is a call ("called Zebari to discuss", "called Merkel today"). */
    private static final Set<String> CALL_AFTER = WordSet.of(".", ",", ";", ":", "to", "on", "in", "from", "at", "by", "and",
            "yesterday", "today", "tonight", "this", "last", "late", "early", "earlier", "again", "twice", "shortly", "after",
            "before", "during", "ahead", "while", "following", "for", "about", "regarding", "over", "with");
    /** Verbs of a meeting's start or end, said with "their" of the meeting the subjects held. */
    private static final Set<String> ENDED = WordSet.of("concluded", "began", "opened", "ended", "completed", "started");
    /** "began the day meeting with": the verb and the part of the day spent meeting. */
    private static final Set<String> SPENT = WordSet.of("began", "begins", "started", "starts", "spent", "spends", "ended", "ends");
    private static final Set<String> PART_OF_DAY = WordSet.of("day", "morning", "afternoon", "evening", "visit", "trip");

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
            // ("a working lunch meeting": the last of the nouns, as for "a bilateral meeting")
            if (m != null && m.kind() == Mention.Kind.EVENT && MEETING_NOUNS.contains(s.lower(m.to() - 1))) {
                return MEETING_NOUNS.contains(s.lower(m.to())) ? m.to() : m.to() - 1;
            }
            if (s.at(k) != null || s.quoted(k) || !(w.equals(",") || lowerWord(w))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * ", President of the European Commission," at token {@code at}: the token after the title's
     * closing comma; -1 if no title (with "the" or not) and comma, within twelve tokens, stands there.
     */
    private static int appositiveEnd(Annotated s, int at) {
        Mention title = s.startingAfterThe(at + 1);
        if (!s.lower(at).equals(",") || title == null || title.kind() != Mention.Kind.TITLE) {
            return -1;
        }
        for (int k = title.to(); k < Math.min(s.size(), at + 12); k++) {
            if (s.lower(k).equals(",")) {
                return k + 1;
            }
            Mention m = s.at(k);
            if (m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.TITLE)) {
                return -1;
            }
        }
        return -1;
    }

    /** The words that may make up the rest of a list of people with their titles. */
    private static final Set<String> LIST_GLUE = WordSet.of(",", "and", "of", "the", "on", "for", "'s", "\u2019s", "-");

    /**
     * The token after the rest of a list of people at {@code at} (a comma), when it holds only
     * names, titles and their glue (", Chairman of the Commission on External Relations Le Hoai
     * Trung, and Deputy Minister Hoang Xuan Chien"), up to a lower-case word; {@code at} if not.
     */
    private static int restOfList(Annotated s, int at) {
        int k = at;
        while (k < s.size() && k - at < 40) {
            Mention m = s.startingAt(k);
            if (m != null && Set.of(Mention.Kind.PERSON, Mention.Kind.TITLE, Mention.Kind.KNOWN).contains(m.kind())) {
                k = m.to();
            } else if (m == null && (LIST_GLUE.contains(s.lower(k)) || s.token(k).capitalised())) {
                k++;
            } else {
                break;
            }
        }
        return k > at + 1 && !s.lower(k - 1).equals(",") && k < s.size() && OWN_BEFORE.contains(s.lower(k)) ? k : at;
    }

    /** Prepositions before a meeting's own event word ("in a working-level session", "for talks"). */
    private static final Set<String> OWN_BEFORE = WordSet.of("in", "for", "at", "during", "where");

    /**
     * The event word of "in a working-level session", "for working-level talks", "at a technical
     * meeting" starting at token {@code at}: a preposition, "a" (or none, for plural talks), at most
     * a level and one more word, then an event word of a meeting, talks or a call; not "a session of the
     * Council". Null if none starts there.
     */
    private static Mention ownMention(Annotated s, Lexicon lx, int at) {
        if (!OWN_BEFORE.contains(s.lower(at))) {
            return null;
        }
        int k = at + 1;
        // "in what officials described as a working-level meeting", "in what was billed as a technical session"
        if (s.lower(at).equals("in") && s.lower(k).equals("what")) {
            int as = k + 1;
            while (as < s.size() && as - k < 6 && !Set.of("as", "called").contains(s.lower(as)) && s.at(as) == null
                    && !s.lower(as).equals(",")) {
                as++;
            }
            k = Set.of("as", "called").contains(s.lower(as)) ? as + 1 : k;
        }
        // ("met Lavrov for the talks": "for" names the meeting itself, definite or not; "at the
        // summit" may be a bilateral on its margins)
        // ("met at the Pentagon, where the discussion was conducted by ...": the meeting the clause is on)
        if (s.lower(at).equals("where") && !s.lower(k).equals("the")) {
            return null;
        }
        if (Set.of("a", "an").contains(s.lower(k)) || Set.of("for", "where").contains(s.lower(at)) && Set.of("the", "their").contains(s.lower(k))) {
            k++;
        }
        for (int n = 0; n < 3 && k < s.size(); n++) {
            Mention m = s.startingAt(k);
            if (m != null && m.kind() == Mention.Kind.EVENT) {
                String type = m.value().split("\\|")[0];
                // ("where the discussion of the security environment was ...": what it was about)
                // ("called X, in a call held at the level of ...": a call's own word, kept for a call)
                // ("met in Manila for the seventh ministerial meeting of the Trilateral Strategic Dialogue":
                // the meeting of a named series is the meeting itself)
                boolean ofSeries = s.lower(at).equals("for") && s.lower(m.to()).equals("of")
                        && s.token(s.lower(m.to() + 1).equals("the") ? m.to() + 2 : m.to() + 1).capitalised();
                return Set.of("meeting", "talks", "call").contains(type) && (!s.lower(m.to()).equals("of") || s.lower(at).equals("where")
                        || ofSeries) ? m : null;
            }
            Phrases.Match<String> level = lx.levels.at(s.tokens(), k);
            if (level != null) {
                k = level.to();
            } else if (m != null && m.kind() == Mention.Kind.ORDINAL) {
                // "for the seventh ministerial meeting"
                k = m.to();
            } else if (m == null && lowerWord(s.lower(k)) && !Set.of("the", "their", "his", "her").contains(s.lower(k))) {
                k++;
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * The meeting's own event word after what was read of it ({@link #ownMention}): right after
     * it, after a comma, or after a venue ("at the Central American Business Conference, in a
     * technical-level session"); null if none.
     */
    private static Mention ownAfter(Annotated s, Lexicon lx, int to) {
        int k = to;
        // "met with X at an informal session held at ...": the meeting itself (not "at the
        // summit", a bilateral on its margins)
        if (s.lower(k).equals("at") && Set.of("a", "an").contains(s.lower(k + 1))) {
            return ownMention(s, lx, k);
        }
        if (s.lower(k).equals("at")) {
            k++;
            while (k < s.size() && k - to < 10 && (s.lower(k).equals("the") || s.token(k).capitalised())) {
                k++;
            }
            // ("met at the Pentagon yesterday, where the discussion ...": past the day said after the venue)
            Mention day = s.startingAt(k);
            if (day != null && Set.of(Mention.Kind.DATE, Mention.Kind.RELATIVE_DATE, Mention.Kind.WEEKDAY).contains(day.kind())) {
                k = day.to();
            }
            if (!s.lower(k).equals(",")) {
                return null;
            }
        }
        return ownMention(s, lx, s.lower(k).equals(",") ? k + 1 : k);
    }

    /**
     * "X and other senior ministers, in talks held at ...": the meeting's own event word
     * ({@link #ownMention}) after "and other" and a few lower-case words that end the people met
     * at token {@code to}, and a comma; null if none.
     */
    private static Mention ownAfterOthers(Annotated s, Lexicon lx, int to) {
        if (!s.lower(to).equals("and") || !s.lower(to + 1).equals("other")) {
            return null;
        }
        int k = to + 2;
        while (k < s.size() && k - to < 6 && s.at(k) == null && lowerWord(s.lower(k))) {
            k++;
        }
        return s.lower(k).equals(",") ? ownMention(s, lx, k + 1) : null;
    }

    /** Verbs of a meeting's purpose ("to discuss ..."). */
    private static final Set<String> PURPOSE_VERBS = WordSet.of("discuss", "review", "exchange", "consider", "address", "talk");

    /** Words after a purpose that tell of another occasion ("to discuss preparations for the talks"). */
    private static final Set<String> PURPOSE_OTHER = WordSet.of("for", "before", "after", "ahead", "following", "since",
            "preparation", "preparations", "next", "last", "previous", "upcoming", "coming");

    /**
     * "met with X to discuss bilateral relations in working-level talks": the meeting's own event
     * word after a purpose of "to" and a verb of {@link #PURPOSE_VERBS}, when "in" or "at" and a level
     * name it ({@link #ownMention}), within twelve words and no comma, semicolon, name or word of
     * another occasion ({@link #PURPOSE_OTHER}: "to discuss preparations for the talks in Geneva" is
     * not the meeting); null if none.
     */
    private static Mention ownAfterPurpose(Annotated s, Lexicon lx, int to) {
        if (!s.lower(to).equals("to") || !PURPOSE_VERBS.contains(s.lower(to + 1))) {
            return null;
        }
        for (int k = to + 2; k < s.size() && k - to < 12; k++) {
            Mention m = s.at(k);
            if (Set.of(",", ";", ":", ".").contains(s.lower(k)) || m != null && m.kind() == Mention.Kind.PERSON
                    || PURPOSE_OTHER.contains(s.lower(k))) {
                return null;
            }
            Mention own = Set.of("in", "at").contains(s.lower(k)) ? ownMention(s, lx, k) : null;
            if (own != null) {
                boolean levelled = false;
                for (int j = k + 1; j < own.from() && !levelled; j++) {
                    levelled = lx.levels.at(s.tokens(), j) != null;
                }
                return levelled ? own : null;
            }
        }
        return null;
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

    /** Whether a date mention names the publication day: "today", "this morning", the publication date or its weekday. */
    private static boolean onPublicationDay(Annotated s, Mention date, Discourse d) {
        String words = s.span(date.from(), date.to()).toLowerCase(java.util.Locale.ROOT);
        if (Words.SAME_DAY.stream().anyMatch(words::contains)) {
            return true;
        }
        if (d.published() == null) {
            return false;
        }
        if (date.kind() == Mention.Kind.DATE) {
            return d.published().toString().equals(date.value());
        }
        return date.kind() == Mention.Kind.WEEKDAY && !words.startsWith("last") && !words.startsWith("next")
                && words.contains(d.published().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        .toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the event word at token {@code k} is a meal, as the lexicon's events say ("working lunch", "dinner"). */
    private static boolean mealAt(Annotated s, int k) {
        Mention m = s.at(k);
        return m != null && m.kind() == Mention.Kind.EVENT && m.value().endsWith("|meal");
    }

    /** Verb groups that say a meeting did not happen, ending at "meet" (or "met"). */
    /** What may follow the people someone did not meet: the clause's end, or the occasion ("during the stop"). */
    private static final Set<String> NEGATION_ENDS = WordSet.of(".", ",", ";", ":", "and", "but", "because", "as", "during");

    private static final Set<String> MET = WordSet.of("met", "gathered", "convened");

    /** A meeting's verb told as to come: "G7 ministers will meet in May", "are to meet next week". */
    private static final Set<String> MEET = WordSet.of("meet", "gather", "convene");

    /**
     * Whether the sentence tells, outside quotation marks, of people meeting: "met", "gathered", "convened",
     * "will meet", "will hold their first face-to-face meeting".
     */
    public static boolean saysMet(Annotated s) {
        for (int k = 0; k < s.size(); k++) {
            if ((MET.contains(s.lower(k)) || MEET.contains(s.lower(k)) && Set.of("will", "to", "shall").contains(s.lower(k - 1))
                    || HOLD.contains(s.lower(k)) && s.hasAny(MEETING_NOUNS, k + 1, Math.min(s.size(), k + 7))) && !s.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days of the week (1 Monday to 7 Sunday) a sentence that tells of people meeting names,
     * outside quotation marks and not as a possessive ("The foreign secretaries met on Saturday": 6).
     */
    public static Set<Integer> daysMet(Annotated s) {
        Set<Integer> out = new java.util.HashSet<>();
        for (Mention m : s.of(Mention.Kind.WEEKDAY)) {
            Integer day = s.quoted(m.from()) || s.lower(m.to() - 1).equals("'s") ? null : Events.weekdayIn(s, m);
            if (day != null) {
                out.add(day);
            }
        }
        return out;
    }

    /** Words that make a visit or meeting an earlier or later one: "his last visit", "the previous trip". */
    private static final Set<String> ANOTHER = WordSet.of("last", "previous", "earlier", "first", "former", "next", "prior");

    /**
     * Whether the clause from token {@code from} tells of another occasion than the article's:
     * "his last visit", "the previous trip", "in January", "in 2023".
     */
    static boolean anotherOccasion(Annotated s, int from) {
        return anotherOccasion(s, from, Set.of(".", ",", ";", ":", "but"));
    }

    /** As {@link #anotherOccasion(Annotated, int)}, up to the first of these words (none: the whole sentence). */
    static boolean anotherOccasion(Annotated s, int from, Set<String> ends) {
        for (int k = from; k < s.size() && !ends.contains(s.lower(k)); k++) {
            if (ofAnother(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a word of another occasion: "last", "previous", a month's name, a year. */
    private static boolean ofAnother(Annotated s, int k) {
        String w = s.lower(k);
        return ANOTHER.contains(w) || Annotator.MONTHS.containsKey(w) && s.token(k).capitalised()
                || w.length() == 4 && w.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether the words before token {@code at}, in its clause (after any semicolon), tell of another
     * occasion ("On his previous visit", "in October", "in 2023").
     */
    private static boolean otherOccasionBefore(Annotated s, int at) {
        int from = at;
        while (from > 0 && !s.lower(from - 1).equals(";")) {
            from--;
        }
        for (int k = from; k < at; k++) {
            if (ofAnother(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** The first place named from token {@code from} to the clause's end ("during the stop in Tokyo"), or null. */
    private static Mention placeIn(Annotated s, int from) {
        for (int k = from; k < s.size() && !NEGATION_ENDS.contains(s.lower(k)); k++) {
            Mention m = s.startingAt(k);
            if (m != null && m.kind() == Mention.Kind.KNOWN && Events.isPlace(m)) {
                return m;
            }
        }
        return null;
    }

    private static final List<List<String>> NOT_MEETING = List.of(List.of("did", "not", "get", "to", "see"),
            List.of("did", "not", "get", "to", "meet"), List.of("could", "not", "see"), List.of("would", "not", "meet"),
            List.of("would", "not", "see"), List.of("was", "unable", "to", "see"), List.of("were", "unable", "to", "see"),
            List.of("did", "not", "meet"), List.of("did", "n't", "meet"),
            List.of("does", "not", "meet"), List.of("will", "not", "meet"), List.of("could", "not", "meet"),
            List.of("cannot", "meet"), List.of("was", "not", "able", "to", "meet"), List.of("were", "not", "able", "to", "meet"),
            List.of("was", "unable", "to", "meet"), List.of("were", "unable", "to", "meet"), List.of("failed", "to", "meet"),
            List.of("never", "met"), List.of("will", "not", "see"), List.of("did", "not", "see"), List.of("did", "n't", "see"),
            List.of("will", "not", "be", "meeting"), List.of("is", "not", "meeting"), List.of("are", "not", "meeting"),
            List.of("was", "not", "meeting"), List.of("will", "not", "be", "seeing"));

    /** The words {@link #NOT_MEETING}'s verb groups end with. */
    private static final Set<String> NOT_MEETING_ENDS = NOT_MEETING.stream().map(p -> p.get(p.size() - 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Where a verb group saying the meeting did not happen starts, if one ends at token {@code at}; else -1. */
    private static int notMeeting(Annotated s, int at) {
        // (asked of every word: the phrases are tried only where one can end)
        return NOT_MEETING_ENDS.contains(s.lower(at)) ? s.phraseEndingBefore(NOT_MEETING, at + 1, 1) : -1;
    }

    /** Whether "will", "to" or "shall" stands among tokens from..to (exclusive): a verb group of the future. */
    static boolean futureBetween(Annotated s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (FUTURE_CUES.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a verb group before a meeting verb to come ("will", "are due to", "have agreed to"). */
    private static final Set<String> PLAN_GROUP = WordSet.of("will", "to", "due", "expected", "set", "scheduled", "is", "are",
            "was", "were", "shall", "agreed", "decided", "has", "have");

    private static int verbStart(Annotated s, int at) {
        int k = at;
        // ("Lavrov and Kerry have agreed to meet for talks on Wednesday in Zurich": a plan made)
        while (k > 0 && PLAN_GROUP.contains(s.lower(k - 1))) {
            k--;
        }
        return k;
    }

    static boolean saysAgain(Annotated s, int before) {
        for (int j = 0; j < before; j++) {
            // ("Balakrishnan and Saifuddin had first met on 10 July in Singapore": their first meeting, before
            // the one told; black-box trial 98)
            if (AGAIN.contains(s.lower(j)) || s.lower(j).equals("first") && j > 0 && s.lower(j - 1).equals("had")) {
                return true;
            }
        }
        return false;
    }

    /** Words that tell a call as one of several ("their second call this week", "another call"). */
    private static final Set<String> ANOTHER_CALL = WordSet.of("second", "third", "fourth", "another", "again", "latest",
            "follow-up", "renewed");

    /**
     * Whether a sentence telling a call says it is one of several ("their second call this week",
     * "spoke by phone ... for the first time since the inauguration"): a new call, not one told before
     * with the same people (black-box trial 47).
     */
    private static boolean anotherCall(Annotated s) {
        for (int j = 0; j < s.size(); j++) {
            if (ANOTHER_CALL.contains(s.lower(j)) && !s.quoted(j)
                    || s.lower(j).equals("first") && s.lower(j + 1).equals("time") && s.lower(j + 2).equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** Words of a period before now ("last month", "last year"). */
    private static final Set<String> PERIODS = WordSet.of("week", "month", "year", "summer", "winter", "spring", "autumn", "fall");

    /**
     * Whether the words before the people who met put their meeting at another time than a day
     * (black-box trial 37): "In February the two met on the sidelines of the G20 meeting in Rio",
     * "Last month the two met", "In 2019, Kerry and Lavrov met", "days after the two talked on the
     * sidelines of a conference in Munich" (a clause of time before them). A day ("On 5 February",
     * "On Tuesday") is no other time: it dates the meeting, and may be a slip.
     */
    static boolean otherTimeBefore(Annotated s, int from) {
        if (Set.of("after", "before", "since").contains(s.lower(from - 1))) {
            return true;
        }
        // (in the people's clause: not "Following the meeting held on 22 January 2018, a spokesperson said: X hosted Y")
        for (int k = from - 1; k >= 0 && !Set.of(":", ";", "\"", "“", "”").contains(s.lower(k)); k--) {
            String w = s.lower(k);
            boolean month = Annotator.MONTHS.containsKey(w) && s.token(k).capitalised()
                    && Annotator.dayNumber(s.lower(k - 1)) < 0 && Annotator.dayNumber(s.lower(k + 1)) < 0;
            // (a year alone, not a date's: "In 2019", not "on 22 January 2018")
            boolean year = w.length() == 4 && w.chars().allMatch(Character::isDigit) && !Annotator.MONTHS.containsKey(s.lower(k - 1))
                    && !(s.lower(k - 1).equals(",") && (Annotator.MONTHS.containsKey(s.lower(k - 2)) || Annotator.dayNumber(s.lower(k - 2)) > 0));
            if (month || year || w.equals("last") && PERIODS.contains(s.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words that end the clause a meeting's part of the day is looked for in. */
    private static final Set<String> CLAUSE_ENDS = WordSet.of(",", ";", "and", "to");

    /**
     * The part of the day said right after a meeting's people ("met in the evening", "met with X
     * that afternoon", "met on Tuesday morning"), or null: only "in the", "during the", "that" or
     * "this" and the part of the day, or a weekday before it, within the clause.
     */
    static String partOfDayAfter(Annotated s, int at) {
        for (int k = Math.max(1, at); k < Math.min(s.size(), at + 6) && !CLAUSE_ENDS.contains(s.lower(k)); k++) {
            String part = Discourse.timeOfDayIn(s.lower(k));
            if (part == null) {
                continue;
            }
            String before = s.lower(k - 1);
            boolean weekday = s.at(k - 1) != null && s.at(k - 1).kind() == Mention.Kind.WEEKDAY;
            return before.equals("the") && Set.of("in", "during").contains(s.lower(k - 2)) || Set.of("that", "this").contains(before)
                    || weekday ? part : null;
        }
        return null;
    }

    static String names(List<Discourse.Entity> all) {
        List<String> n = new ArrayList<>();
        for (Discourse.Entity e : all) {
            n.add(e.shortName());
        }
        return n.size() == 1 ? n.get(0) : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }

    /**
     * "his American counterpart", "their Australian counterparts", "her counterpart": a possessive,
     * at most two words of where from, then the counterpart word, with no name after it; or
     * "Defence Ministers", "NATO Defence Ministers" (ministers of a portfolio, unnamed); the token
     * after it, else -1.
     */
    private static int counterpartAt(Annotated s, int k) {
        // "met NATO counterparts", "met European counterparts": unnamed, of a body, a country or a region
        Mention of = s.startingAt(k);
        // ("European counterparts": a region the gazetteer does not know)
        int region = of != null && of.isCountryLike() ? of.to()
                : of == null && k < s.size() && s.token(k).word() && s.token(k).capitalised() ? k + 1 : -1;
        if (region > 0 && s.lower(region).equals("counterparts") && s.at(region) == null && s.startingAt(region + 1) == null) {
            return region + 1;
        }
        // "met with Defence Ministers from other JEF nations": ministers of a portfolio, unnamed;
        // "met NATO Defence Ministers", "met the EU foreign ministers": of a body or countries
        int p = s.lower(k).equals("the") ? k + 1 : k;
        Mention body = s.startingAt(p);
        if (body != null && body.isCountryLike() && Annotator.TITLE_MODIFIERS.contains(s.lower(body.to())) && s.at(body.to()) == null) {
            p = body.to();
        }
        if (p + 1 < s.size() && Annotator.TITLE_MODIFIERS.contains(s.lower(p)) && s.at(p) == null) {
            int j = Annotator.TITLE_MODIFIERS.contains(s.lower(p + 1)) && s.at(p + 1) == null ? p + 2 : p + 1;
            return s.lower(j).equals("ministers") && s.at(j) == null && s.startingAt(j + 1) == null ? j + 1 : -1;
        }
        if (!Set.of("his", "her", "their").contains(s.lower(k))) {
            return -1;
        }
        for (int j = k + 1; j <= k + 3 && j < s.size(); j++) {
            if (Set.of("counterpart", "counterparts").contains(s.lower(j))) {
                // "his counterpart, Foreign Minister X" names them: read as a list, not here
                return s.lower(j + 1).equals(",") && s.startingAt(j + 2) != null ? -1 : j + 1;
            }
            Mention m = s.at(j);
            if (!(m != null && m.kind() == Mention.Kind.KNOWN || m == null && lowerWord(s.lower(j)))) {
                return -1;
            }
        }
        return -1;
    }
}
