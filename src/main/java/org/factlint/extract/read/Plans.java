package org.factlint.extract.read;

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

    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
    /** "is to attend", "are scheduled to", "is due to", "is expected to", "is set to". */
    private static final Set<String> PRESENT = Set.of("is", "are");
    private static final Set<String> PLAN_WORDS = Set.of("to", "due", "scheduled", "expected", "set", "slated", "planning", "going");
    private static final Set<String> PAST = Set.of("was", "were", "had", "would", "could", "should", "might", "been");
    /** Anywhere in the sentence, a plan told as changed or made again: not one that has stood all along. */
    private static final Set<String> CHANGE = Set.of("now", "instead", "again", "still", "nevertheless", "reversed", "reversing");

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
