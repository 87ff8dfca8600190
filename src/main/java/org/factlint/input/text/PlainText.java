package org.factlint.input.text;

import java.util.List;

/**
 * A {@code .txt} article: the first line is the headline (unless one is given); a short second line
 * followed by a blank line is the standfirst (as in {@code headline / standfirst / blank / body}),
 * unless nothing follows it (then it is the body);
 * then each non-blank line is a paragraph (text pasted from a CMS or a word processor has one line
 * per paragraph), except that a line cut by hard wrapping goes on in the next ({@link #wrapped}).
 */
final class PlainText {

    /** Longest line read as a standfirst; a longer second line is the body's first paragraph. */
    static final int MAX_STANDFIRST = 300;

    private PlainText() {
    }

    /** Shortest line taken to be cut by hard wrapping when it ends without a full stop. */
    static final int MIN_WRAPPED = 40;

    /**
     * Whether {@code line} was cut by hard wrapping and goes on in {@code next}: it ends mid-sentence
     * (no full stop, question or exclamation mark, colon, semicolon or closing quotation mark) and
     * either is long, as wrapped lines are, or the next line goes on in lower case.
     */
    static boolean wrapped(String line, String next) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || ".!?:;\"\u201D\u2019')".indexOf(a.charAt(a.length() - 1)) >= 0) {
            return false;
        }
        return a.length() >= MIN_WRAPPED || Character.isLowerCase(b.charAt(0));
    }

    static Parsed read(String text, boolean takeHeadline, boolean takeStandfirst) {
        String[] lines = text.split("\n", -1);
        int[] starts = org.factlint.model.SourceMap.lineStarts(text);
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
            // "Related:" and the lines under it, "Read more: ...": another story's box, left out
            if (Asides.label(lines[i])) {
                while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                    i++;
                }
                // ("RELATED CONTENT", a blank line, then the headlines of other stories, each a paragraph of its own)
                int next = i + 1;
                while (next < lines.length && lines[next].isBlank()) {
                    next++;
                }
                while (next < lines.length && Asides.headlineLike(lines[next]) && (next + 1 == lines.length || lines[next + 1].isBlank())) {
                    i = next;
                    next++;
                    while (next < lines.length && lines[next].isBlank()) {
                        next++;
                    }
                }
                body.end();
                continue;
            }
            if (Asides.labelled(lines[i])) {
                body.end();
                continue;
            }
            body.add(lines[i], starts[i]);
            if (i + 1 < lines.length && wrapped(lines[i], lines[i + 1])) {
                body.add("\n", starts[i] + lines[i].length()); // the line break is a space in the paragraph
            } else {
                body.end();
            }
        }
        // "Headline / one line of text": the short line is the body, not a standfirst with no body after it
        if (standfirst != null && body.text().isBlank()) {
            return read(text, takeHeadline, false);
        }
        return new Parsed(headline, standfirst, null, null, body.text(), body.origins(), List.of());
    }
}
