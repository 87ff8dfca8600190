package org.factlint.model;

import java.time.LocalDate;

/**
 * The article the facts were read from.
 *
 * @param published     the publication date or date-time as written
 * @param publishedDate the publication's local date: the reference point for relative dates
 */
public record Article(String id, String headline, String standfirst, String published, LocalDate publishedDate,
                      String text, String language, String url, String section, String byline) {

    /** The text that evidence from {@code source} indexes into; null if the article does not give it. */
    public String text(Source source) {
        return switch (source) {
            case HEADLINE -> headline;
            case STANDFIRST -> standfirst;
            case BODY -> text;
        };
    }
}
