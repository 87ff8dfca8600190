package org.factlint.input.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an article body as the extractor reads it: plain text, each paragraph on one line with
 * its white space collapsed to single spaces, paragraphs separated by a blank line.
 */
final class Paragraphs {

    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean space;

    /** Adds text to the paragraph being built; runs of white space become one space. */
    void add(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                space = current.length() > 0;
            } else {
                if (space) {
                    current.append(' ');
                    space = false;
                }
                current.append(c);
            }
        }
    }

    /** Ends the paragraph being built (nothing happens if it is empty). */
    void end() {
        if (current.length() > 0) {
            done.add(current.toString());
            current.setLength(0);
        }
        space = false;
    }

    /** One line of text with its white space collapsed (a headline, a standfirst); null if it is blank. */
    String withText(CharSequence text) {
        add(text);
        String s = current.toString();
        current.setLength(0);
        space = false;
        return s.isEmpty() ? null : s;
    }

    /** The body: the paragraphs, separated by blank lines. */
    String text() {
        end();
        return String.join("\n\n", done);
    }
}
