package org.factlint.input.text;

import java.util.regex.Pattern;

/**
 * The labels of boxes a page sets beside its article ("Related", "Read more", "See also"): what
 * follows them names other stories, whose days and people are not the article's (black-box trial
 * 24: a related story's "on Friday (26 April 2024)" was read as this article's Friday). The text,
 * Markdown and HTML readers leave such a box out of the body.
 */
final class Asides {

    private Asides() {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\s*(related( articles| stories| content| news| links| coverage)?|read more|see also|more on this( story)?|more stories"
            + "|further reading|more from( \\S+){1,4}|you (may|might) also like|recommended( stories| for you)?|also read|most read"
            + "|latest news|top stories)\\s*:?\\s*");

    /** Whether this text is such a label by itself ("Related:", "## Read more"). */
    static boolean label(String text) {
        return LABEL.matcher(text).matches();
    }

    /** Whether a line opens with such a label and a colon ("Related: Blinken meets Wang Yi", "**Read more:** ..."). */
    static boolean labelled(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && LABEL.matcher(line.substring(0, colon).replaceAll("^[\\s*_#>]+|[\\s*_]+$", "")).matches();
    }

    /**
     * Whether a box's line names another story, not the article's own prose: one line with no full stop,
     * question or exclamation mark or closing quotation mark at its end ("Rubio will not attend the NATO
     * meeting, officials say"), as the headlines under "Related" are written.
     */
    static boolean headlineLike(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= 200 && ".!?\"\u201d\u2019'".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /**
     * Whether a paragraph is a correction note ("Correction: An earlier version of this article incorrectly
     * stated that Barrot attended the meeting."): it tells what the article once said wrongly, so its facts are
     * not the article's (black-box trial 25). So is an editor's or update note that says what the article earlier
     * said ("Editor's note: This article was updated to say ...; it earlier said he had pulled out", "A previous
     * version of this story ...", trial 29). So is a fact-check's "Claim:" paragraph, which quotes what is
     * checked, not what the article says (trial 60). The readers leave it out of the body.
     */
    static boolean correction(CharSequence paragraph) {
        return CORRECTION.matcher(paragraph).find();
    }

    private static final Pattern CORRECTION = Pattern.compile("(?i)^\\W*(corrections?|clarifications?|retractions?|errat(a|um))\\s*([:,(\\[\\-\u2013\u2014]|$)"
            + "|\\b(an?|the) (earlier|previous|prior|original) version of this (article|story|report|piece|post|item|release)\\b"
            // black-box trial 60: "Earlier versions of this report incorrectly said ...", "Due to an editing error, this
            // story originally said ...", "Our report that X attended the talks was wrong."
            + "|^\\W*(the )?claims?\\s*[:\u2013\u2014]"
            + "|\\b(earlier|previous|prior|original) versions of this (article|story|report|piece|post|item|release)\\b"
            + "|\\bdue to an? (editing|editorial|editor['\u2019]s|reporting|production|transcription) error\\b"
            + "|\\bthis (article|story|report|piece|post|item) (originally|earlier|previously|first|wrongly|incorrectly|mistakenly|erroneously) "
            + "(said|stated|reported|described|named|called|gave|misstated|misidentified)\\b"
            + "|^\\W*our (earlier |previous |original )?(report|article|story) that\\b[^\\n]*?\\b(was|is) (wrong|incorrect|mistaken|in error|inaccurate)\\b"
            + "|^\\W*this (article|story|report|piece|post|item) (has been|was) (corrected|amended)"
            + "|\\bthis (article|story|report|piece|post|item) (has been|was) updated to (say|show|correct|reflect|clarify|make clear|remove)\\b"
            // black-box trial 29: an editor's or update note that tells what the article earlier said
            // ("Editor's note: ... it earlier said he had pulled out"); "Update: Safadi attended after all" stays
            + "|^\\W*(editor(['\u2019]s|s['\u2019]?)? notes?|updated?|note)\\b[^\\n]*?"
            + "\\b(it|the (article|story|report|piece|post)|this (article|story|report|piece|post)) (had |has )?"
            + "(earlier|previously|originally|first|wrongly|incorrectly|mistakenly|erroneously) "
            + "(said|stated|reported|described|named|gave|called|misstated|misidentified|misspelled)\\b"
            // black-box trial 50: "Amended 24 April 2025: we originally referred to ...", "Editor's note: Due to an
            // editing error, X was first called ...", "Corrected on 24 April: ..."
            + "|^\\W*(editor(['\u2019]s|s['\u2019]?)? notes?|updated?|note|amended|corrected|clarified)\\b[^\\n]*?"
            + "\\b(we|was|were|had been) (first|originally|earlier|previously|wrongly|incorrectly|mistakenly|erroneously) "
            + "(said|stated|reported|described|named|called|identified|referred to|gave|misidentified|misstated|misspelled)\\b");

    /** Whether an HTML element's class or id names such a box ({@code class="related"}, {@code id="read-more"}). */
    static boolean boxName(String classOrId) {
        return BOX_NAME.matcher(classOrId).find();
    }

    // (black-box trial 50: a topic-tags box, share buttons, a WordPress caption and a correction box
    // inside the article; "Foreign ministers' meeting" as a tag was read as the meeting's level)
    private static final Pattern BOX_NAME = Pattern.compile("(?i)(^|[\\s_-])(related|read-more|readmore|see-also|more-stories"
            + "|tags?|tag-list|topics?|keywords|categories|category|share|sharing|social|caption|wp-caption-text"
            + "|corrections?|editors?-note|editor-note)([\\s_-]|$)");
}
