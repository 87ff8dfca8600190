package org.factlint.input.text;

import java.util.List;
import org.factlint.Problem;
import org.factlint.input.InputLimits;

/**
 * The checks every article body passes before extraction, whichever way it came (a text file, a
 * request, an article-only JSON document): it has words, and no more characters and words than the
 * limits allow.
 */
public final class BodyLimits {

    private BodyLimits() {
    }

    /**
     * Adds an error to {@code problems} for a body that is empty, has no letters or digits, or is over a limit.
     *
     * @param pointer where the body is, for the problem ({@code ""} for a text file, {@code /article/text} in JSON)
     * @return true if the body may be read
     */
    public static boolean check(String body, TextLimits limits, String pointer, List<Problem> problems) {
        if (body.length() > limits.maxChars()) {
            problems.add(Problem.error(pointer, "the article text is " + InputLimits.number(body.length()) + " characters long; "
                    + InputLimits.limitNote(limits.maxChars(), "characters", "--max-chars")));
            return false;
        }
        int words = 0;
        boolean inWord = false;
        boolean letters = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                letters |= Character.isLetterOrDigit(c);
            }
        }
        if (words == 0) {
            problems.add(Problem.error(pointer, "no article text: expected the article's body"));
            return false;
        }
        if (!letters) {
            problems.add(Problem.error(pointer, "the article text has no words, only punctuation or symbols; expected sentences"));
            return false;
        }
        if (words > limits.maxWords()) {
            problems.add(Problem.error(pointer, "the article text has " + InputLimits.number(words) + " words; "
                    + InputLimits.limitNote(limits.maxWords(), "words", "--max-words")));
            return false;
        }
        return true;
    }
}
