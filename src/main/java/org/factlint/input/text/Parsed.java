package org.factlint.input.text;

import java.util.List;
import org.factlint.Problem;

/**
 * What one format's reader found in an article: headline, standfirst, publication date and URL as
 * the text gives them (each may be null), the plain body, for each of the body's characters its
 * offset in the text the reader was given (-1 when unknown), and problems on the way.
 */
record Parsed(String headline, String standfirst, Dated published, String url, String body, int[] origins,
              List<Problem> problems) {

    /**
     * A date as the text writes it, and where: a 1-based line and column (null when unknown), and
     * what the place is called in messages ("front matter", "article:published_time").
     */
    record Dated(String text, Integer line, Integer column, String where) {
    }
}
