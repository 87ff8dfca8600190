package org.factlint.input;

import java.util.Collection;

/**
 * A "did you mean" for a name that is not known: the closest known one, one or two edits away
 * (an entity id in a facts document, a key in an article's front matter).
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * " (did you mean 'rubio'?)" when one of {@code known} is one or two edits (insertions,
     * deletions, changes) away from {@code word}, the nearest and then the first in alphabetical
     * order; "" when none is.
     */
    public static String didYouMean(String word, Collection<String> known) {
        String best = null;
        int bestDistance = 0;
        for (String candidate : known) {
            int d = editDistance(word, candidate, 3); // 3 stands for "three or more": too far to suggest
            if (d < 3 && (best == null || d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** The edits (insertions, deletions, changes) that make {@code a} into {@code b}, or {@code cap} when that many or more. */
    public static int editDistance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) >= cap) {
            return cap;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], cap);
    }
}
