package org.factlint.engine.helpers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factlint.model.ClaimFact;

/**
 * Reads a claim's predicate as a statement that can be compared with another: the words, each
 * lightly stemmed ("attended" and "attend" meet), with any negation taken out and turned into
 * the statement's polarity ("did not attend" is "attend", negative). "No longer" is kept as
 * words, not read as a negation: it says something changed, which is not a contradiction.
 */
public final class Claims {

    /**
     * A predicate as compared: its key, and whether the predicate itself negates it.
     *
     * @param key      the stemmed words without negation ("will agre recogniz")
     * @param negating true if the predicate's own words negate it an odd number of times
     */
    public record Predicate(String key, boolean negating) {
    }

    /** Contractions that are an auxiliary plus "not". */
    private static final Map<String, String> NEGATED_AUXILIARIES = Map.ofEntries(
            Map.entry("don't", ""), Map.entry("doesn't", ""), Map.entry("didn't", ""),
            Map.entry("won't", "will"), Map.entry("can't", "can"), Map.entry("cannot", "can"),
            Map.entry("isn't", "is"), Map.entry("aren't", "are"), Map.entry("wasn't", "was"), Map.entry("weren't", "were"),
            Map.entry("hasn't", "has"), Map.entry("haven't", "have"), Map.entry("hadn't", "had"),
            Map.entry("wouldn't", "would"), Map.entry("shouldn't", "should"), Map.entry("couldn't", "could"),
            Map.entry("mustn't", "must"));

    /** "do", "does", "did" before "not" only carry the negation ("did not attend" is "attend"). */
    private static final Set<String> DO_SUPPORT = Set.of("do", "does", "did");

    private Claims() {
    }

    public static Predicate predicate(String predicate) {
        List<String> words = Words.of(predicate);
        List<String> kept = new ArrayList<>();
        boolean negating = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (NEGATED_AUXILIARIES.containsKey(w)) {
                negating = !negating;
                String aux = NEGATED_AUXILIARIES.get(w);
                if (!aux.isEmpty()) {
                    kept.add(aux);
                }
            } else if (w.equals("not") || w.equals("never")) {
                negating = !negating;
            } else if (DO_SUPPORT.contains(w) && next.equals("not")) {
                continue;
            } else {
                kept.add(stem(w));
            }
        }
        return new Predicate(String.join(" ", kept), negating);
    }

    /** The claim's polarity: negated as stated, flipped once for each negation in its predicate. */
    public static boolean negative(ClaimFact claim) {
        return claim.negated() != predicate(claim.predicate()).negating();
    }

    /**
     * True if the two claims were made about different dates: a claim and its negation on
     * different days is a change, not a contradiction. A claim without a date could be about
     * any time, so it never excuses the other.
     */
    public static boolean differentDates(ClaimFact a, ClaimFact b) {
        return a.date() != null && b.date() != null && !Objects.equals(a.date(), b.date());
    }

    /**
     * A light stem: "attended", "attends", "attending" and "attend" give "attend"; "agreed",
     * "agrees" and "agree" give "agre"; "denied", "denies" and "deny" give "deny"; "focus" keeps
     * its s. Words of three letters or fewer are kept as they are.
     */
    static String stem(String w) {
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ied") || w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : List.of("ing", "ed", "es", "s", "e")) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3 && !(suffix.equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")))) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
