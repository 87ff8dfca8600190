package org.factlint.input.text;

/**
 * What is said about an article beside its text: its id, headline, standfirst, publication date
 * (ISO-8601 date or date-time, as written) and URL. Any field may be null (not said). The readers
 * take two of these: overrides, which win over what the text says (the command line's
 * {@code --published}, a service request's query parameters), and fallbacks, used where neither
 * the overrides nor the text say anything (an id made from the file name).
 */
public record ArticleMeta(String id, String headline, String standfirst, String published, String url) {

    /** Nothing said. */
    public static final ArticleMeta NONE = new ArticleMeta(null, null, null, null, null);

    /**
     * What a file's name says: its id (the name without folder and extension) and, for a name that
     * starts with a date as static-site posts do ({@code 2025-04-23-london-talks.md}), that date.
     */
    public static ArticleMeta fromFileName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String date = stem.length() >= 10 && stem.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
                && (stem.length() == 10 || !Character.isLetterOrDigit(stem.charAt(10)))
                && PublishedDates.date(stem.substring(0, 10)).isPresent() ? stem.substring(0, 10) : null;
        return new ArticleMeta(stem.isEmpty() ? null : stem, null, null, date, null);
    }

    public ArticleMeta withId(String value) {
        return new ArticleMeta(value, headline, standfirst, published, url);
    }

    public ArticleMeta withHeadline(String value) {
        return new ArticleMeta(id, value, standfirst, published, url);
    }

    public ArticleMeta withStandfirst(String value) {
        return new ArticleMeta(id, headline, value, published, url);
    }

    public ArticleMeta withPublished(String value) {
        return new ArticleMeta(id, headline, standfirst, value, url);
    }

    public ArticleMeta withUrl(String value) {
        return new ArticleMeta(id, headline, standfirst, published, value);
    }

    /** Each field from this, or where this says nothing, from {@code other}. */
    public ArticleMeta or(ArticleMeta other) {
        return new ArticleMeta(first(id, other.id), first(headline, other.headline), first(standfirst, other.standfirst),
                first(published, other.published), first(url, other.url));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
