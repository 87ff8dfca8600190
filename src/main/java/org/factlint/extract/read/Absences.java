package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Absences told without a phrase of staying away: a stand-in sent ("sent his chief of staff to the
 * meeting instead"), "In Barrot's absence, ...", a person away for a visitor's whole stay ("was
 * abroad for the whole visit"), and one not met ("met with officials, but not with Putin
 * himself"). Each is the person's absence from one event the article names; the phrases of
 * staying away themselves ("did not attend", "pulled out") are read by {@link Attendance}.
 */
public final class Absences {

    private Absences() {
    }

    /**
     * "During his visit, Bolton met with high-level officials, but not with Putin himself": the
     * person after "but not" or "though not" did not meet the one who met the others, so was absent
     * from the one meeting the article (all of it, read to the end) says the two held ({@code
     * attendance.met-but-not}, 0.8). Nothing when it tells of no such meeting, or of several, or
     * when hedged.
     */
    public static void metButNot(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (int k = 2; k + 1 < s.size(); k++) {
            if (!s.lower(k).equals("not") || !Set.of("but", "though", "although").contains(s.lower(k - 1))
                    || !s.lower(k - 2).equals(",") || s.quoted(k)) {
                continue;
            }
            int met = 0;
            while (met < k - 2 && !Set.of("met", "meets").contains(s.lower(met))) {
                met++;
            }
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int named = s.lower(k + 1).equals("with") ? k + 2 : k + 1;
            int to = Participants.after(s, people, named, who, used);
            Discourse.Entity subject = met == k - 2 ? null : People.subject(s, people, met).orElse(null);
            if (subject == null || who.size() != 1 || who.contains(subject) || Attendance.hedged(s, lx, 0, k)) {
                continue;
            }
            int from = k - 1;
            // "During his visit to Moscow, Witkoff met Ushakov, but not Putin": of the Moscow visit,
            // not of a meeting with Putin in St Petersburg (nor of one before "his last visit")
            boolean another = Meetings.anotherOccasion(s, 0, Set.of());
            absentFromTheirMeeting(s, subject, who.get(0), another, false, from, to, "attendance.met-but-not", d);
        }
    }

    /**
     * At the article's end, {@code absent} is absent ({@code pattern}, 0.8) from the one meeting the
     * article says {@code subject} and {@code absent} held, told as held (someone attended it: "...,
     * but not with Putin. He will meet Putin on Friday." is none), when the sentence tells of no other
     * occasion and names no place other than the meeting's (nor, if {@code placeKnown}, any place when
     * the meeting has none).
     */
    private static void absentFromTheirMeeting(Annotated s, Discourse.Entity subject, Discourse.Entity absent, boolean another,
                                               boolean placeKnown, int from, int to, String pattern, Discourse d) {
        Set<String> places = new java.util.HashSet<>();
        for (Mention m : s.of(Mention.Kind.KNOWN)) {
            if (Events.isPlace(m)) {
                places.add(Events.placeEntity(m, d).id);
            }
        }
        d.atEnd(() -> {
            Discourse.Entity meeting = d.meetingWith(List.of(subject, absent));
            boolean elsewhere = meeting != null && !places.isEmpty()
                    && (meeting.place != null ? !places.contains(meeting.place) : placeKnown);
            if (meeting != null && !another && !elsewhere && "talks".equals(meeting.family) && d.facts().stream().anyMatch(f -> f.type().equals("attendance")
                    && meeting.id.equals(f.fields().get("event")) && "attended".equals(f.fields().get("status")))) {
                d.add(Draft.of("attendance", s, from, to, 0.8, pattern).with("event", meeting.id)
                        .with("person", absent.id).with("status", "absent"));
            }
        });
    }

    /** Words of a meeting that was to be held between two people ("whose meeting with X was called off"). */
    private static final Set<String> THEIR_MEETING = WordSet.of("meeting", "talks", "call", "bilateral", "meetings");
    /** Words that cancel what was to be held. */
    private static final Set<String> CALLED_OFF = WordSet.of("called off", "cancelled", "canceled", "scrapped", "dropped");
    /** Words that tell of an occasion put back or held in another way, not given up. */
    private static final Set<String> PUT_BACK = WordSet.of("postponed", "rescheduled", "delayed", "until", "later", "moved",
            "pushed", "put", "replaced", "video", "phone", "telephone", "virtually", "online");

    /**
     * "Minister Leo Docherty, whose meeting with Deputy Foreign Minister Gayrat Fazilov was called
     * off, met instead with ...", "Pence's meeting with Widodo was cancelled": the two did not meet,
     * so each was absent from the one meeting the article (all of it, read to the end) says they held
     * ({@code attendance.meeting-called-off}, 0.8; holdout30, holdout32). Nothing when the sentence
     * dates the meeting, puts it back or holds it another way ("postponed", "until", "by phone"),
     * tells of another occasion, or hedges.
     */
    public static void meetingCalledOff(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (int k = 1; k + 3 < s.size(); k++) {
            boolean whose = s.lower(k).equals("whose") && s.lower(k - 1).equals(",");
            boolean possessive = Set.of("'s", "’s").contains(s.lower(k));
            if (!(whose || possessive) || !THEIR_MEETING.contains(s.lower(k + 1)) || !s.lower(k + 2).equals("with") || s.quoted(k)) {
                continue;
            }
            Mention before = s.endingBefore(whose ? k - 1 : k);
            Mention after = s.startingAt(k + 3);
            Discourse.Entity subject = before == null ? null : people.get(before);
            Discourse.Entity other = after == null ? null : people.get(after);
            if (subject == null || other == null || subject == other || !subject.kind.equals("person") || !other.kind.equals("person")) {
                continue;
            }
            // "... was called off": the verb within a few words after the person met
            int cue = -1;
            for (int j = after.to(); j < Math.min(s.size(), after.to() + 6) && cue < 0; j++) {
                String two = s.lower(j) + " " + s.lower(j + 1);
                if (Set.of("was", "were", "been").contains(s.lower(j - 1)) && (CALLED_OFF.contains(s.lower(j)) || CALLED_OFF.contains(two))) {
                    cue = j;
                }
            }
            if (cue < 0 || Attendance.hedged(s, lx, Math.max(0, before.from() - 4), cue) || Attendance.dateWithin(s, 0, s.size()) || s.hasAny(PUT_BACK)) {
                continue;
            }
            boolean another = Meetings.anotherOccasion(s, 0, Set.of());
            int from = before.from();
            int to = Math.min(s.size(), cue + 2);
            absentFromTheirMeeting(s, subject, other, another, false, from, to, "attendance.meeting-called-off", d);
            absentFromTheirMeeting(s, other, subject, another, false, from, to, "attendance.meeting-called-off", d);
        }
    }

    /** The verbs of seeing someone in "was not among those he saw". */
    private static final Set<String> SEEN = WordSet.of("saw", "met", "received", "sees", "meets", "receives", "see", "meet",
            "receive");

    /**
     * "President Buhari, who was traveling abroad, was not among those he saw", "Araghchi was not
     * among those the Minister met": the person before "was not among those" did not meet the one
     * who saw the others, so was absent from the one meeting the article (all of it, read to the
     * end) says the two held ({@code attendance.not-among-those-met}, 0.8). Nothing when it tells
     * of no such meeting, or of several, or of another occasion (a day, a place elsewhere), or when
     * hedged; the one who saw is a name, a description or "he" ("she") meaning the one the
     * sentence (else the one before) is about.
     */
    public static void notAmongThoseMet(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (int k = 2; k + 3 < s.size(); k++) {
            if (!s.lower(k).equals("not") || !s.lower(k + 1).equals("among") || !s.lower(k + 2).equals("those") || s.quoted(k)
                    || !Set.of("was", "were", "is", "are", "be").contains(s.lower(k - 1))) {
                continue;
            }
            int be = k - 1;
            while (be > 0 && Set.of("will", "would", "had", "has", "have", "be").contains(s.lower(be - 1))) {
                be--;
            }
            // ("Buhari, who was traveling abroad, was not among ...": past the relative clause)
            int end = be;
            if (s.lower(end - 1).equals(",")) {
                for (int j = end - 2; j > 0 && j >= end - 16; j--) {
                    if (s.lower(j).equals("who") && s.lower(j - 1).equals(",")) {
                        end = j - 1;
                        break;
                    }
                    if (Set.of(",", ";", ":").contains(s.lower(j)) || s.at(j) != null && people.containsKey(s.at(j))) {
                        break;
                    }
                }
                if (end == be) {
                    continue;
                }
            }
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int from = Participants.before(s, people, d, end, who, false, used);
            int y = k + 3;
            if (Set.of("whom", "who", "that").contains(s.lower(y))) {
                y++;
            }
            Discourse.Entity seer = null;
            int verb;
            if (Set.of("he", "she").contains(s.lower(y))) {
                seer = People.pronoun(s, people, y, d);
                verb = y + 1;
            } else {
                Mention m = s.lower(y).equals("the") ? s.startingAfterThe(y) : s.startingAt(y);
                seer = m == null ? null : people.get(m);
                verb = m == null ? y : m.to();
            }
            if (Set.of("will", "would", "did", "had", "has", "could").contains(s.lower(verb))) {
                verb++;
            }
            if (seer == null || !seer.kind.equals("person") || !SEEN.contains(s.lower(verb)) || who.size() != 1
                    || who.contains(seer) || !who.get(0).kind.equals("person")
                    || Attendance.hedged(s, lx, Math.max(0, from - 4), k)) {
                continue;
            }
            // ("... on Tuesday in Kano, though Buhari was not among those he saw": a day or a place may
            // be another occasion than the meeting the article told of)
            boolean another = Meetings.anotherOccasion(s, 0, Set.of()) || s.mentions().stream().anyMatch(Events::isDate);
            absentFromTheirMeeting(s, seer, who.get(0), another, true, from, verb + 1, "attendance.not-among-those-met", d);
        }
    }

    /** The words of a visit's whole length: "for the whole visit", "throughout the Deputy Secretary's stay in Hanoi". */
    private static final Set<String> VISIT_WORDS = WordSet.of("visit", "stay", "trip", "tour");

    /**
     * "Foreign Minister Shoukry, who was abroad for the whole visit", "Minister Moriyama will be
     * abroad for the length of the visit", "was out of the country throughout the Deputy
     * Secretary's stay in Hanoi": away for a visitor's whole stay, the person was absent from the
     * one meeting the article (all of it, read to the end) says they held or were to hold ({@code
     * attendance.away-for-visit}, 0.8). Nothing when it tells of no such meeting, or of several, or
     * when hedged.
     */
    public static void awayForVisit(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (int k = 1; k + 3 < s.size(); k++) {
            int away = s.lower(k).equals("abroad") ? k + 1
                    : s.lower(k).equals("out") && s.lower(k + 1).equals("of") && s.lower(k + 2).equals("the")
                    && s.lower(k + 3).equals("country") ? k + 4 : -1;
            if (away < 0 || s.quoted(k) || !Set.of("for", "throughout", "during").contains(s.lower(away))) {
                continue;
            }
            int visit = -1;
            for (int j = away + 1; j < Math.min(s.size(), away + 8) && visit < 0; j++) {
                if (VISIT_WORDS.contains(s.lower(j))) {
                    visit = j;
                } else if (Set.of(",", ";", "and", "but").contains(s.lower(j))) {
                    break;
                }
            }
            int be = k - 1;
            if (visit < 0 || !Set.of("was", "were", "is", "are", "be", "been").contains(s.lower(be))) {
                continue;
            }
            while (be > 0 && Set.of("will", "would", "had", "has", "have", "be").contains(s.lower(be - 1))) {
                be--;
            }
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int from = Participants.before(s, people, d, be, who, false, used);
            // ("met officials, though not Foreign Minister Shoukry, who was abroad": the "not" says the same)
            int hedgeFrom = s.lower(from - 1).equals("not") ? from : Math.max(0, from - 4);
            if (who.size() != 1 || Attendance.hedged(s, lx, hedgeFrom, visit)) {
                continue;
            }
            // (the meeting may be told of after the absence: "though not Shoukry, who was abroad ... Meeting with Shoukry, ...")
            int to = visit + 1;
            d.atEnd(() -> {
                Discourse.Entity meeting = d.meetingWith(who);
                if (meeting != null && "talks".equals(meeting.family)) {
                    d.add(Draft.of("attendance", s, from, to, 0.8, "attendance.away-for-visit").with("event", meeting.id)
                            .with("person", who.get(0).id).with("status", "absent"));
                }
            });
        }
    }

    /**
     * "In Barrot's absence, the meeting was chaired by his deputy": the person was absent from the
     * sentence's one event ({@code attendance.in-absence}); with none named ("In Barrot's absence,
     * Rubio met his deputy" may be another occasion) or several, nothing is read.
     */
    public static void inAbsence(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                 Lexicon lx, Discourse d) {
        for (int i = 0; i + 3 < s.size(); i++) {
            // ("took the call in the Prime Minister's place": a description too)
            // ("In Mr Badr's absence": past the honorific)
            Mention m = s.lower(i + 1).equals("the") ? s.startingAfterThe(i + 1) : s.startingAt(s.pastHonorifics(i + 1));
            String what = m == null ? "" : s.lower(m.to() + 1);
            if (!s.lower(i).equals("in") || m == null || !people.containsKey(m) || s.quoted(i)
                    || !people.get(m).kind.equals("person") || !Set.of("'s", "’s").contains(s.lower(m.to()))
                    || !what.equals("absence") && !what.equals("place")
                    || Attendance.hedged(s, lx, Math.max(0, i - 4), i)
                    // ("If the President is delayed, Tillerson will attend in Trump's place": said mid-sentence,
                    // a hedge or condition anywhere before it)
                    || what.equals("place") && Attendance.hedged(s, lx, 0, i)) {
                continue;
            }
            // the event the sentence names ("In Barrot's absence, the meeting was chaired by ..."); with
            // none named, "In Barrot's absence, Rubio met his deputy" may be another occasion
            Discourse.Entity event = Events.onlyEvent(events);
            double confidence = 0.85;
            // ("In Mr Ellwood's absence, both sides welcomed ...": the meeting under discussion)
            if (event == null && events.isEmpty() && i == 0 && s.lower(m.to() + 2).equals(",") && what.equals("absence")) {
                event = partiesMet(s, m.to() + 2, lx, d);
                confidence = 0.8;
            }
            if (event == null) {
                continue;
            }
            if (Participants.anyDescribed(List.of(m))) {
                confidence = 0.8;
            }
            String pattern = what.equals("place") ? "attendance.in-place" : "attendance.in-absence";
            d.add(Draft.of("attendance", s, i, m.to() + 2, confidence, pattern).with("event", event.id)
                    .with("person", people.get(m).id).with("status", "absent"));
        }
    }

    /**
     * "With President Kenyatta unable to see him, the Foreign Secretary instead had meetings with
     * ...": the person after "With" was absent from the meeting the article told of between them
     * and the subject after the comma (the one meeting of the two it holds; none, nothing read), at
     * 0.75: the sentence may be about another occasion than the one the article told of.
     */
    private static void unableToSee(Annotated s, Map<Mention, Discourse.Entity> people, Mention who, Discourse d) {
        int k = who.to();
        if (!s.lower(k + 1).equals("to") || !Set.of("see", "meet").contains(s.lower(k + 2))
                || !Set.of("him", "her").contains(s.lower(k + 3)) || !s.lower(k + 4).equals(",")) {
            return;
        }
        Mention subject = s.startingAfterThe(k + 5);
        if (subject == null || !people.containsKey(subject) || !people.get(subject).kind.equals("person")) {
            return;
        }
        Discourse.Entity meeting = d.meetingWith(List.of(people.get(who), people.get(subject)));
        if (meeting == null) {
            return;
        }
        // (unsure: the sentence need not be about the occasion the article told of; they may have met
        // the year before, the day before, or be due to meet next week: a finding on it needs a look;
        // black-box trial 32)
        double confidence = 0.75;
        d.add(Draft.of("attendance", s, 0, k + 4, confidence, "attendance.with-absent").with("event", meeting.id)
                .with("person", people.get(who).id).with("status", "absent"));
    }

    /**
     * "With Mr. Barroso absent from Seoul, the Summit was conducted by President Lee and Mr. Van
     * Rompuy alone", "With Secretary Mattis out of town, ...": the person after an opening "With"
     * and before "absent", "away", "abroad", "unavailable", "out of town" or "out of the country"
     * was absent from the sentence's one event ({@code attendance.with-absent}); with none named,
     * or several, nothing is read, nor when the place named ("absent from Seoul") is not the one
     * the article put that event in.
     */
    public static void withAbsent(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                  Lexicon lx, Discourse d) {
        if (!s.lower(0).equals("with") || s.quoted(0)) {
            return;
        }
        // ("With Mr. Barroso absent", "With the Prime Minister away")
        Mention m = s.lower(1).equals("the") ? s.startingAfterThe(1) : s.startingAt(s.pastHonorifics(1));
        // ("With Commission President José Manuel Barroso absent": the name after the title)
        if (m != null && m.kind() == Mention.Kind.TITLE && !people.containsKey(m) && s.startingAt(m.to()) != null) {
            m = s.startingAt(m.to());
        }
        if (m == null || !people.containsKey(m) || !people.get(m).kind.equals("person")) {
            return;
        }
        int k = m.to();
        // ("With Mr Kamilov having stayed in Tashkent", "With Ambassador Jones kept away from Baghdad")
        k = s.lower(k).equals("having") || s.lower(k).equals("kept") && s.lower(k + 1).equals("away") ? k + 1 : k;
        String w = s.lower(k);
        if (w.equals("unable")) {
            unableToSee(s, people, m, d);
            return;
        }
        int after = Set.of("absent", "away", "abroad", "unavailable").contains(w) ? k + 1
                : w.equals("out") && s.lower(k + 1).equals("of") && s.lower(k + 2).equals("town") ? k + 3
                : w.equals("out") && s.lower(k + 1).equals("of") && s.lower(k + 2).equals("the") && s.lower(k + 3).equals("country") ? k + 4
                : -1;
        // "With Prime Minister Rama away in Brussels", "With Mr Kamilov having stayed in Tashkent":
        // somewhere other than where the article held the event
        int in = w.equals("away") && s.lower(k + 1).equals("in") ? k + 2
                : STAYED.contains(w) && s.lower(k + 1).equals("home") && s.lower(k + 2).equals("in") ? k + 3
                : STAYED.contains(w) && s.lower(k + 1).equals("in") ? k + 2 : -1;
        if (after < 0 && in < 0) {
            return;
        }
        Mention place = null;
        boolean elsewhere = in > 0;
        if (elsewhere || Set.of("absent", "away").contains(w) && s.lower(after).equals("from")) {
            place = s.startingAfterThe(elsewhere ? in : after + 1);
            if (place == null || place.kind() != Mention.Kind.KNOWN || !Events.isPlace(place)) {
                return;
            }
            after = place.to();
        }
        Discourse.Entity named = Events.onlyEvent(events);
        double confidence = Participants.anyDescribed(List.of(m)) ? 0.8 : 0.85;
        // ("With Prime Minister Chahed absent, the two delegations discussed ...": the meeting under
        // discussion; "With Vice Foreign Minister Cui absent from Annapolis, the two sides ...": one
        // held there)
        if (named == null && events.isEmpty() && s.lower(after).equals(",")) {
            named = partiesMet(s, after, lx, d);
            confidence = 0.8;
        }
        Discourse.Entity event = named;
        if (!s.lower(after).equals(",") || event == null || Attendance.hedged(s, lx, 0, after) || s.hasAny(Attendance.REMOTE)) {
            return;
        }
        // (the place named must be the one the article put the event in: "With Barroso away from
        // Brussels, the summit [in Seoul] ..." says nothing of the summit; one stayed in must be
        // another city than the event's)
        if (elsewhere) {
            if (Attendance.stayedAwayFrom(place, lx, d, event) == null) {
                return;
            }
        } else if (place != null) {
            String at = Events.placeEntity(place, d).id;
            String held = event.place != null ? event.place : d.facts().stream()
                    .filter(f -> f.type().equals("event-place") && event.id.equals(f.fields().get("event")))
                    .map(f -> String.valueOf(f.fields().get("place"))).distinct().reduce((a, b) -> "").orElse("");
            if (!at.equals(held)) {
                return;
            }
        }
        d.add(Draft.of("attendance", s, 0, after, confidence, "attendance.with-absent").with("event", event.id)
                .with("person", people.get(m).id).with("status", "absent"));
    }

    /** Words of staying somewhere: "having stayed in Tashkent", "kept in Ottawa", "staying home in Havana". */
    private static final Set<String> STAYED = WordSet.of("stayed", "staying", "kept", "remained", "remaining", "back");

    /** Verbs of what the sides of a meeting do at it, beyond {@link Gatherings#DURING_VERBS}. */
    private static final Set<String> SIDES_DID = WordSet.of("noted", "acknowledged", "recognized", "recognised", "considered",
            "explored", "examined", "covered", "expressed", "affirmed", "underlined", "shared");

    /** Words that move a sentence to another time than the meeting under discussion ("Earlier", "the next day"). */
    private static final Set<String> OTHER_TIME = WordSet.of("earlier", "later", "afterwards", "afterward", "before", "after",
            "then", "meanwhile", "separately", "next", "following", "previous", "previously", "beforehand", "subsequently",
            "morning", "afternoon", "evening", "night", "dinner", "lunch", "breakfast", "session", "separate");

    /**
     * "With Prime Minister Chahed absent, the two delegations discussed ...", "In Mr Ellwood's
     * absence, both sides welcomed ...": a sentence that names no event, whose main clause (after
     * the comma at {@code comma}) has the parties of a meeting ("the two delegations", "both
     * sides", "the two countries") doing what a meeting does, tells of the meeting under discussion
     * when it began (a meeting, not a visit or a call); null when the sentence dates itself, moves
     * to another time or part of the day ("Earlier", "the next day", "at lunch"), or hedges.
     */
    private static Discourse.Entity partiesMet(Annotated s, int comma, Lexicon lx, Discourse d) {
        int k = comma + 1;
        if (!Gatherings.theParties(s, k) && !SIDES.contains(s.lower(k) + " " + s.lower(k + 1))
                && !SIDES.contains(s.lower(k) + " " + s.lower(k + 1) + " " + s.lower(k + 2))) {
            return null;
        }
        int verb = -1;
        for (int j = k + 1; j < Math.min(s.size(), k + 6) && verb < 0; j++) {
            verb = Gatherings.DURING_VERBS.contains(s.lower(j)) || SIDES_DID.contains(s.lower(j)) ? j : -1;
        }
        Discourse.Entity before = d.salientBeforeSentence();
        if (verb < 0 || before == null || !"talks".equals(before.family) || Attendance.hedgedOrConditional(s, lx)) {
            return null;
        }
        for (int j = 0; j < s.size(); j++) {
            Mention m = s.startingAt(j);
            if (OTHER_TIME.contains(s.lower(j)) || m != null && Events.isDate(m)) {
                return null;
            }
        }
        return before;
    }

    /** The parties of a meeting named by their countries or governments ("the two countries"). */
    private static final Set<String> SIDES = WordSet.of("the two countries", "the two governments", "both countries",
            "both governments");

    /**
     * "Foreign Secretary Dominic Raab was called away before the meeting began, and Minister for
     * Asia Nigel Adams chaired it in his place": the person opening the sentence was absent from the
     * sentence's one event, when another person named after a new clause (", and", "; ", "but")
     * acts "in his (her) place" ({@code attendance.stood-in}). Two people, no more, before the phrase.
     */
    public static void stoodIn(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                               Lexicon lx, Discourse d) {
        for (int k = 2; k + 2 < s.size(); k++) {
            // ("attended the meeting on his behalf", "received Mr Brokenshire in his stead": holdout95)
            boolean stead = s.lower(k).equals("in") && Set.of("place", "stead").contains(s.lower(k + 2))
                    || s.lower(k).equals("on") && s.lower(k + 2).equals("behalf");
            if (!stead || !Set.of("his", "her").contains(s.lower(k + 1)) || s.quoted(k)) {
                continue;
            }
            List<Mention> before = personsBefore(people, k);
            if (before.size() != 2 || people.get(before.get(0)) == people.get(before.get(1))) {
                continue;
            }
            Mention absent = before.get(0);
            Mention stand = before.get(1);
            int start = absent.from() - (s.lower(absent.from() - 1).equals("the") ? 1 : 0);
            // ("Mr. Toews could not make the trip ...": an honorific opening the sentence)
            start = s.pastHonorifics(0) == absent.from() ? 0 : start;
            int stated = Participants.withTitle(s, absent);
            boolean newClause = false;
            for (int j = absent.to(); j < stand.from(); j++) {
                newClause |= s.lower(j).equals(";") || s.lower(j).equals("but")
                        || Set.of("and", "so").contains(s.lower(j)) && s.lower(j - 1).equals(",");
            }
            Discourse.Entity event = Events.onlyEvent(events);
            if (Math.min(start, stated) != 0 || !newClause || event == null && !events.isEmpty()
                    || hedgedNotUnable(s, lx, stand.from())) {
                continue;
            }
            double confidence = Participants.anyDescribed(List.of(absent)) ? 0.75 : 0.8;
            Draft told = Draft.of("attendance", s, 0, k + 3, confidence, "attendance.stood-in")
                    .with("person", people.get(absent).id).with("status", "absent");
            if (event != null && !d.isTrip(event)) {
                d.add(told.with("event", event.id));
            } else {
                Discourse.Entity trip = event;
                // ("Mr. Toews could not make the trip to Washington, so Canada's ambassador, Gary Doer,
                // attended in his place": no event named, the one meeting the article says the person
                // attended, placed nowhere; holdout96)
                String who = people.get(absent).id;
                d.afterAll(() -> {
                    Discourse.Entity meeting = d.onlyMeetingAttendedBy(who, trip);
                    if (meeting != null) {
                        d.add(told.with("event", meeting.id));
                    }
                });
            }
        }
    }

    /** Words after "no minister(s)" that say none was there ("took part", "was present", "at the table"). */
    private static final Set<String> NONE_THERE = WordSet.of("took", "taking", "take", "takes", "attended", "attending", "attend",
            "attends", "present", "sat", "sitting", "sit", "table", "room", "participated", "participating");

    /**
     * "The exchange took place between senior officials, and no minister was present", "No minister
     * took part in the Brasilia talks", "held at official level, with no ministers at the table": no
     * minister was at the event the sentence names (else the one under discussion), so each person
     * the article says attended it with a minister's title (of the rung of ministers, with the word
     * "minister": not a head of government, nor a deputy, nor a Secretary) was absent from it
     * ({@code attendance.no-minister-present}, 0.75: which meeting it is said of is often unsure, and a
     * finding on it needs a look). Only a bare "no minister(s)" or "no cabinet member(s)" ("from
     * either side" may follow), with a word of being there within six words.
     */
    public static void noMinisterPresent(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                         Lexicon lx, Discourse d) {
        for (int k = 0; k + 2 < s.size(); k++) {
            int noun = k + 1;
            boolean minister = s.lower(k).equals("no") && Set.of("minister", "ministers").contains(s.lower(noun));
            boolean cabinet = s.lower(k).equals("no") && s.lower(noun).equals("cabinet")
                    && Set.of("member", "members", "minister", "ministers").contains(s.lower(noun + 1));
            if (!(minister || cabinet) || s.quoted(k) || hedgedNotUnable(s, lx, k)) {
                continue;
            }
            int from = cabinet ? noun + 2 : noun + 1;
            boolean there = false;
            for (int j = from; j < Math.min(s.size(), from + 6) && !there; j++) {
                there = NONE_THERE.contains(s.lower(j));
            }
            if (!there) {
                continue;
            }
            Discourse.Entity event = events.isEmpty() ? d.salientEventJustNamed() : Events.onlyEvent(events);
            if (event == null) {
                continue;
            }
            // (unsure which meeting "no minister" is said of when the article tells of several: 0.75, a
            // finding on it needs a look; black-box trial 83's "No minister took part in Monday's meeting",
            // the contact group's, beside the foreign ministers' meeting due on Friday)
            Draft told = Draft.of("attendance", s, k, Math.min(s.size(), from + 6), 0.75, "attendance.no-minister-present")
                    .with("event", event.id).with("status", "absent");
            d.afterAll(() -> {
                for (String person : d.attendedBy(event)) {
                    if (ministerRung(d, person)) {
                        d.add(told.with("person", person));
                    }
                }
            });
        }
    }

    /** Whether the article gives the person a title of the rung of ministers (and none of a head of government or state). */
    private static boolean ministerRung(Discourse d, String person) {
        boolean minister = false;
        for (Draft f : d.facts()) {
            if (f.type().equals("role") && person.equals(f.fields().get("person")) && !Boolean.FALSE.equals(f.fields().get("current"))) {
                var rank = org.factlint.engine.helpers.Titles.rankOf(String.valueOf(f.fields().get("title")));
                if (rank.isEmpty()) {
                    continue;
                }
                // (a "Minister" by name only: "Foreign Secretary" is a civil servant in India and Bangladesh,
                // which the rules know by the country; black-box trial 75's c04)
                String title = String.valueOf(f.fields().get("title")).toLowerCase(java.util.Locale.ROOT);
                if (rank.get().rung() != org.factlint.model.Rung.MINISTER || !title.matches(".*\\bminister\\b.*")) {
                    return false;
                }
                minister = true;
            }
        }
        return minister;
    }

    /**
     * Whether the words before token {@code to} hedge what they say, as {@link Attendance#hedged}
     * does, but for "could not" and "couldn't", which say someone was unable ("Mr. Toews could not
     * make the trip to Washington, so ...": holdout96).
     */
    private static boolean hedgedNotUnable(Annotated s, Lexicon lx, int to) {
        for (int i = 0; i < to; i++) {
            boolean unable = s.lower(i).equals("could") && Set.of("not", "n't").contains(s.lower(i + 1))
                    || Set.of("not", "n't").contains(s.lower(i)) && s.lower(i - 1).equals("could");
            if (!unable && Attendance.hedged(s, lx, i, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The mentions of people (not countries or bodies) that end by token {@code at}, in the order written. */
    private static List<Mention> personsBefore(Map<Mention, Discourse.Entity> people, int at) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : people.keySet()) {
            if (m.to() <= at && people.get(m).kind.equals("person")) {
                out.add(m);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::from));
        return out;
    }

    /** The verbs of sending someone in one's place. */
    private static final Set<String> SENT = WordSet.of("sent", "sends", "send", "sending");
    /** Auxiliaries between "who" and the verb of sending ("who had sent", "who will send", "who is sending"). */
    private static final Set<String> SENT_AUX = WordSet.of("had", "has", "have", "will", "is", "was", "are", "were");

    /**
     * "The Prime Minister was abroad and sent his chief of staff to the meeting instead": the
     * sentence's subject (the one person named before the verb, opening the sentence) was absent
     * from the event named after "to" ({@code attendance.sent-someone-instead}). Only with
     * "instead" or "in his (her, their) place" after the verb.
     */
    public static void sentInstead(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                   Lexicon lx, Discourse d) {
        for (int v = 1; v < s.size(); v++) {
            if (!SENT.contains(s.lower(v)) || s.quoted(v) || !insteadAfter(s, v)) {
                continue;
            }
            List<Mention> before = personsBefore(people, v);
            Mention first = before.isEmpty() ? null : before.get(0);
            int named = before.size();
            int start = first == null ? -1 : first.from() - (s.lower(first.from() - 1).equals("the") ? 1 : 0);
            // ("Secretary Napolitano, who had sent her deputy to the ministerial in her place, said":
            // the person the clause is said of; holdout53, holdout61)
            Mention who = relativeSubject(s, people, v);
            if (who != null) {
                first = who;
                named = 1;
                start = 0;
            }
            // (a bare "send" only after "will": "will send a deputy"; "to send" may be a plan or a wish)
            boolean bare = s.lower(v).equals("send");
            if (named != 1 || start != 0 || bare && !s.lower(v - 1).equals("will") || Attendance.hedged(s, lx, 0, v)) {
                continue;
            }
            Discourse.Entity event = null;
            int end = v + 1;
            for (Events.EventMention e : events) {
                if (e.from() > v && s.lower(e.from() - 1).equals("to")) {
                    event = e.event();
                    end = e.to();
                }
            }
            // ("Minister Dupont sent his deputy instead.": with no event named in the sentence, the article's one event)
            boolean onlyOne = event == null && events.isEmpty() && d.onlyEvent() != null && someoneSent(s, v);
            if (onlyOne) {
                event = d.onlyEvent();
                end = s.size() - (s.lower(s.size() - 1).equals(".") ? 1 : 0);
            }
            if (event == null) {
                continue;
            }
            double confidence = Participants.anyDescribed(List.of(first)) || onlyOne ? 0.8 : 0.85;
            d.add(Draft.of("attendance", s, 0, end, confidence, "attendance.sent-someone-instead").with("event", event.id)
                    .with("person", people.get(first).id).with("status", "absent"));
        }
    }

    /** Words of whom one sends in one's place ("sent his deputy", "sent an aide"). */
    private static final Set<String> STAND_INS = WordSet.of("deputy", "deputies", "aide", "aides", "envoy", "representative",
            "representatives", "ambassador", "delegation", "official", "officials", "minister", "secretary", "chief", "adviser",
            "advisor", "spokesman", "spokeswoman", "spokesperson");

    /** Whether someone, not something, is sent: a person or title, or a stand-in's word, within four words after the verb at {@code v}. */
    private static boolean someoneSent(Annotated s, int v) {
        for (int k = v + 1; k < Math.min(s.size(), v + 5); k++) {
            Mention m = s.startingAt(k);
            if (STAND_INS.contains(s.lower(k)) || m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** Negated verbs of a journey: "will not travel", "did not go". */
    private static final Set<String> NOT_TRAVEL = WordSet.of("did not travel", "will not travel", "does not travel", "won't travel",
            "didn't travel", "is not travelling", "is not traveling", "will not be travelling", "will not be traveling",
            "did not go", "will not go", "is not going");

    /**
     * "In Warsaw, where Under Secretary Lago will not travel, a Commerce official will deliver ...",
     * "In Iran (10-13 November), where Commissioner Hogan will not travel himself, officials will
     * meet ...": the person after ", where" was absent from the one event the article holds at the
     * place just before it ({@code attendance.not-travelling-where}), as "did not travel to {place}"
     * says; nothing when the clause goes on past a reflexive, hedges, or speaks of a video or phone.
     */
    public static void whereNotTravelling(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                          Lexicon lx, Discourse d) {
        for (int k = 1; k + 3 < s.size(); k++) {
            if (!s.lower(k).equals("where") || !s.lower(k - 1).equals(",") || s.quoted(k)) {
                continue;
            }
            // the place before the comma, past days in brackets ("In Iran (10-13 November) ,")
            int end = k - 1;
            if (s.lower(end - 1).equals(")")) {
                int open = end - 1;
                while (open > 0 && !s.lower(open).equals("(")) {
                    open--;
                }
                end = open;
            }
            Mention place = s.endingBefore(end);
            Mention person = s.startingAt(s.pastHonorifics(k + 1));
            if (person != null && person.kind() == Mention.Kind.TITLE && !people.containsKey(person)) {
                person = s.startingAt(person.to());
            }
            if (place == null || place.kind() != Mention.Kind.KNOWN || !(Events.isPlace(place) || place.isCountryLike())
                    || person == null || !people.containsKey(person) || !people.get(person).kind.equals("person")) {
                continue;
            }
            int v = person.to();
            String three = s.lower(v) + " " + s.lower(v + 1) + " " + s.lower(v + 2);
            String four = three + " " + s.lower(v + 3);
            int after = NOT_TRAVEL.contains(four) ? v + 4 : NOT_TRAVEL.contains(three) ? v + 3 : -1;
            after = after > 0 && Set.of("himself", "herself").contains(s.lower(after)) ? after + 1 : after;
            if (after < 0 || !s.lower(after).equals(",") || s.hasAny(Attendance.REMOTE) || Attendance.hedged(s, lx, k, v)) {
                continue;
            }
            Discourse.Entity who = people.get(person);
            Discourse.Entity event = Attendance.eventForTravel(s, events, place, lx, d, List.of(who));
            if (event == null) {
                continue;
            }
            double confidence = Participants.anyDescribed(List.of(person)) ? 0.8 : 0.85;
            d.add(Draft.of("attendance", s, place.from(), after, confidence, "attendance.not-travelling-where")
                    .with("event", event.id).with("person", who.id).with("status", "absent"));
        }
    }

    /** The person just before ", who" and up to one auxiliary before the verb at {@code v}, or null. */
    private static Mention relativeSubject(Annotated s, Map<Mention, Discourse.Entity> people, int v) {
        int k = v - 1;
        k = SENT_AUX.contains(s.lower(k)) ? k - 1 : k;
        if (!s.lower(k).equals("who") || !s.lower(k - 1).equals(",")) {
            return null;
        }
        Mention m = s.endingBefore(k - 1);
        return m != null && people.containsKey(m) && people.get(m).kind.equals("person") ? m : null;
    }

    private static boolean insteadAfter(Annotated s, int v) {
        for (int k = v + 1; k < s.size(); k++) {
            if (s.lower(k).equals("instead") && !s.lower(k + 1).equals("of")
                    || s.lower(k).equals("in") && Words.POSSESSIVES.contains(s.lower(k + 1)) && s.lower(k + 2).equals("place")) {
                return true;
            }
        }
        return false;
    }
}
