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
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            boolean inner = c == '\'' && word.length() > 0 && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    /** The words joined by single spaces: a key under which differently punctuated texts meet. */
    public static String key(String text) {
        return String.join(" ", of(text));
    }
}
