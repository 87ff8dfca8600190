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

    private static final Set<String> VERBS = Set.of("visit", "visits", "visited", "visiting", "travel", "travels",
            "travelled", "traveled", "travelling", "traveling");
    private static final Set<String> FUTURE = Set.of("will", "to", "shall");

    private Visits() {
    }

    public static void read(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d) {
        for (int i = 1; i < s.size(); i++) {
            String w = s.lower(i);
            if (!VERBS.contains(w) || s.at(i) != null || s.quoted(i)) {
                continue;
            }
            int k = i + 1;
            if (w.startsWith("trav")) {
                if (!s.lower(k).equals("to")) {
                    continue;
                }
                k++;
            }
            Mention place = s.startingAt(k);
            if (place == null || place.kind() != Mention.Kind.KNOWN || !(Events.isPlace(place) || place.known().kind().equals("country"))) {
                continue;
            }
            boolean planned = FUTURE.contains(s.lower(i - 1)) || w.equals("visit") && s.lower(i - 1).equals("to");
            int verbFrom = i;
            while (verbFrom > 0 && Set.of("will", "to", "due", "set", "expected", "scheduled", "is", "are", "was", "were",
                    "shall", "also", "then", "later").contains(s.lower(verbFrom - 1))) {
                verbFrom--;
            }
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int from = Participants.before(s, people, d, verbFrom, who, false, used);
            double confidence = Participants.anyDescribed(used) ? 0.8 : 0.85;
            if (who.isEmpty() && Set.of("he", "she").contains(s.lower(verbFrom - 1))) {
                Discourse.Entity he = People.pronoun(s, people, verbFrom - 1, d);
                if (he != null) {
                    who.add(he);
                    from = verbFrom - 1;
                    confidence = 0.7;
                }
            }
            if (who.size() != 1 || Attendance.hedged(s, lx, Math.max(0, from - 4), verbFrom)) {
                continue;
            }
            Discourse.Entity where = Events.isPlace(place) ? Events.placeEntity(place, d) : d.known(place.known());
            int to = place.to();
            // "Berlin, Germany": the country after the city belongs to it
            if (s.lower(to).equals(",") && s.startingAt(to + 1) != null && s.startingAt(to + 1).kind() == Mention.Kind.KNOWN
                    && s.startingAt(to + 1).known().kind().equals("country")) {
                to = s.startingAt(to + 1).to();
            }
            if (s.lower(to).equals(",") && s.startingAt(to + 1) != null && Events.isDate(s.startingAt(to + 1))) {
                to++;
            }
            Mention date = s.startingAt(to) != null && Events.isDate(s.startingAt(to)) ? s.startingAt(to) : null;
            if (date != null) {
                to = date.to();
            } else {
                date = Events.leadingDate(s, from);
            }
            Discourse.Entity visitor = who.get(0);
            Discourse.Entity visit = d.visit(visitor, where);
            d.add(Draft.of("attendance", s, from, to, confidence, "attendance.visit").with("event", visit.id)
                    .with("person", visitor.id).with("status", planned ? "planned" : "attended"));
            d.add(Draft.of("event-place", s, from, to, confidence, "event-place.visit").with("event", visit.id)
                    .with("place", where.id));
            if (date != null) {
                d.add(Events.dateFields(Draft.of("event-date", s, from, to, confidence, "event-date.visit")
                        .with("event", visit.id), s, date));
            }
        }
    }
}
