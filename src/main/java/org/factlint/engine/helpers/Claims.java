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

    /** Past forms of irregular verbs common in news, to their base form: "met" and "meet" are one predicate. */
    private static final Map<String, String> IRREGULAR = irregular(
            "met meet", "went go", "gone go", "said say", "told tell", "withdrew withdraw", "withdrawn withdraw",
            "held hold", "took take", "taken take", "gave give", "given give", "made make", "saw see", "seen see",
            "came come", "began begin", "begun begin", "spoke speak", "spoken speak", "chose choose",
            "chosen choose", "won win", "lost lose", "left leave", "sent send", "brought bring", "thought think",
            "found find", "knew know", "known know", "wrote write", "written write", "ran run", "paid pay",
            "kept keep", "led lead", "fell fall", "fallen fall", "rose rise", "risen rise", "sought seek",
            "struck strike", "broke break", "broken break", "stood stand", "sat sit", "flew fly", "flown fly",
            "drew draw", "drawn draw", "hung hang", "sold sell", "bought buy", "caught catch", "fought fight",
            "heard hear", "meant mean", "built build", "spent spend");

    /**
     * Auxiliaries of tense and voice, dropped before another word: headlines leave them out
     * ("talks canceled"), bodies keep them ("the talks were not canceled"). Modals ("will",
     * "may") change the meaning and stay.
     */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had");

    /** "do", "does", "did" before "not" only carry the negation ("did not attend" is "attend"). */
    private static final Set<String> DO_SUPPORT = Set.of("do", "does", "did");

    /** Endings the light stem takes off, longest first. */
    private static final List<String> SUFFIXES = List.of("ing", "ed", "es", "s", "e");

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
                if (!aux.isEmpty() && !(AUXILIARIES.contains(aux) && hasVerbAfter(words, i))) {
                    kept.add(stem(aux));
                }
            } else if (w.equals("not") || w.equals("never")) {
                negating = !negating;
            } else if (DO_SUPPORT.contains(w) && next.equals("not")) {
                continue;
            } else if (AUXILIARIES.contains(w) && hasVerbAfter(words, i)) {
                continue;
            } else {
                kept.add(stem(IRREGULAR.getOrDefault(w, w)));
            }
        }
        return new Predicate(String.join(" ", kept), negating);
    }

    /** True if a word other than an auxiliary or a negation follows position {@code i}. */
    private static boolean hasVerbAfter(List<String> words, int i) {
        for (int j = i + 1; j < words.size(); j++) {
            String w = words.get(j);
            if (!AUXILIARIES.contains(w) && !w.equals("not") && !w.equals("never") && !NEGATED_AUXILIARIES.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> irregular(String... pairs) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String p : pairs) {
            String[] two = p.split(" ");
            m.put(two[0], two[1]);
        }
        return Map.copyOf(m);
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
     * "agrees" and "agree" give "agre"; "denied", "denies" and "deny" give "deny"; "cancelled",
     * "canceled" and "cancel" give "cancel" (a final double consonant is undoubled); "focus"
     * keeps its s. Words of three letters or fewer are kept as they are.
     */
    static String stem(String w) {
        if (w.length() <= 3) {
            return w;
        }
        String s = w;
        if (w.endsWith("ied") || w.endsWith("ies")) {
            s = w.substring(0, w.length() - 3) + "y";
        } else {
            for (String suffix : SUFFIXES) {
                boolean keepS = suffix.equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"));
                if (w.endsWith(suffix) && w.length() - suffix.length() >= 3 && !keepS) {
                    s = w.substring(0, w.length() - suffix.length());
                    break;
                }
            }
        }
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiouy".indexOf(s.charAt(n - 1)) < 0) {
            s = s.substring(0, n - 1);
        }
        return s;
    }
}
