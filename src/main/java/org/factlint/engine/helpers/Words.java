package org.factlint.engine.helpers;

import java.util.ArrayList;
import java.util.List;
import org.factlint.model.Text;

/**
 * Splits text into the words that comparisons look at, the same way for quotes, claims,
 * quantities and names: {@link Text#normalize} (case, accents, typographic quotes and dashes),
 * then every character that is not a letter or digit separates words. An apostrophe inside a
 * word is kept ("don't", "rubio's"), one at either end is not.
 */
public final class Words {

    private Words() {
    }

    /** "Official-level talks will continue." gives [official, level, talks, will, continue]. */
    public static List<String> of(String text) {
        String t = Text.normalize(text);
        List<String> words = new ArrayList<>();
        int start = -1; // where the word being read starts in t, or -1 between words
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            boolean inner = c == '\'' && start >= 0 && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(t.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The words joined by single spaces: a key under which differently punctuated texts meet. */
    public static String key(String text) {
        return String.join(" ", of(text));
    }
}
