package org.factlint.extract;

import java.time.LocalDate;

/**
 * An article as an editor has it: its texts and what is known about it, before any fact is read.
 * Offsets of extracted evidence index into {@code text} (or into {@code headline}/{@code standfirst}
 * for facts read from them), exactly as in a {@code factlint-facts/1} document.
 *
 * @param id         the article's id (a file name, a CMS id); never null
 * @param headline   the headline, or null
 * @param standfirst the standfirst (dek, subheading), or null
 * @param published  the publication date as written (ISO date or date-time); the facts format requires
 *                   one, so a caller without it assumes one (factlint assumes today) and says so
 * @param publishedDate the publication's local date, the reference point for "on Wednesday" and
 *                   "yesterday"; null if unknown (relative dates are then left unresolved)
 * @param url        where it is (or will be) published, or null
 * @param text       the body as plain text, paragraphs separated by blank lines; never null
 */
public record ArticleText(String id, String headline, String standfirst, String published, LocalDate publishedDate,
                          String url, String text) {

    public ArticleText {
        if (id == null || text == null) {
            throw new IllegalArgumentException("an article needs an id and a text");
        }
    }
}
