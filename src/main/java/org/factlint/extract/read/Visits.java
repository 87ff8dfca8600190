package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Visits, as itineraries write them: "Secretary Clinton will travel to Berlin on April 13",
 * "the Foreign Secretary travelled to Rome", "He is visiting Kyiv", "Mattis visited Jordan". A
 * visit is an event of its own, known by who visits where (the same person visiting the same
 * place twice in one article is one visit), with the visitor's attendance (planned for "will",
 * "is to", "is due to"; attended otherwise), its place and its date
 * ({@code attendance.visit}, {@code event-place.visit}, {@code event-date.visit}).
 */
public final class Visits {

    private static final Set<String> VERBS = WordSet.of("visit", "visits", "visited", "visiting", "travel", "travels",
            "travelled", "traveled", "travelling", "traveling");
    private static final Set<String> PRESENT = WordSet.of("visit", "visits", "travel", "travels");

    private Visits() {
    }


    public static void read(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                            Lexicon lx, Discourse d) {
        for (int i = 1; i < s.size(); i++) {
            String w = s.lower(i);
            if (!VERBS.contains(w) || s.at(i) != null || s.quoted(i)) {
                continue;
            }
            int k = i + 1;
            // "will travel April 10-14 to New Orleans, Louisiana; Santo Domingo, ...": the trip's span first
            Mention spanFirst = w.startsWith("trav") && s.until(s.startingAt(k)) != null ? s.startingAt(k) : null;
            k = spanFirst != null ? spanFirst.to() : k;
            if (w.startsWith("trav")) {
                // "travelled on to Brussels"
                k += s.lower(k).equals("on") && s.lower(k + 1).equals("to") ? 1 : 0;
                if (!s.lower(k).equals("to")) {
                    continue;
                }
                k++;
            }
            Mention place = s.startingAt(k);
            // ("will visit U.S. troops in Colombia", "visited the British embassy": whom or what, not where)
            if (!Events.isDestination(place) || VISITED_PEOPLE.contains(s.lower(place.to()))) {
                continue;
            }
            // where the journey's words end: the place, its country ("Berlin, Germany": the country
            // after the city belongs to it), a day after them; and the event it is for, named there
            int placeEnd = placeEnd(s, place);
            Mention dayAfter = dateAfter(s, placeEnd);
            int journeyEnd = dayAfter != null ? dayAfter.to() : placeEnd;
            Events.EventMention ahead = purpose(s, events, journeyEnd);
            int verbFrom = i;
            // ("Secretary Janet Napolitano today traveled to Winnipeg": the day before the verb)
            Mention dayBeforeVerb = s.at(verbFrom - 1) != null && s.at(verbFrom - 1).kind() == Mention.Kind.RELATIVE_DATE
                    && s.at(verbFrom - 1).from() == verbFrom - 1 && s.at(verbFrom - 1).to() == verbFrom ? s.at(verbFrom - 1) : null;
            if (dayBeforeVerb != null) {
                verbFrom--;
            }
            while (verbFrom > 0 && Set.of("will", "to", "due", "set", "expected", "scheduled", "is", "are", "was", "were",
                    "shall", "also", "then", "later").contains(s.lower(verbFrom - 1))) {
                verbFrom--;
            }
            // "will then travel to", "is to visit": planned; "visited", "is visiting": attended; a
            // present with nothing before it ("travels to Cairo on Sunday") may be news of a plan,
            // except in a headline, whose present is the news ("Defence Secretary visits Washington")
            boolean planned = Meetings.futureBetween(s, verbFrom, i);
            // ("After Germany, President Bush travels to Russia for bilateral meeting with President
            // Putin": a present that names the meeting the journey is for, and whom with, is the plan)
            boolean presentPlan = !planned && PRESENT.contains(w) && s.source() != org.factlint.model.Source.HEADLINE;
            if (presentPlan && !(ahead != null && ahead.event() != null && s.lower(ahead.to()).equals("with"))) {
                continue;
            }
            planned |= presentPlan;
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            Participants.Subject subject = Participants.beforeOrPronoun(s, people, d, verbFrom, who, false, used);
            int from = subject.from();
            double confidence = subject.byPronoun() ? 0.7 : Participants.anyDescribed(used) || presentPlan ? 0.8 : 0.85;
            // ("accepted an invitation from Foreign Minister Lavrov to visit Moscow": the guest visits, not who invited)
            boolean inviter = from >= 2 && (s.lower(from - 1).equals("from") || s.lower(from - 1).equals("by"))
                    && Set.of("invitation", "invited", "invite").contains(s.lower(from - 2));
            if (who.size() != 1 || inviter || Attendance.hedged(s, lx, Math.max(0, from - 4), verbFrom)) {
                continue;
            }
            Discourse.Entity where = Events.placeWritten(s, place, lx, d);
            int to = placeEnd;
            // "will travel to South Africa, Côte d'Ivoire, and the Democratic Republic of the Congo": a
            // visit to each (the trip's one date is no single visit's, but each falls within its span:
            // "to Cairo, Riyadh, and Rabat from November 2 to November 12")
            List<Mention> more = morePlaces(s, to);
            Mention tripSpan = more.isEmpty() ? null : spanFirst != null ? spanFirst : dateAfter(s, placeEnd(s, more.get(more.size() - 1)));
            tripSpan = tripSpan != null && s.until(tripSpan) != null ? tripSpan : null;
            Discourse.Entity visitor = who.get(0);
            for (Mention other : more) {
                Discourse.Entity there = Events.placeWritten(s, other, lx, d);
                Discourse.Entity stop = visit(s, d, visitor, there, from, other.to(), confidence, planned);
                if (tripSpan != null) {
                    d.add(EventDates.dateFields(Draft.of("event-date", s, from, tripSpan.to(), confidence, "event-date.visit")
                            .with("event", stop.id), s, tripSpan));
                }
            }
            Mention date = dayAfter != null ? dayAfter : spanFirst != null ? spanFirst : dayBeforeVerb;
            if (dayAfter != null) {
                to = journeyEnd;
            } else if (spanFirst == null && dayBeforeVerb == null) {
                date = Events.leadingDate(s, from);
            }
            // "On Dec 2, after wrapping up his visit to Athens, Secretary will then travel to Pristina"
            Mention opening = s.startingAt(0);
            if (date == null && opening != null && Events.isDate(opening) && s.lower(opening.to()).equals(",")
                    && s.lower(opening.to() + 1).equals("after")) {
                date = opening;
            }
            if (!more.isEmpty()) {
                date = tripSpan;
                to = tripSpan != null ? tripSpan.to() : to;
            }
            Discourse.Entity visit = visit(s, d, visitor, where, from, to, confidence, planned);
            if (date != null) {
                d.add(EventDates.dateFields(Draft.of("event-date", s, Math.min(from, date.from()), to, confidence, "event-date.visit")
                        .with("event", visit.id), s, date));
            }
            if (more.isEmpty()) {
                itinerary(s, lx, d, visitor, visit, from, to, confidence, planned);
            }
            Events.EventMention purpose = more.isEmpty() ? ahead : null;
            // (an event the article places elsewhere is not what this journey is for)
            // (nor a meeting between others: "for bilateral meeting with Putin" after a meeting the
            // article gave Putin and someone else is not that one)
            if (purpose != null && purpose.event() != null && !"visit".equals(purpose.event().family)
                    && (purpose.event().place == null || purpose.event().place.equals(where.id))
                    && (purpose.event().participants.isEmpty() || purpose.event().participants.contains(visitor.id))) {
                d.add(Draft.of("attendance", s, from, purpose.to(), confidence, "attendance.visit-purpose")
                        .with("event", purpose.event().id).with("person", visitor.id)
                        .with("status", planned ? "planned" : "attended"));
                // "for a working dinner with Chancellor Merkel": those it is with are at it too
                List<Discourse.Entity> with = new ArrayList<>();
                List<Mention> withUsed = new ArrayList<>();
                int withEnd = s.lower(purpose.to()).equals("with") ? Participants.after(s, people, purpose.to() + 1, with, withUsed) : -1;
                for (Discourse.Entity host : with) {
                    if (host.kind.equals("person") && host != visitor) {
                        d.add(Draft.of("attendance", s, from, withEnd, Participants.anyDescribed(withUsed) ? Math.min(confidence, 0.8) : confidence,
                                "attendance.visit-purpose").with("event", purpose.event().id).with("person", host.id)
                                .with("status", planned ? "planned" : "attended"));
                    }
                }
            }
        }
    }

