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
            "(?i)\\s*(related( articles| stories| content| news| links)?|read more|see also|more on this( story)?|more stories|further reading)\\s*:?\\s*");

    /** Whether this text is such a label by itself ("Related:", "## Read more"). */
    static boolean label(String text) {
        return LABEL.matcher(text).matches();
    }

    /** Whether a line opens with such a label and a colon ("Related: Blinken meets Wang Yi"). */
    static boolean labelled(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && LABEL.matcher(line.substring(0, colon)).matches();
    }

    /** Whether an HTML element's class or id names such a box ({@code class="related"}, {@code id="read-more"}). */
    static boolean boxName(String classOrId) {
        return BOX_NAME.matcher(classOrId).find();
    }

    private static final Pattern BOX_NAME = Pattern.compile("(?i)(^|[\\s_-])(related|read-more|readmore|see-also|more-stories)([\\s_-]|$)");
}
