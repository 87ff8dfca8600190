package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meetings to come told as what people look forward to: "The Prime Minister and President looked
 * forward to seeing each other at the NATO Summit in Washington next week" has both due at the
 * summit ({@code attendance.looked-forward-to}, {@code planned}, {@code when: future}); "looks
 * forward to meeting X at the G20" has the subject and X due there. Only an event named right
 * after "at", and nothing hedged.
 */
public final class Prospects {

    private Prospects() {
    }

    private static final Set<String> LOOK = WordSet.of("look", "looks", "looked", "looking");
    private static final Set<String> SEEING = WordSet.of("seeing", "meeting", "welcoming", "hosting");
    private static final Set<String> EACH_OTHER = WordSet.of("each", "one");

    public static void lookForward(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                   Lexicon lx, Discourse d) {
        for (int i = 1; i + 4 < s.size(); i++) {
            if (!LOOK.contains(s.lower(i)) || !s.lower(i + 1).equals("forward") || !s.lower(i + 2).equals("to")
                    || !SEEING.contains(s.lower(i + 3)) || s.quoted(i)) {
                continue;
            }
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            // ("The Prime Minister and President also looked forward": past one adverb)
            int verb = Meetings.ADVERBS.contains(s.lower(i - 1)) ? i - 1 : i;
            Participants.before(s, people, d, verb, who, false, used);
            // "seeing each other", "meeting one another": the subjects alone; "meeting X": X too
            int k = i + 4;
            if (EACH_OTHER.contains(s.lower(k)) && Set.of("other", "another").contains(s.lower(k + 1))) {
                k += 2;
            } else {
                k = Participants.after(s, people, k, who, used);
            }
            if (who.size() < 2 || !s.lower(k).equals("at") || Attendance.hedged(s, lx, 0, s.size())) {
                continue;
            }
            Events.EventMention event = null;
            for (Events.EventMention e : events) {
                if (e.from() == k + 1 && e.event() != null) {
                    event = e;
                }
            }
            if (event == null) {
                continue;
            }
            double confidence = Participants.anyDescribed(used) ? 0.75 : 0.8;
            for (Discourse.Entity p : who) {
                d.add(Draft.of("attendance", s, 0, event.to(), confidence, "attendance.looked-forward-to")
                        .with("event", event.event().id).with(p.kind.equals("person") ? "person" : "party", p.id)
                        .with("status", "planned").with("when", "future"));
            }
            return;
        }
    }
}