    /**
     * Run before the attendance readers: a journey to a city for an event the article places
     * nowhere ("will travel to Berlin today for a working dinner with Chancellor Merkel") places the
     * event in that city, so that "Merkel, who will be away from Berlin all week" is read as her
     * absence from it. Gives no fact of its own.
     */
    public static void placePurposes(Annotated s, List<Events.EventMention> events, Discourse d) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (!VERBS.contains(s.lower(i)) || s.at(i) != null || s.quoted(i)) {
                continue;
            }
            int k = s.lower(i).startsWith("trav") ? i + 1 : i;
            k += k > i && s.lower(k).equals("on") && s.lower(k + 1).equals("to") ? 1 : 0;
            Mention place = s.lower(k).equals("to") || k == i ? s.startingAt(k + 1) : null;
            if (place == null || !Events.isDestination(place) || !Events.isPlace(place)) {
                continue;
            }
            int to = placeEnd(s, place);
            if (!morePlaces(s, to).isEmpty()) {
                continue;
            }
            Mention date = dateAfter(s, to);
            Events.EventMention purpose = purpose(s, events, date != null ? date.to() : to);
            if (purpose != null && purpose.event() != null && purpose.event().place == null
                    && !"visit".equals(purpose.event().family)) {
                purpose.event().place = Events.placeEntity(place, d).id;
            }
        }
    }

    /** Nouns after a country's name that make it whom or what is visited ("U.S. troops"), not where. */
    private static final Set<String> VISITED_PEOPLE = WordSet.of("troops", "forces", "personnel", "service", "servicemembers",
            "soldiers", "sailors", "marines", "airmen", "embassy", "consulate", "base", "bases", "officials", "diplomats",
            "staff", "workers", "companies", "firms", "students", "families", "veterans", "pavilion");

    /** What after "to" names the visitor's part in an event: "to attend", "to take part in". */
    private static final List<List<String>> TO_TAKE_PART = List.of(List.of("attend"), List.of("join"),
            List.of("take", "part", "in"), List.of("participate", "in"), List.of("lead"), List.of("co-chair"),
            List.of("chair"), List.of("host"), List.of("open"), List.of("address"));

    /**
     * The event a journey is made for, named right after the place (and date) at token {@code at}:
     * "will travel to Brussels on December 1 to take part in the NATO Foreign Ministerial", "will
     * travel to Washington today for two days of talks with ...", "visited Tokyo for the G7
     * summit"; null if none.
     */
    private static Events.EventMention purpose(Annotated s, List<Events.EventMention> events, int at) {
        int k = at;
        // "to Washington DC today (Sunday, 6 May) for ...": the city's letters, then a date
        k += Set.of("dc", "d.c.", "d.c").contains(s.lower(k)) ? 1 : 0;
        k = s.startingAt(k) != null && Events.isDate(s.startingAt(k)) ? s.startingAt(k).to() : k;
        // "traveled to Jeddah, Saudi Arabia, for a working-level session"
        k += s.lower(k).equals(",") && Set.of("for", "to").contains(s.lower(k + 1)) ? 1 : 0;
        if (s.lower(k).equals("to")) {
            int part = k + 1;
            k = -1;
            for (List<String> words : TO_TAKE_PART) {
                boolean all = true;
                for (int w = 0; w < words.size(); w++) {
                    all &= s.lower(part + w).equals(words.get(w));
                }
                if (all) {
                    k = part + words.size();
                    break;
                }
            }
        } else if (s.lower(k).equals("for")) {
            k++;
            // "for two days of talks"
            if ((Words.numberWord(s.lower(k)) > 0 || s.lower(k).matches("\\d+")) && Set.of("days", "day").contains(s.lower(k + 1))
                    && s.lower(k + 2).equals("of")) {
                k += 3;
            }
        } else {
            return null;
        }
        if (k < 0) {
            return null;
        }
        for (Events.EventMention e : events) {
            if (e.from() == k || e.word().from() == k || Attendance.namedBetween(s, k, e.word().from())) {
                // ("for the summit's opening session": a part of it)
                return Set.of("'s", "’s", "'", "’").contains(s.lower(e.to())) ? null : e;
            }
        }
        return null;
    }

    /** Gerunds before "his visit to P" that end it: "after wrapping up his visit to Athens". */
    private static final Set<String> ENDING = WordSet.of("wrapping", "concluding", "completing", "ending", "finishing");

    /**
     * The order of a journey's visits, as itineraries tell it ({@code sequence.itinerary}): "On Dec
     * 2, after wrapping up his visit to Athens, Secretary will then travel to Pristina" (Athens
     * before Pristina), "will travel to Athens, Greece and then to Chengdu, China" (Athens, then a
     * visit to Chengdu). The visit read from tokens from..to is {@code visit}.
     */
    private static void itinerary(Annotated s, Lexicon lx, Discourse d, Discourse.Entity visitor, Discourse.Entity visit,
                                  int from, int to, double confidence, boolean planned) {
        // "after [wrapping up] his visit to Athens," before the visitor
        for (int k = 0; k + 4 < from; k++) {
            if (!s.lower(k).equals("after")) {
                continue;
            }
            int j = k + 1;
            if (ENDING.contains(s.lower(j)) && s.lower(j + 1).equals("up")) {
                j += 2;
            } else if (ENDING.contains(s.lower(j))) {
                j++;
            }
            Mention earlier = Set.of("his", "her").contains(s.lower(j)) && Set.of("visit", "trip", "stop").contains(s.lower(j + 1))
                    && s.lower(j + 2).equals("to") ? s.startingAt(j + 3) : null;
            if (Events.isDestination(earlier) && s.lower(earlier.to()).equals(",")) {
                Discourse.Entity before = d.visit(visitor, Events.destination(earlier, d));
                if (before != visit) {
                    d.add(Draft.of("sequence", s, k, to, confidence, "sequence.itinerary")
                            .with("before", before.id).with("after", visit.id));
                }
            }
        }
        // "... to Athens, Greece and then [on] to Chengdu, China"
        int k = to;
        if (s.lower(k).equals("and") && s.lower(k + 1).equals("then")) {
            k += 2;
            k += s.lower(k).equals("on") ? 1 : 0;
            Mention next = s.lower(k).equals("to") ? s.startingAt(k + 1) : null;
            if (Events.isDestination(next)) {
                Discourse.Entity there = Events.placeWritten(s, next, lx, d);
                int end = placeEnd(s, next);
                Discourse.Entity after = visit(s, d, visitor, there, from, end, confidence, planned);
                if (after != visit) {
                    d.add(Draft.of("sequence", s, from, end, confidence, "sequence.itinerary")
                            .with("before", visit.id).with("after", after.id));
                }
            }
        }
    }

    /**
     * An itinerary's stop, dated: "In Riyadh on November 14, Secretary Kerry will meet ...", "While
     * in Berlin April 4-5, Vilsack will meet ...", "The High Representative will be in Serbia on
     * 2-3 February" date the visitor's visit to that place, when the article has told of it
     * ({@code event-date.itinerary-stop}): the visit takes place on that day (or within those days).
     */
    public static void stops(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        int k = s.lower(0).equals("while") ? 1 : 0;
        // "On July 19-21 in Athens, Secretary Lew will ...": the date first
        Mention first = k == 0 ? s.startingAt(0) : null;
        boolean dateFirst = first != null && first.kind() == Mention.Kind.DATE && s.lower(first.to()).equals("in");
        k = dateFirst ? first.to() : k;
        if (s.lower(k).equals("in") && s.quotes().isEmpty()) {
            Mention place = s.startingAt(k + 1) == null && s.lower(k + 1).equals("the") ? s.startingAt(k + 2) : s.startingAt(k + 1);
            if (!Events.isDestination(place)) {
                return;
            }
            int j = placeEnd(s, place);
            Mention date = first;
            if (!dateFirst) {
                j += s.lower(j).equals(",") ? 1 : 0;
                date = s.startingAt(j);
                j = date != null ? date.to() : j;
            }
            // ("In Cote d'Ivoire on 9 April the Minister laid a wreath": the subject right after the day)
            boolean comma = s.lower(j).equals(",");
            if (date == null || date.kind() != Mention.Kind.DATE && date.kind() != Mention.Kind.WEEKDAY
                    || !comma && !(s.lower(j).equals("the") || s.at(j) != null && s.at(j).kind() == Mention.Kind.TITLE)) {
                return;
            }
            int subject = comma ? j + 1 : j;
            int verb = subject;
            while (verb < s.size() && verb < subject + 8 && (s.at(verb) != null || !Character.isLowerCase(s.token(verb).text().charAt(0))
                    || s.lower(verb).equals("the"))) {
                verb++;
            }
            List<Discourse.Entity> who = new ArrayList<>();
            int from = Participants.before(s, people, d, verb, who, false, new ArrayList<>());
            if (who.size() == 1 && from <= subject + 1 && from >= subject) {
                dateStop(s, d, who.get(0), place, date, 0, verb);
            }
            return;
        }
        // "X will be in Serbia on 2-3 February"
        for (int i = 1; i + 3 < s.size(); i++) {
            Mention place = s.startingAt(i + 2);
            if (!s.lower(i).equals("be") || !s.lower(i + 1).equals("in") || !Events.isDestination(place)
                    || !Set.of("will", "to").contains(s.lower(i - 1)) || s.quoted(i)) {
                continue;
            }
            Mention date = dateAfter(s, placeEnd(s, place));
            int verbFrom = i - 1;
            List<Discourse.Entity> who = new ArrayList<>();
            int from = Participants.before(s, people, d, verbFrom, who, false, new ArrayList<>());
            if (date != null && date.kind() == Mention.Kind.DATE && who.size() == 1) {
                dateStop(s, d, who.get(0), place, date, from, date.to());
            }
        }
    }

    private static void dateStop(Annotated s, Discourse d, Discourse.Entity visitor, Mention place, Mention date, int from, int to) {
        Discourse.Entity visit = d.visitOf(visitor, Events.destination(place, d));
        // ("In Tegucigalpa on March 8" of a visit to Honduras: the capital's country)
        if (visit == null && place.known().kind().equals("country")) {
            visit = d.visitOf(visitor, d.known(place.known()));
        }
        // ("In the Dominican Republic on April 16" of a visit to Santo Domingo: a place in that country)
        if (visit == null && place.known().kind().equals("country") && place.known().how() == Lexicon.How.NAME) {
            visit = d.visitWithin(visitor, place.known().id());
        }
        if (visit != null) {
            d.add(EventDates.dateFields(Draft.of("event-date", s, from, to, 0.8, "event-date.itinerary-stop")
                    .with("event", visit.id), s, date));
        }
    }

    /** Words that tell of a changed schedule: "the trip was extended", "postponed by two days", "cut short". */
    private static final List<String> CHANGED = List.of("extend", "lengthen", "shorten", "postpon", "reschedul", "delay",
            "brought forward", "pushed back", "put off", "cut short", "moved to", "moved up", "curtail");

    /** What a changed schedule is said of. */
    private static final List<String> JOURNEYS = List.of("trip", "visit", "stay", "tour", "journey", "travel", "itinerary",
            "stop", "leg", "schedule");

    /** Whether a sentence tells of a changed schedule ("The trip has been extended to March 14"; not "to extend cooperation"). */
    public static boolean tellsOfChangedSchedule(Annotated s) {
        String lower = s.span(0, s.size()).toLowerCase(java.util.Locale.ROOT);
        // ("the invitation was extended": offered, not lengthened)
        boolean invitation = lower.contains("invitation");
        return CHANGED.stream().anyMatch(w -> lower.contains(w) && !(invitation && w.equals("extend")))
                && JOURNEYS.stream().anyMatch(lower::contains);
    }

    /**
     * At the article's end, the dates of visits that have a span of days: the day a journey to the
     * place was said to start ("will travel to Tokyo on June 10") is dropped beside it, as it may be
     * a departure before a stay of "June 12-13" across the date line; and when the article tells of
     * a changed schedule, the spans themselves are dropped, as they may be the old plan and the new
     * ("from March 9 to March 12", "now from March 9 to March 14"; black-box trial 30).
     */
    public static void settle(Discourse d, boolean scheduleChanged) {
        java.util.Set<Object> spanned = new java.util.HashSet<>();
        for (Draft f : d.facts()) {
            if (f.type().equals("event-date") && f.fields().containsKey("until") && d.isVisit(String.valueOf(f.fields().get("event")))) {
                spanned.add(f.fields().get("event"));
            }
        }
        d.facts().removeIf(f -> f.type().equals("event-date") && spanned.contains(f.fields().get("event"))
                && (scheduleChanged ? f.fields().containsKey("until")
                        : f.pattern().equals("event-date.visit") && !f.fields().containsKey("until")));
    }

    /** The date right after a visit's place at token {@code at} ("to Berlin on April 13", "to Berlin, Germany, on April 13"), or null. */
    private static Mention dateAfter(Annotated s, int at) {
        int k = s.lower(at).equals(",") && s.startingAt(at + 1) != null && Events.isDate(s.startingAt(at + 1)) ? at + 1 : at;
        // "to Warsaw from November 2 to November 12": a span after "from"
        if (s.lower(k).equals("from") && s.until(s.startingAt(k + 1)) != null) {
            return s.startingAt(k + 1);
        }
        return s.startingAt(k) != null && Events.isDate(s.startingAt(k)) ? s.startingAt(k) : null;
    }

    /** Where a place's words end: after its country ("Madrid, Spain"). */
    private static int placeEnd(Annotated s, Mention place) {
        Mention country = Events.countryAfterCity(s, place);
        return country != null ? country.to() : place.to();
    }

    /** The visitor's visit to a place, with its attendance and place facts (evidence tokens from..to). */
    private static Discourse.Entity visit(Annotated s, Discourse d, Discourse.Entity visitor, Discourse.Entity where,
                                          int from, int to, double confidence, boolean planned) {
        Discourse.Entity visit = d.visit(visitor, where);
        d.add(Draft.of("attendance", s, from, to, confidence, "attendance.visit").with("event", visit.id)
                .with("person", visitor.id).with("status", planned ? "planned" : "attended"));
        d.add(Draft.of("event-place", s, from, to, confidence, "event-place.visit").with("event", visit.id)
                .with("place", where.id));
        return visit;
    }

    /**
     * The places listed after the one ending at token {@code at}: ", B and C", ", B, and the C",
     * "and B"; none unless the list closes with "and" and holds nothing but places and countries.
     */
    private static List<Mention> morePlaces(Annotated s, int at) {
        List<Mention> more = new ArrayList<>();
        int j = at;
        while (true) {
            // (";" between places that carry their countries: "New Orleans, Louisiana; Santo Domingo, Dominican Republic; and Buenos Aires")
            int k = s.lower(j).equals(",") || s.lower(j).equals(";") ? j + 1 : j;
            boolean and = s.lower(k).equals("and");
            k += and ? 1 : 0;
            if (k == j) {
                return List.of();
            }
            k += s.lower(k).equals("the") ? 1 : 0;
            Mention p = s.startingAt(k);
            // ("Jerusalem, Bethlehem, Amman": a town the gazetteer does not know is still a stop of the list)
            if (!and && unknownName(s, k) && Set.of(",", "and").contains(s.lower(k + 1))) {
                j = k + 1;
                continue;
            }
            if (!Events.isDestination(p)) {
                return List.of();
            }
            more.add(p);
            j = placeEnd(s, p); // ("Santo Domingo, Dominican Republic; and ...": past the stop's country)
            if (and) {
                return more;
            }
        }
    }

    /**
     * Whether token k is a capitalised word the gazetteer does not know: no mention covers it, or
     * only a one-word name (which a place in a list of places is, not a person).
     */
    private static boolean unknownName(Annotated s, int k) {
        String w = k < s.size() ? s.token(k).text() : "";
        return s.unknownWord(k) && w.length() > 2 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    /** What after "as" or "during" makes an ordinal count the visits made in office ("as defense secretary"). */
    private static final Set<String> IN_OFFICE = WordSet.of("tenure", "office", "term", "post", "role", "job");

    /**
     * Which visit to a place this is, for its visitor: "his first visit to Kyiv, Ukraine, as defense
     * secretary", "the secretary's first trip to Jordan during his tenure" give the visitor's
     * {@code visits to Kyiv} (or {@code visits to Kyiv in office}, when the visits counted are the
     * ones made in a post) as an ordinal ({@code quantity.ordinal-visit}). Visits counted in office
     * and visits counted over a life are different quantities, so they are never compared.
     */
    public static void ordinals(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (Mention o : s.of(Mention.Kind.ORDINAL)) {
            int k = o.to();
            Mention place = s.startingAt(k + 2);
            if (!Set.of("visit", "trip").contains(s.lower(k)) || !s.lower(k + 1).equals("to") || s.quoted(k)
                    || !Events.isDestination(place)) {
                continue;
            }
            int p = o.from() - 1;
            Discourse.Entity who = null;
            int from = p;
            double confidence = 0.85;
            if (Set.of("his", "her").contains(s.lower(p))) {
                who = People.pronoun(s, people, p, d);
                confidence = 0.7;
            } else if (s.lower(p).equals("'s") || s.lower(p).equals("'")) {
                Mention m = s.endingBefore(p);
                if (m != null && people.containsKey(m) && (m.kind() == Mention.Kind.PERSON || People.described(m))) {
                    who = people.get(m);
                    from = s.lower(m.from() - 1).equals("the") ? m.from() - 1 : m.from();
                    confidence = People.described(m) ? 0.8 : 0.85;
                }
            }
            if (who == null || !who.kind.equals("person") || Attendance.hedged(s, lx, Math.max(0, from - 4), from)) {
                continue;
            }
            Discourse.Entity where = Events.destination(place, d);
            int to = place.to();
            Mention country = Events.countryAfterCity(s, place);
            if (country != null) {
                to = country.to() + (s.lower(country.to()).equals(",") ? 1 : 0);
            }
            boolean inOffice = false;
            Mention title = s.startingAt(to + 1);
            if (s.lower(to).equals("as") && title != null && title.kind() == Mention.Kind.TITLE) {
                inOffice = true;
                to = title.to();
            } else if (Set.of("during", "in", "since").contains(s.lower(to))) {
                // ("since taking up his post")
                for (int j = to + 1; j <= to + 4 && j < s.size(); j++) {
                    if (IN_OFFICE.contains(s.lower(j))) {
                        inOffice = true;
                        to = j + 1;
                        break;
                    }
                }
            }
            // "his fourth visit since the invasion", "his first visit since April": counted from
            // another start, a series of its own
            String since = "";
            if (!inOffice && s.lower(to).equals("since")) {
                int end = to + 1;
                while (end < s.size() && !Set.of(".", ",", ";", ":", "and", "but").contains(s.lower(end))) {
                    end++;
                }
                since = " " + s.span(to, end).toLowerCase(java.util.Locale.ROOT);
                to = end;
            }
            d.add(Draft.of("quantity", s, from, to, confidence, "quantity.ordinal-visit")
                    .with("subject", who.id)
                    .with("property", "visits to " + where.name + (inOffice ? " in office" : "") + since)
                    .with("value", Integer.valueOf(o.value())).with("kind", "ordinal"));
        }
    }
}
