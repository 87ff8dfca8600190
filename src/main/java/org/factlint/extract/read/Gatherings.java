package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meetings told around other words than "X met Y": at or during a larger event ("discussed the
 * strategy during a meeting at the Pentagon", "met on the sidelines of the Defense Ministerial",
 * "at the talks, Rubio and Lammy agreed"), "the three committed", with unnamed counterparts
 * ("met with their Australian counterparts for discussions"), which meeting of two this is ("for
 * the fifth time"), and an arrival whose purpose is the meeting ("was in Brussels to meet
 * President Barroso"). The meeting between named people is {@link Meetings}' concern.
 */
public final class Gatherings {

    private Gatherings() {
    }

    /** Verbs of what people do together at a meeting ("discussed ... during a meeting"). */
    static final Set<String> DURING_VERBS = WordSet.of("discussed", "agreed", "reviewed", "talked", "spoke",
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
        if (subjects.isEmpty()) {
            duringFirst(s, people, events, lx, d);
            return;
        }
        if (!DURING_VERBS.contains(s.lower(verb))) {
            return;
        }
        for (Events.EventMention e : events) {
            String prep = s.lower(e.from() - 1);
            if (e.event() == null || !"talks".equals(e.event().family) || e.from() <= verb
                    || !Set.of("during", "at", "in").contains(prep)
                    || !Set.of("a", "an", "the", "their", "his", "her").contains(s.lower(e.from()))
                    || Attendance.hedged(s, lx, 0, e.from()) || Meetings.clauseBreak(s, verb, e.from()) || otherTime(s, verb, e.from())) {
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

    /** Verbs of speaking at a meeting, beside {@link #DURING_VERBS}, after an opening phrase that names it. */
    private static final Set<String> SAID_AT = WordSet.of("raised", "said", "told", "noted", "pressed", "urged", "outlined",
            "briefed", "presented", "expressed", "thanked", "praised", "called");

    /**
     * "During the talks, Carter raised maritime security", "In talks pitched at deputy level, with neither
     * defense minister taking part, Carter and Parrikar will discuss exercises": the people who open the
     * main clause after an opening phrase naming a meeting (of the talks family, after "during", "in" or
     * "at", with a determiner or none) did something at it, so they attended it (a past verb,
     * {@code attendance.during-event}) or are due at it ("will", {@code attendance.planned-during-event});
     * not when a word of another time stands in the opening phrase or a hedge before the verb.
     */
    private static void duringFirst(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                    Lexicon lx, Discourse d) {
        if (!Set.of("during", "in", "at").contains(s.lower(0))) {
            return;
        }
        for (Events.EventMention e : events) {
            if (e.event() == null || !"talks".equals(e.event().family) || e.from() > 2 || e.from() < 1
                    || e.from() == 2 && !Set.of("a", "an", "the", "their", "his", "her").contains(s.lower(1))) {
                continue;
            }
            for (int k = e.to(); k < Math.min(s.size(), e.to() + 25); k++) {
                if (!s.lower(k).equals(",")) {
                    continue;
                }
                List<Discourse.Entity> subjects = new ArrayList<>();
                List<Mention> used = new ArrayList<>();
                int verb = Participants.after(s, people, k + 1, subjects, used);
                boolean past = DURING_VERBS.contains(s.lower(verb)) || SAID_AT.contains(s.lower(verb));
                boolean coming = s.lower(verb).equals("will") && s.token(verb + 1).word();
                if (subjects.isEmpty() || !(past || coming) || subjects.stream().anyMatch(p -> !p.kind.equals("person"))
                        || Attendance.hedged(s, lx, 0, verb) || otherTime(s, 0, k)) {
                    continue;
                }
                double confidence = Participants.anyDescribed(used) ? 0.75 : 0.8;
                for (Discourse.Entity p : subjects) {
                    d.add(Draft.of("attendance", s, 0, verb, confidence, past ? "attendance.during-event" : "attendance.planned-during-event")
                            .with("event", e.event().id).with("person", p.id).with("status", past ? "attended" : "planned")
                            .with("when", past ? null : "future"));
                }
                return;
            }
            return;
        }
    }

    /** Words that put the event at another time than the verb ("spoke ... ahead of seeing each other at the G7 meeting"). */
    private static final Set<String> OTHER_TIME = WordSet.of("ahead", "before", "after", "following", "will");

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
    private static final Set<String> SIDELINES = WordSet.of("sidelines", "margins", "margin", "fringes", "fringe");

    /**
     * "Carter met with Işik on the sidelines of the counter-ISIL Defense Ministerial": the people who
     * met (read by {@link #read}) attended the event on whose sidelines they met
     * ({@code attendance.on-the-sidelines}). Only an event named right after "of".
     * "Hague met State Councillor Dai for the third annual UK-China Strategic Dialogue": they
     * attended the event they met for ({@code attendance.met-for}), named right after the meeting's
     * words; "met with X at the NATO Defense Ministerial": they attended the event they met at
     * ({@code attendance.met-at}), likewise.
     */
    public static void sidelines(Annotated s, List<Events.EventMention> events, Discourse d) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (s.lower(i).equals("for") && !s.quoted(i)) {
                for (Events.EventMention e : events) {
                    // "for the third annual UK-China Strategic Dialogue": the event word after a few modifiers
                    if (DEFINITE_FOR.contains(s.lower(i + 1)) && talksRightAfter(s, e, i, 7)) {
                        int at = i;
                        attendedToo(s, d, e, i, f -> endsJustBefore(s, f.end(), at), "attendance.met-for");
                    }
                }
            }
            // "Mattis met today with X and Y at the NATO Defense Ministerial in Brussels": the people
            // who met, right before "at", attended the event named right after it
            if (s.lower(i).equals("at") && DEFINITE_FOR.contains(s.lower(i + 1)) && !s.quoted(i)) {
                for (Events.EventMention e : events) {
                    if (talksRightAfter(s, e, i, 6)) {
                        // (the meeting's evidence may run on to the event's place: "at the Ministerial in Brussels")
                        int at = i;
                        attendedToo(s, d, e, i, f -> f.start() < s.startOffset(at) && f.end() > s.startOffset(at)
                                || f.end() <= s.startOffset(at) && f.end() >= s.startOffset(Math.max(0, at - 2))
                                && !s.text().substring(f.end(), s.startOffset(at)).contains(","), "attendance.met-at");
                    }
                }
            }
            if (!SIDELINES.contains(s.lower(i)) || !s.lower(i - 1).equals("the") || !s.lower(i + 1).equals("of") || s.quoted(i)) {
                continue;
            }
            for (Events.EventMention e : events) {
                // "of the counter-ISIL Defense Ministerial": the event word after a few modifiers
                if (e.event() == null || e.from() < i + 2 || e.from() > i + 6 || !"talks".equals(e.event().family)
                        || e.from() > i + 2 && (Meetings.clauseBreak(s, i + 2, e.from()) || s.span(i + 2, e.from()).contains(","))) {
                    continue;
                }
                // ("met X in New Delhi on Thursday, a month after they met on the sidelines of the
                // Munich Security Conference": only a meeting told in the clause of the sidelines;
                // black-box trial 37)
                int cue = i - 1;
                java.util.function.Predicate<Draft> sameClause = f -> f.end() <= s.startOffset(cue)
                        && !CLAUSE_OF_TIME.matcher(s.text().substring(f.end(), s.startOffset(cue))).find();
                attendedToo(s, d, e, i - 1, sameClause, "attendance.on-the-sidelines");
                // "met ... on the sidelines of the counter-ISIL Defense Ministerial in London": the
                // meeting was held where the larger event was
                if (e.place() != null) {
                    java.util.Set<Object> placed = new java.util.HashSet<>();
                    for (Draft f : metHere(s, d, e, sameClause)) {
                        if (placed.add(f.fields().get("event"))) {
                            d.add(new Draft("event-place", java.util.Map.of(), f.source(), f.start(), Math.max(f.end(), s.endOffset(e.to())),
                                    f.sentence(), Math.min(f.confidence(), 0.8), "event-place.on-the-sidelines")
                                    .with("event", f.fields().get("event")).with("place", e.place().id));
                        }
                    }
                }
            }
        }
    }

    /** Words that open a clause of another time between a meeting and "on the sidelines of". */
    private static final java.util.regex.Pattern CLAUSE_OF_TIME = java.util.regex.Pattern.compile(
            "(?i)\\b(after|before|since|when|while|following|ahead)\\b");

    /** A host's verbs in the past, said by the host ("We welcomed Premier Wen ..."). */
    private static final Set<String> WELCOMED = WordSet.of("welcomed", "hosted", "received");

    /**
     * "We welcomed Premier Wen today at the Palais d'Egmont for the 15th Summit": the guests a
     * speaker says "we" or "I" welcomed (hosted, received) for an event attended it ({@code
     * attendance.welcomed-for}, 0.8); the speaker, not named, is left out. Only an event of talks
     * named right after "for", a few words of time and place between the guests and "for", and no
     * hedge in the sentence.
     */
    public static void welcomedFor(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                   Lexicon lx, Discourse d) {
        for (int v = 1; v + 3 < s.size(); v++) {
            if (!WELCOMED.contains(s.lower(v)) || !Set.of("we", "i").contains(s.lower(v - 1)) || s.quoted(v)) {
                continue;
            }
            List<Discourse.Entity> guests = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int end = Participants.after(s, people, v + 1, guests, used);
            int f = end;
            while (f < s.size() && f - end < 8 && !s.lower(f).equals("for") && !Set.of(",", ";", ":").contains(s.lower(f))) {
                f++;
            }
            if (guests.isEmpty() || !s.lower(f).equals("for") || !DEFINITE_FOR.contains(s.lower(f + 1))
                    || Attendance.hedged(s, lx, 0, s.size())) {
                continue;
            }
            for (Events.EventMention e : events) {
                if (talksRightAfter(s, e, f, 7)) {
                    for (Discourse.Entity g : guests) {
                        if (g.kind.equals("person")) {
                            d.add(Draft.of("attendance", s, v - 1, e.to(), 0.8, "attendance.welcomed-for")
                                    .with("event", e.event().id).with("person", g.id).with("status", "attended"));
                        }
                    }
                }
            }
        }
    }

    /**
     * "Minister Ng joined Minister Joly and Minister Sajjan for a working lunch with Minister Mahuta",
     * "Secretary Clinton then joined other NATO Foreign Ministers for a working lunch": who joined, and
     * the people joined, attended the event of talks or meal named right after "for" ({@code
     * attendance.joined-for}, 0.85; "will join": planned). Those joined may be named or not (then up
     * to six words, no comma, before "for"); nothing when denied or hedged.
     */
    public static void joinedFor(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                 Lexicon lx, Discourse d) {
        for (int v = 1; v + 3 < s.size(); v++) {
            String w = s.lower(v);
            // ("will join", "is due to join"; not "was invited to join", "hopes to join")
            boolean planned = w.equals("join") && (s.lower(v - 1).equals("will") || s.lower(v - 1).equals("to")
                    && Set.of("is", "are", "due", "set", "expected", "scheduled").contains(s.lower(v - 2)));
            if (!(w.equals("joined") || planned) || s.quoted(v)) {
                continue;
            }
            int verbFrom = planned ? (s.lower(v - 1).equals("will") ? v - 1 : v - 3) : v;
            // ("Secretary Clinton then joined", "will also join")
            verbFrom -= Meetings.ADVERBS.contains(s.lower(verbFrom - 1)) ? 1 : 0;
            List<Discourse.Entity> who = new ArrayList<>();
            int from = Participants.before(s, people, d, verbFrom, who, false, new ArrayList<>());
            if (who.isEmpty() || !Attendance.opensClause(s, from)) {
                continue;
            }
            List<Discourse.Entity> joined = new ArrayList<>();
            int end = Participants.after(s, people, v + 1, joined, new ArrayList<>());
            int f = end;
            // ("joined Minister Joly and Mr Sajjan, Minister of International Development, for a working
            // lunch": past a post between commas after the last one joined)
            if (!joined.isEmpty() && s.lower(end).equals(",")) {
                int close = end + 1;
                while (close < s.size() && close - end < 25 && !s.lower(close).equals(",") && !s.quoted(close)
                        && !Set.of("who", "which", "said", "says").contains(s.lower(close))) {
                    close++;
                }
                Mention post = s.startingAt(end + 1);
                f = post != null && post.kind() == Mention.Kind.TITLE && s.lower(close).equals(",") && s.lower(close + 1).equals("for")
                        ? close + 1 : f;
            }
            while (joined.isEmpty() && f < s.size() && f - end < 6 && !s.lower(f).equals("for") && s.token(f).word()
                    && (s.at(f) == null || s.at(f).kind() == Mention.Kind.KNOWN || s.at(f).kind() == Mention.Kind.TITLE)) {
                f++;
            }
            if (!s.lower(f).equals("for") || Attendance.hedged(s, lx, 0, s.size())) {
                continue;
            }
            for (Events.EventMention e : events) {
                boolean meal = e.event() != null && "meal".equals(e.event().family) && e.from() > f && e.from() <= f + 4
                        && (e.from() == f + 1 || !s.span(f + 1, e.from()).contains(","));
                if (!talksRightAfter(s, e, f, 4) && !meal) {
                    continue;
                }
                List<Discourse.Entity> all = new ArrayList<>(who);
                all.addAll(joined);
                for (Discourse.Entity p : all) {
                    if (p.kind.equals("person")) {
                        d.add(Draft.of("attendance", s, from, e.to(), 0.85, "attendance.joined-for").with("event", e.event().id)
                                .with("person", p.id).with("status", planned ? "planned" : "attended")
                                .with("when", planned ? "future" : null));
                    }
                }
                break;
            }
        }
    }

    /**
     * Whether {@code e} is an event of talks named at most {@code within} tokens after the
     * preposition at token {@code at}, with no comma or clause break between ("for the third annual
     * UK-China Strategic Dialogue", "at the NATO Defense Ministerial").
     */
    private static boolean talksRightAfter(Annotated s, Events.EventMention e, int at, int within) {
        return e.event() != null && e.from() > at && e.from() <= at + within && "talks".equals(e.event().family)
                && (e.from() == at + 1 || !s.span(at + 1, e.from()).contains(",") && !Meetings.clauseBreak(s, at + 1, e.from()));
    }

    /** Whether character offset {@code end} is the end of one of the four tokens before token {@code at}, with no comma after it. */
    private static boolean endsJustBefore(Annotated s, int end, int at) {
        for (int j = at - 1; j >= Math.max(0, at - 4); j--) {
            if (s.lower(j).equals(",")) {
                return false;
            }
            if (s.endOffset(j + 1) == end) {
                return true; // (endOffset(k) is where token k - 1 ends)
            }
        }
        return false;
    }

    /** Determiners of an event met for that names one already known or its own: "for the dialogue", "for their talks". */
    private static final Set<String> DEFINITE_FOR = WordSet.of("the", "their", "this", "its");

    /**
     * Who the sentence says met (attended, {@code attendance.met-with}) attended event {@code e}
     * too; only meetings whose evidence is {@code near} the event's words ("met State Councillor Dai
     * of China for the ...": ending at most four tokens before "for", with no comma between). The
     * evidence runs from the meeting's words to the event's, from token {@code from} at least.
     */
    private static void attendedToo(Annotated s, Discourse d, Events.EventMention e, int from,
                                    java.util.function.Predicate<Draft> near, String pattern) {
        // ("Campbell also met Foreign Minister Kamikawa on the sidelines of the vice-ministerial
        // talks": who meets someone beside officials' talks need not sit at their table, unsure)
        double most = pattern.equals("attendance.on-the-sidelines") && d.heldBelowMinisterial(e.event()) ? 0.7 : 0.8;
        List<Draft> met = metHere(s, d, e, near);
        // ("Blinken met Cho today. Kim met Austin last week for the annual security talks": talks
        // that are a meeting between others, none of whom met here, are not what these people met
        // for: the mention was linked to the meeting under discussion; black-box trial 22)
        java.util.Set<String> between = e.event().participants;
        if (!pattern.equals("attendance.on-the-sidelines") && !between.isEmpty()
                && met.stream().noneMatch(f -> between.contains(String.valueOf(f.fields().get("person"))))) {
            return;
        }
        for (Draft f : met) {
            String who = f.fields().containsKey("person") ? "person" : "party";
            Draft at = new Draft("attendance", java.util.Map.of(), f.source(), Math.min(f.start(), s.startOffset(from)),
                    Math.max(f.end(), s.endOffset(e.to())), f.sentence(),
                    Math.min(f.confidence(), most), pattern)
                    .with("event", e.event().id).with(who, f.fields().get(who)).with("status", "attended");
            if (pattern.equals("attendance.on-the-sidelines") && who.equals("person")) {
                // ("Foreign Minister Iwaya met Foreign Minister Wadephul on the sidelines of the leaders'
                // summit": ministers who meet beside a summit of leaders need not sit at its table;
                // black-box trial 20)
                Discourse.Entity event = e.event();
                String person = String.valueOf(f.fields().get(who));
                d.afterAll(() -> d.add(belowItsLevel(d, event, person) ? at.atMost(0.7) : at));
            } else {
                d.add(at);
            }
        }
    }

    /** Whether the article gives the person ranks, none of them of the level it says the event is held at. */
    private static boolean belowItsLevel(Discourse d, Discourse.Entity event, String person) {
        List<org.factlint.model.Rank> levels = d.levelsOf(event).stream().filter(org.factlint.model.Level::isSpecific)
                .map(org.factlint.model.Level::rank).toList();
        List<org.factlint.model.Rank> ranks = new ArrayList<>();
        for (Draft f : d.facts()) {
            if (f.type().equals("role") && person.equals(f.fields().get("person"))) {
                org.factlint.engine.helpers.Titles.rankOf(String.valueOf(f.fields().get("title"))).ifPresent(ranks::add);
            }
        }
        return !levels.isEmpty() && !ranks.isEmpty() && levels.stream().allMatch(l -> ranks.stream().noneMatch(r -> r.fits(l)));
    }

    /** The meetings this sentence says were held ({@code attendance.met-with}, attended) near {@code e}, not at it. */
    private static List<Draft> metHere(Annotated s, Discourse d, Events.EventMention e, java.util.function.Predicate<Draft> near) {
        List<Draft> met = new ArrayList<>();
        for (Draft f : d.facts()) {
            if (f.pattern().equals("attendance.met-with") && f.source() == s.source() && f.sentence() == s.sentence().number()
                    && "attended".equals(f.fields().get("status")) && !e.event().id.equals(f.fields().get("event"))
                    && near.test(f)) {
                met.add(f);
            }
        }
        return met;
    }

    /**
     * "Meeting at vice-ministerial level, Iwaya and Shanahan committed to ...": an opening
     * "Meeting ...," tells of the one meeting the people after it are known to have held; the
     * event its word made is that meeting (what it says of it, a level or a place, goes with it).
     * With no such meeting, or several, nothing changes.
     */
    public static void meetingFirst(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                    Lexicon lx, Discourse d) {
        if (!s.lower(0).equals("meeting") || s.quoted(0)) {
            return;
        }
        if (s.lower(1).equals("with")) {
            meetingWithFirst(s, people, events, lx, d);
            return;
        }
        int comma = 1;
        while (comma < s.size() && comma < 12 && !s.lower(comma).equals(",")) {
            comma++;
        }
        if (comma >= s.size() || !s.lower(comma).equals(",")) {
            return;
        }
        List<Discourse.Entity> subjects = new ArrayList<>();
        Participants.after(s, people, comma + 1, subjects, null);
        Discourse.Entity held = subjects.size() < 2 ? null : d.meetingWith(subjects);
        // "Meeting at vice-ministerial level, the three delegations condemned ...", "..., they agreed":
        // the people of the meeting under discussion
        Discourse.Entity before = d.salientBeforeSentence();
        if (held == null && subjects.isEmpty() && theParties(s, comma + 1) && before != null && "talks".equals(before.family)) {
            held = before;
        }
        for (Events.EventMention e : events) {
            if (held != null && e.word().from() == 0) {
                d.sameEvent(e.event(), held);
            }
        }
    }

    /** Past forms a subject goes on with, besides those ending in "-ed". */
    private static final Set<String> PAST_VERBS = WordSet.of("met", "held", "said", "told", "spoke", "took", "gave", "made",
            "set", "went", "laid", "put", "began");

    /**
     * "Meeting with Egypt's Minister of Foreign Affairs, H.E. Sameh Shoukry, Lord Ahmad discussed
     * ...": the one person after the comma met the people after "with" ({@code
     * attendance.meeting-with-first}, 0.85); the opening's event word is that meeting. Only with a
     * past verb right after the subject, and no hedge in the sentence.
     */
    private static void meetingWithFirst(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                         Lexicon lx, Discourse d) {
        List<Discourse.Entity> with = new ArrayList<>();
        int end = Participants.after(s, people, 2, with, null);
        List<Discourse.Entity> who = new ArrayList<>();
        int subjectEnd = s.lower(end).equals(",") ? Participants.after(s, people, end + 1, who, null) : -1;
        String verb = subjectEnd > 0 ? s.lower(subjectEnd) : "";
        if (with.isEmpty() || who.size() != 1 || with.contains(who.get(0)) || !(PAST_VERBS.contains(verb) || verb.endsWith("ed"))
                || Attendance.hedged(s, lx, 0, s.size())) {
            return;
        }
        List<Discourse.Entity> all = new ArrayList<>(who);
        all.addAll(with);
        Discourse.Entity event = d.meeting(all, false, null, "meeting between " + Meetings.names(all));
        for (Events.EventMention e : events) {
            if (e.word().from() == 0) {
                d.sameEvent(e.event(), event);
            }
        }
        for (Discourse.Entity p : all) {
            d.add(Draft.of("attendance", s, 0, subjectEnd, 0.85, "attendance.meeting-with-first").with("event", event.id)
                    .with(p.kind.equals("person") ? "person" : "party", p.id).with("status", "attended"));
        }
    }

    /**
     * Words for the parties of the meeting under discussion: "they", "the three delegations", "both
     * sides", "U.S. and Lao officials" (two countries' people).
     */
    static boolean theParties(Annotated s, int at) {
        if (s.lower(at).equals("they")) {
            return true;
        }
        Mention one = s.startingAfterThe(at);
        Mention two = one != null && one.isCountryLike() && s.lower(one.to()).equals("and") ? s.startingAt(one.to() + 1) : null;
        if (two != null && two.isCountryLike() && (PARTIES.contains(s.lower(two.to())) || s.lower(two.to()).equals("officials"))) {
            return true;
        }
        int k = s.lower(at).equals("the") ? at + 1 : at;
        if (Words.numberWord(s.lower(k)) > 1 || s.lower(k).equals("both")) {
            k++;
        }
        return k > at && PARTIES.contains(s.lower(k));
    }

    private static final Set<String> PARTIES = WordSet.of("delegations", "sides", "leaders", "ministers", "counterparts",
            "teams", "men", "women", "parties", "secretaries", "presidents");

    /**
     * "At the conference, Secretary Williamson held a number of bilateral meetings": a sentence
     * that opens with the event and goes on with people doing something there in the past
     * ({@code attendance.at-event-then-people}): they attended it.
     */
    public static void atEvent(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                               Lexicon lx, Discourse d) {
        if (!Set.of("at", "during", "in").contains(s.lower(0)) || s.quoted(0)) {
            return;
        }
        for (Events.EventMention e : events) {
            if (e.event() == null || e.from() != 1 || !s.lower(e.to()).equals(",") || !"talks".equals(e.event().family)) {
                continue;
            }
            // "During their meeting, which White described as a staff-level session, Mattis and ...": past the clause
            int start = e.to() + 1;
            if (s.lower(start).equals("which")) {
                int comma = start;
                while (comma < s.size() && comma - start < 15 && !s.lower(comma).equals(",")) {
                    comma++;
                }
                start = s.lower(comma).equals(",") ? comma + 1 : s.size();
            }
            List<Discourse.Entity> subjects = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int verb = Participants.pastOthers(s, Participants.after(s, people, start, subjects, used));
            String v = s.lower(verb);
            // "In an extended meeting at the White House, the Prime Minister and the President will discuss": due at it
            boolean coming = v.equals("will") && TO_DO_THERE.contains(s.lower(verb + 1));
            if (subjects.isEmpty() || !(coming || DURING_VERBS.contains(v) || Set.of("held", "met", "hosted", "gave", "delivered",
                    "signed", "spoke", "announced", "joined").contains(v)) || Attendance.hedged(s, lx, 0, verb)) {
                return;
            }
            double confidence = Participants.anyDescribed(used) ? 0.75 : 0.8;
            for (Discourse.Entity p : subjects) {
                d.add(Draft.of("attendance", s, 0, verb + (coming ? 2 : 1), confidence, "attendance.at-event-then-people")
                        .with("event", e.event().id).with(p.kind.equals("person") ? "person" : "party", p.id)
                        .with("status", coming ? "planned" : "attended").with("when", coming ? "future" : null));
            }
            return;
        }
    }

    /** What people will do together at a meeting to come ("will discuss"). */
    private static final Set<String> TO_DO_THERE = WordSet.of("discuss", "agree", "review", "talk", "exchange", "reaffirm",
            "sign", "focus", "address", "meet", "hold");

    /** What "the three" may go on with when it stands for the people of a meeting. */
    private static final Set<String> TOGETHER = WordSet.of("agreed", "committed", "pledged", "vowed", "discussed", "reaffirmed",
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
            // "the three energy ministers discussed": a portfolio word before the noun
            int noun = Annotator.TITLE_MODIFIERS.contains(s.lower(i + 2)) && Meetings.PAIRS.contains(s.lower(i + 3)) ? i + 3 : i + 2;
            if (!s.lower(i).equals("the") || n < 2 || i > 0 && !s.lower(i - 1).equals(",") || s.quoted(i)
                    || !(noun == i + 2 && TOGETHER.contains(s.lower(i + 2))
                    || Meetings.PAIRS.contains(s.lower(noun)) && TOGETHER.contains(s.lower(noun + 1)))) {
                continue;
            }
            Discourse.Entity meeting = d.salientEvent();
            if (meeting == null || d.otherGatheringOf(meeting, n)) {
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
            int to = Meetings.PAIRS.contains(s.lower(noun)) ? noun + 1 : i + 2;
            Draft met = new Draft("quantity", Map.of(), named.source(), named.start(), named.end(), named.sentence(), 0.8,
                    "quantity.the-n-of-a-meeting").with("subject", meeting.id).with("property", "participants")
                    .with("value", people.size()).with("kind", "count");
            Draft theN = Draft.of("quantity", s, i, to, 0.8, "quantity.the-n-of-a-meeting").with("subject", meeting.id)
                    .with("property", "participants").with("value", n).with("kind", "count");
            // ("The two defence ministers joined the meeting", "accompanied by their defence ministers",
            // "with Shin also attending": people the article adds, who "the four" may count; black-box trial 38)
            d.atEnd(() -> {
                if (!d.saidOthersJoined()) {
                    d.add(met);
                    d.add(theN);
                }
            });
            return;
        }
    }

    /** Words that add people to a meeting told of ("joined the meeting", "accompanied by", "alongside"). */
    private static final Set<String> JOINING = WordSet.of("joined", "joins", "join", "joining", "accompanied", "accompanying",
            "alongside");
    /** Words after "also" that add people to a meeting ("with Shin also attending", "were also present"). */
    private static final Set<String> ALSO_THERE = WordSet.of("attending", "attended", "present", "took", "participated",
            "participating", "joined", "in");

    /** Whether the sentence adds people to a meeting: "joined", "accompanied by", "alongside", "also attending". */
    public static boolean othersJoin(Annotated s) {
        if (s.hasAny(JOINING)) {
            return true;
        }
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.lower(k).equals("also") && ALSO_THERE.contains(s.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "met with", "meets with": the verbs {@link #withCounterparts} looks for, at every word. */
    private static final Set<String> MEETS = WordSet.of("met", "meets");

    /** "is due to", "will", "is expected to": the first word of the verb group before "meet". */
    /**
     * "Kerry and Hagel met with their Australian counterparts here today for discussions": the
     * people named met the counterparts unnamed, at the one event the sentence names after them
     * ({@code attendance.met-counterparts}); with no event named, or several, nothing is read.
     */
    public static void withCounterparts(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                        Lexicon lx, Discourse d) {
        for (int i = 1; i + 3 < s.size(); i++) {
            if (!MEETS.contains(s.lower(i)) || !s.lower(i + 1).equals("with") || s.quoted(i)) {
                continue;
            }
            int k = groupOfPeers(s, i + 2);
            if (k < 0) {
                continue;
            }
            List<Discourse.Entity> subjects = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int verbFrom = Meetings.ADVERBS.contains(s.lower(i - 1)) ? i - 1 : i;
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
            // "met with the EU Foreign Ministers at an informal session ... the negotiations": the one right after "at"
            for (Events.EventMention e : events) {
                if (s.lower(k + 1).equals("at") && e.from() == k + 2) {
                    after = e;
                }
            }
            if (subjects.isEmpty() || after == null || after.event() == null || Attendance.hedged(s, lx, Math.max(0, from - 4), verbFrom)) {
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
     * "their Australian counterparts", "the EU Foreign Ministers" from token {@code at}: people
     * met as a group, unnamed; the index of the group's noun, or -1.
     */
    private static int groupOfPeers(Annotated s, int at) {
        boolean own = Words.POSSESSIVES.contains(s.lower(at));
        Mention the = own ? null : s.startingAt(at);
        // ("the EU" is one mention with its article)
        int k = own ? at + 1 : the != null && the.isCountryLike() && s.lower(at).equals("the") ? the.to()
                : s.lower(at).equals("the") && s.startingAt(at + 1) != null && s.startingAt(at + 1).isCountryLike()
                ? s.startingAt(at + 1).to() : -1;
        if (k < 0) {
            return -1;
        }
        Mention adjective = s.startingAt(k);
        if (own && adjective != null && adjective.kind() == Mention.Kind.KNOWN) {
            k = adjective.to();
        }
        if (own) {
            return Set.of("counterparts", "counterpart").contains(s.lower(k)) ? k : -1;
        }
        // "the EU Foreign Ministers", "the ASEAN leaders": a body's ministers of a portfolio
        for (int n = 0; n < 2 && s.at(k) == null && Annotator.TITLE_MODIFIERS.contains(s.lower(k)); n++) {
            k++;
        }
        return Set.of("ministers", "leaders", "counterparts").contains(s.lower(k)) && s.at(k) == null ? k : -1;
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
            // ("for the first time since 2019", "in six years", "as Secretary of State": counted from another start)
            if (Events.overSpanAt(s, o.to() + 1)) {
                continue;
            }
            Discourse.Entity meeting = d.salientEvent();
            List<Discourse.Entity> two = meeting == null ? List.of() : d.participantsOf(meeting);
            if (two.size() != 2 || !"talks".equals(meeting.family)) {
                continue;
            }
            String series = Discourse.series(two);
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
    private static final Set<String> CAME = WordSet.of("was", "were", "travelled", "traveled", "arrived", "flew", "went", "came",
            "headed", "returned");
    /** Words before "to meet" that make the meeting a wish, not a fact. */
    private static final Set<String> WISHED = WordSet.of("hoped", "hoping", "hopes", "sought", "seeking", "seeks", "tried", "trying",
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
                if (WISHED.contains(s.lower(k)) || Meetings.FUTURE_CUES.contains(s.lower(k)) && k != i - 1) {
                    break;
                }
                if (CAME.contains(s.lower(k))) {
                    came = k;
                    break;
                }
            }
            if (came < 0 || Meetings.FUTURE_CUES.contains(s.lower(came - 1)) || WISHED.contains(s.lower(came - 1))) {
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
                but |= CONTRASTS.contains(s.lower(k));
            }
            if (objects.isEmpty() || but || objects.stream().anyMatch(subjects::contains)) {
                continue;
            }
            Discourse.Entity event = metAsSaid(s, d, subjects, objects, Meetings.saysAgain(s, i), from, to, "attendance.came-to-meet");
            if (day != null) {
                d.add(EventDates.dateFields(Draft.of("event-date", s, from, to, 0.8, "event-date.came-to-meet")
                        .with("event", event.id), s, day));
            }
        }
    }

    /** Words of a contrast, after which a meeting told of may not have happened ("came to meet X, but ..."). */
    private static final Set<String> CONTRASTS = WordSet.of("but", "however", "although", "though");

    /** The meeting of these people, each attending it (0.8: read from a purpose or a rank, not "met"). */
    private static Discourse.Entity metAsSaid(Annotated s, Discourse d, List<Discourse.Entity> subjects, List<Discourse.Entity> objects,
                                              boolean again, int from, int to, String pattern) {
        List<Discourse.Entity> all = new ArrayList<>(subjects);
        all.addAll(objects);
        Discourse.Entity event = d.meeting(all, again, null, "meeting between " + Meetings.names(all));
        for (Discourse.Entity p : all) {
            d.add(Draft.of("attendance", s, from, to, 0.8, pattern).with("event", event.id)
                    .with(p.kind.equals("person") ? "person" : "party", p.id).with("status", "attended"));
        }
        return event;
    }

    /** "the first foreign leader to meet", "the only minister to visit": the words of rank. */
    private static final Set<String> FIRSTS = WordSet.of("first", "second", "third", "only", "latest");

    /** "to meet", "to visit": the verbs {@link #firstToMeet} looks for, at every word. */
    private static final Set<String> TO_MEET = WordSet.of("meet", "visit");

    /**
     * "Japanese Prime Minister Taro Aso has become the first foreign leader to visit U.S. President
     * Barack Obama", "Aso is the first leader to meet with President Obama": being the first (the
     * second, the only) to meet a named person states the meeting, both attending ({@code
     * attendance.first-to-meet}, 0.8). Only after "is", "was", "became" or "has become" (not "will
     * be", "could become"), with no hedge before it and no "but" after it; "to visit" a place is a
     * visit, not this.
     */
    public static void firstToMeet(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (int i = 4; i < s.size(); i++) {
            if (!TO_MEET.contains(s.lower(i)) || !s.lower(i - 1).equals("to") || s.quoted(i)) {
                continue;
            }
            // "the first [foreign leader] to": the rank word, at most three plain words before "to"
            int rank = -1;
            for (int k = i - 2; k >= Math.max(1, i - 5); k--) {
                if (FIRSTS.contains(s.lower(k)) && s.lower(k - 1).equals("the")) {
                    rank = k;
                    break;
                }
                if (s.lower(k).equals(",") || s.at(k) != null && s.at(k).kind() == Mention.Kind.PERSON) {
                    break;
                }
            }
            int copula = rank - 2;
            if (rank < 0 || !Set.of("is", "was", "became", "become").contains(s.lower(copula))
                    || s.lower(copula).equals("become") && !Set.of("has", "had", "have").contains(s.lower(--copula))) {
                continue;
            }
            List<Discourse.Entity> subjects = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int from = Participants.before(s, people, d, copula, subjects, false, used);
            if (subjects.isEmpty() || Attendance.hedged(s, lx, Math.max(0, from - 4), i)) {
                continue;
            }
            List<Discourse.Entity> objects = new ArrayList<>();
            int to = Participants.after(s, people, s.lower(i).equals("meet") && s.lower(i + 1).equals("with") ? i + 2 : i + 1,
                    objects, used);
            if (objects.isEmpty() || objects.stream().anyMatch(o -> subjects.contains(o) || !o.kind.equals("person"))
                    || s.hasAny(CONTRASTS)) {
                continue;
            }
            metAsSaid(s, d, subjects, objects, false, from, to, "attendance.first-to-meet");
        }
    }
}
