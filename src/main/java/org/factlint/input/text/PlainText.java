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
     * either is long, as wrapped lines are, or the next line goes on in lower case. Two lines of a
     * list are not wrapped: a "Name, Title" line before another (a delegation or participants' list
     * written one per line), see {@link #nameAndTitle}; and a capitalised line in a block none of whose
     * lines ends a sentence ({@link #listBlock}), as a list's lines do, see the three-argument form.
     */
    static boolean wrapped(String line, String next) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || endsSentence(a)) {
            return false;
        }
        if (Character.isLowerCase(b.charAt(0))) {
            return true;
        }
        return a.length() >= MIN_WRAPPED && !(nameAndTitle(a) && nameAndTitle(b));
    }

    /** {@link #wrapped}, in a block that is a list ({@link #listBlock}) only when the next line goes on in lower case. */
    static boolean wrapped(String line, String next, boolean list) {
        String b = next.strip();
        return list ? !b.isEmpty() && Character.isLowerCase(b.charAt(0)) && wrapped(line, next) : wrapped(line, next);
    }

    /** Whether a stripped, non-empty line ends as a sentence, a list's lead-in or a quotation does. */
    static boolean endsSentence(String a) {
        return ".!?:;\"\u201D\u2019')".indexOf(a.charAt(a.length() - 1)) >= 0;
    }

    /**
     * A line of a list of people, "Lloyd J. Austin III, Secretary of Defense": two to five capitalised
     * words (a name; initials and numerals count), a comma, then a capitalised word.
     */
    private static final java.util.regex.Pattern NAME_AND_TITLE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){1,4}, \\p{Lu}.*");

    static boolean nameAndTitle(String line) {
        return NAME_AND_TITLE.matcher(line).matches();
    }

    /**
     * Whether the block of non-blank lines from {@code from} is a list rather than wrapped prose: it has
     * two lines or more and none of them ends a sentence (wrapped prose ends its paragraph with one).
     */
    static boolean listBlock(String[] lines, int from) {
        int n = 0;
        for (int j = from; j < lines.length && !lines[j].isBlank(); j++, n++) {
            if (endsSentence(lines[j].strip())) {
                return false;
            }
        }
        return n >= 2;
    }

    /** The first line from {@code from} on that is not blank, or {@code lines.length}. */
    private static int nonBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    static Parsed read(String text, boolean takeHeadline, boolean takeStandfirst) {
        String[] lines = text.split("\n", -1);
        int[] starts = org.factlint.model.SourceMap.lineStarts(text);
        int i = nonBlank(lines, 0);
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
        boolean list = false; // the current block of lines is a list: each line a paragraph
        int first = i;
        for (; i < lines.length; i++) {
            if (i == first || lines[i - 1].isBlank()) {
                list = listBlock(lines, i);
            }
            // "Related:" and the lines under it, "Read more: ...": another story's box, left out
            if (Asides.label(lines[i])) {
                while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                    i++;
                }
                // ("RELATED CONTENT", a blank line, then the headlines of other stories, each a paragraph of its own)
                int next = nonBlank(lines, i + 1);
                while (next < lines.length && Asides.headlineLike(lines[next]) && (next + 1 == lines.length || lines[next + 1].isBlank())) {
                    i = next;
                    next = nonBlank(lines, next + 1);
                }
                body.end();
                continue;
            }
            if (Asides.labelled(lines[i])) {
                body.end();
                continue;
            }
            body.add(lines[i], starts[i]);
            if (i + 1 < lines.length && wrapped(lines[i], lines[i + 1], list)) {
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
