package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who attended, skipped, pulled out of, declined or was due at an event. The phrases and the
 * status each states are data ({@code attendance.tsv}); this class finds who they are said of:
 * the people or countries just before the phrase ("Rubio and Witkoff pulled out", "Keith
 * Kellogg, Washington's Ukraine envoy, attended"), or after "absence of". The event is the one
 * named right after the phrase; for a phrase that names none ("pulled out"), the only event of
 * the sentence, else the event under discussion.
 *
 * <p>A hedge, condition, denial or negation before the phrase ("may attend", "if Rubio
 * attends", "denied that Rubio pulled out") means the sentence does not state it: no fact.
 */
public final class Attendance {

    private Attendance() {
    }

    public static void read(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                            Lexicon lx, Discourse d) {
        for (int i = 0; i < s.size(); i++) {
            Mention here = s.at(i);
            if (here != null && !(here.kind() == Mention.Kind.PERSON && here.value().equals("single")) || s.quoted(i)) {
                continue;
            }
            Phrases.Match<Lexicon.AttendanceCue> m = lx.attendance.at(s.tokens(), i);
            if (m == null) {
                continue;
            }
            i = m.to() - 1;
            Lexicon.AttendanceCue cue = m.value();
            boolean after = m.phrase().equals("absence of");
            List<Discourse.Entity> who = new ArrayList<>();
            int subjectFrom = after ? m.to() : subjectsBefore(s, people, d, m.from(), who);
            int subjectTo = after ? subjectsAfter(s, people, d, m.to(), who) : m.from();
            if (who.isEmpty()) {
                continue;
            }
            if (hedged(s, lx, Math.max(0, Math.min(subjectFrom, m.from()) - 4), m.from())) {
                continue;
            }
            Discourse.Entity event = null;
            int end = Math.max(m.to(), subjectTo);
            double confidence = 0.9;
            if (cue.eventFollows()) {
                for (Events.EventMention e : events) {
                    if (e.from() == m.to() || e.word().from() == m.to()) {
                        event = e.event();
                        end = e.to();
                    }
                }
                if (event == null) {
                    continue;
                }
            } else {
                event = onlyEvent(events);
                if (event == null) {
                    event = d.salientEvent();
                    confidence = 0.75;
                }
                if (event == null) {
                    continue;
                }
            }
            for (Discourse.Entity w : who) {
                Draft f = Draft.of("attendance", s, Math.min(subjectFrom, m.from()), end, confidence,
                        "attendance." + cue.status() + (cue.eventFollows() ? "-event" : ""))
                        .with("event", event.id);
                f.with(w.kind.equals("person") ? "person" : "party", w.id).with("status", cue.status());
                d.add(f);
            }
        }
    }

    private static Discourse.Entity onlyEvent(List<Events.EventMention> events) {
        Discourse.Entity only = null;
        for (Events.EventMention e : events) {
            if (only != null && only != e.event()) {
                return null;
            }
            only = e.event();
        }
        return only;
    }

    /** Subjects ending just before token {@code at}, skipping one appositive between commas; returns their first token. */
    private static int subjectsBefore(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int at,
                                      List<Discourse.Entity> into) {
        int k = at;
        if (s.lower(k - 1).equals(",")) {
            int open = -1;
            for (int j = k - 2; j >= Math.max(0, k - 14); j--) {
                if (s.lower(j).equals(",")) {
                    open = j;
                    break;
                }
            }
            if (open < 0) {
                return at;
            }
            k = open;
        }
        int first = k;
        while (true) {
            Mention m = s.endingBefore(k);
            Discourse.Entity e = m == null ? null : m.kind() == Mention.Kind.PERSON ? people.get(m)
                    : m.kind() == Mention.Kind.KNOWN && m.isCountryLike() && !s.lower(m.to()).equals("'s") ? d.known(m.known()) : null;
            if (e == null) {
                return first;
            }
            into.add(0, e);
            first = m.from();
            // a title or country before a name belongs to it: "US Secretary of State Marco Rubio"
            Mention t = s.endingBefore(first);
            if (m.kind() == Mention.Kind.PERSON && t != null && t.kind() == Mention.Kind.TITLE) {
                first = t.from();
                Mention c = People.countryBefore(s, first);
                if (c != null) {
                    first = c.from();
                }
            }
            String sep = s.lower(first - 1);
            if (!(sep.equals("and") || sep.equals(","))) {
                return first;
            }
            k = first - 1;
            if (sep.equals(",") && s.lower(k - 1).equals("and")) {
                k--;
            }
        }
    }

    /** Subjects starting at token {@code at} ("absence of Rubio and Witkoff"); returns the token after them. */
    private static int subjectsAfter(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int at,
                                     List<Discourse.Entity> into) {
        int k = at;
        while (true) {
            Mention m = s.startingAt(k);
            Discourse.Entity e = m == null ? null : m.kind() == Mention.Kind.PERSON ? people.get(m) : null;
            if (e == null) {
                return k;
            }
            into.add(e);
            k = m.to();
            if (!(s.lower(k).equals("and") || s.lower(k).equals(","))) {
                return k;
            }
            k++;
        }
    }

    /** Whether a hedge, condition, denial or negation stands in tokens from..to (exclusive). */
    static boolean hedged(Annotated s, Lexicon lx, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lx.cues.containsKey(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** A country written just before token at ("US" in "US officials"), or null. */
    static Mention countryBefore(Annotated s, int at) {
        return People.countryBefore(s, at);
    }
}
