package org.factlint.input.text;

import java.util.List;

/**
 * A {@code .txt} article: the first line is the headline (unless one is given); a short second line
 * followed by a blank line is the standfirst (as in {@code headline / standfirst / blank / body});
 * then each non-blank line is a paragraph (text pasted from a CMS or a word processor has one line
 * per paragraph; hard-wrapped text is better given as Markdown, which joins its lines).
 */
final class PlainText {

    /** Longest line read as a standfirst; a longer second line is the body's first paragraph. */
    static final int MAX_STANDFIRST = 300;

    private PlainText() {
    }

    static Parsed read(String text, boolean takeHeadline, boolean takeStandfirst) {
        String[] lines = text.split("\n", -1);
        int[] starts = new int[lines.length];
        for (int l = 1; l < lines.length; l++) {
            starts[l] = starts[l - 1] + lines[l - 1].length() + 1;
        }
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        String headline = null;
        String standfirst = null;
        if (takeHeadline && i < lines.length) {
            headline = new Paragraphs().withText(lines[i++]);
            if (takeStandfirst && i + 1 < lines.length && !lines[i].isBlank() && lines[i + 1].isBlank()
                    && lines[i].strip().length() <= MAX_STANDFIRST) {
                standfirst = new Paragraphs().withText(lines[i++]);
            }
        }
        Paragraphs body = new Paragraphs();
        for (; i < lines.length; i++) {
            body.add(lines[i], starts[i]);
            body.end();
        }
        return new Parsed(headline, standfirst, null, null, body.text(), body.origins(), List.of());
    }
}
