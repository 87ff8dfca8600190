package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which side of publication a plan to attend is told on (the attendance fact's {@code when}):
 * "will attend", "is to meet", "are scheduled to hold talks" state a plan still standing when the
 * article went out ({@code future}); "was due to attend", "had planned to meet" tell one that was
 * ({@code past}), which may since have been given up. A standing plan and the same person staying
 * away from the same event cannot both be right; a past plan given up is how plans change. When
 * the words say both, or tell of a change ("will now attend", "after all", "instead"), nothing is
 * said.
 */
public final class Plans {

    private Plans() {
    }

    private static final Set<String> FUTURE = WordSet.of("will", "'ll", "shall");
    /** "is to attend", "are scheduled to", "is due to", "is expected to", "is set to". */
    private static final Set<String> PRESENT = WordSet.of("is", "are");
    private static final Set<String> PLAN_WORDS = WordSet.of("to", "due", "scheduled", "expected", "set", "slated", "planning", "going");
    private static final Set<String> PAST = WordSet.of("was", "were", "had", "would", "could", "should", "might", "been");
    /** Anywhere in the sentence, a plan told as changed or made again: not one that has stood all along. */
    private static final Set<String> CHANGE = WordSet.of("now", "instead", "again", "still", "nevertheless", "reversed", "reversing");

    /** Gives each planned attendance this sentence read its {@code when}, where its words say it. */
    public static void tell(Annotated s, Discourse d) {
        if (s.hasAny(CHANGE) || afterAll(s)) {
            return;
        }
        for (Draft f : d.facts()) {
            if (f.type().equals("attendance") && "planned".equals(f.fields().get("status")) && !f.fields().containsKey("when")
                    && f.source() == s.source() && f.sentence() == s.sentence().number()) {
                f.with("when", when(s, f.start(), f.end()));
            }
        }
    }

    /** What makes a stay-away told of a plan: the statuses of not being there. */
    private static final Set<String> NOT_THERE = WordSet.of("absent", "withdrew", "declined");

    /**
     * A sentence that tells someone attended after all ("Safadi attended the talks in Cairo after a change of
     * plan", "... after all", "changed his mind and attended"): the article tells an earlier stay-away of the
     * same person from the same event, in an earlier sentence ("Safadi will not attend the talks", "has pulled
     * out"), as a plan that changed, so that earlier reading is dropped (black-box trial 29).
     */
    public static void reversed(Annotated s, Discourse d) {
        if (!afterAll(s) && !changeOfMind(s)) {
            return;
        }
        List<Draft> here = new ArrayList<>();
        for (Draft f : d.facts()) {
            if (f.type().equals("attendance") && "attended".equals(f.fields().get("status")) && f.source() == s.source()
                    && f.sentence() == s.sentence().number()) {
                here.add(f);
            }
        }
        for (Draft a : here) {
            d.facts().removeIf(f -> f.type().equals("attendance") && NOT_THERE.contains(String.valueOf(f.fields().get("status")))
                    && f.source() == s.source() && f.sentence() < s.sentence().number()
                    && Objects.equals(f.fields().get("event"), a.fields().get("event"))
                    && Objects.equals(f.fields().get("person"), a.fields().get("person"))
                    && Objects.equals(f.fields().get("party"), a.fields().get("party")));
        }
    }

    private static final Set<String> CHANGE_OF = WordSet.of("plan", "plans", "heart", "mind");
    private static final Set<String> CHANGED = WordSet.of("changed", "changing");
    private static final Set<String> OWNERS = WordSet.of("his", "her", "their", "its");
    private static final Set<String> MINDS = WordSet.of("mind", "minds", "plan", "plans");
    private static final Set<String> REVERSED = WordSet.of("reversed", "reversing");
    private static final Set<String> DECISIONS = WordSet.of("decision", "course");

    /** "after a change of plan(s)", "a change of heart", "changed his mind", "reversed her decision", "a U-turn". */
    private static boolean changeOfMind(Annotated s) {
        // (asked of every sentence: the word sets are constants)
        for (int k = 0; k + 2 < s.size(); k++) {
            String a = s.lower(k);
            String b = s.lower(k + 1);
            String c = s.lower(k + 2);
            if (a.equals("change") && b.equals("of") && CHANGE_OF.contains(c)
                    || CHANGED.contains(a) && OWNERS.contains(b) && MINDS.contains(c)
                    || REVERSED.contains(a) && OWNERS.contains(b) && DECISIONS.contains(c)
                    || a.equals("u-turn") || a.equals("u") && b.equals("-") && c.equals("turn")) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterAll(Annotated s) {
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.lower(k).equals("after") && s.lower(k + 1).equals("all")) {
                return true;
            }
        }
        return false;
    }

    /** "future", "past" or null for the words between offsets start and end of the sentence. */
    private static String when(Annotated s, int start, int end) {
        boolean future = false;
        boolean past = false;
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).start() < start || s.token(k).end() > end) {
                continue;
            }
            String w = s.lower(k);
            future |= FUTURE.contains(w) || PRESENT.contains(w) && PLAN_WORDS.contains(s.lower(k + 1));
            past |= PAST.contains(w);
        }
        return future == past ? null : future ? "future" : "past";
    }
}
