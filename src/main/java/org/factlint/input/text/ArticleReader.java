package org.factlint.input.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factlint.Problem;
import org.factlint.input.InputLimits;
import org.factlint.Severity;
import org.factlint.extract.ArticleText;
import org.factlint.input.Read;
import org.factlint.model.SourceMap;

/**
 * Reads an article given as text ({@code .txt}, Markdown or HTML) into an {@link ArticleText}: the
 * plain body the extractor reads (paragraphs separated by a blank line; evidence offsets index
 * it), and the headline, standfirst, publication date, id and URL from, in order of precedence, the
 * overrides (command-line flags, query parameters), the text itself (front matter, the first line,
 * the page's metadata) and the fallbacks (an id made from the file name). A date that is not a date
 * is an error naming its line; a missing date is left null for the check to decide. The body comes
 * with a {@link SourceMap} from its offsets to the lines and columns of the text as given (front
 * matter, markup and joined lines counted), for reports that point into the file. Every failure
 * is a problem, never an exception; the limits bound the time and memory any text can take.
 * Thread-safe.
 */
public final class ArticleReader {

    private final TextLimits limits;

    public ArticleReader(TextLimits limits) {
        this.limits = limits;
    }

    /**
     * An article read from text, and where its body's characters stand in that text.
     *
     * @param article   the article, its body as the extractor reads it
     * @param sourceMap from offsets in {@code article.text()} to lines and columns in the text as given
     */
    public record Placed(ArticleText article, SourceMap sourceMap) {
    }

    /** The article in {@code bytes} (UTF-8), read as {@code format}. */
    public Read<ArticleText> read(byte[] bytes, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        return articleOf(readPlaced(bytes, format, overrides, fallbacks));
    }

    /** The article in {@code text}, read as {@code format}. */
    public Read<ArticleText> read(String text, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        return articleOf(readPlaced(text, format, overrides, fallbacks));
    }

    private static Read<ArticleText> articleOf(Read<Placed> read) {
        return new Read<>(read.ok() ? read.value().article() : null, read.problems());
    }

    /** The article in {@code bytes} (UTF-8), read as {@code format}, with where its body stands in them. */
    public Read<Placed> readPlaced(byte[] bytes, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        if (bytes.length > limits.maxBytes()) {
            return Read.failed(List.of(Problem.error("", "the text is " + InputLimits.number(bytes.length) + " bytes; "
                    + InputLimits.limitNote(limits.maxBytes(), "bytes", "--max-text-bytes"))));
        }
        Read<String> text = TextDecoding.decode(bytes);
        return text.ok() ? read(text, format, overrides, fallbacks) : Read.failed(text.problems());
    }

    /** The article in {@code text}, read as {@code format}, with where its body stands in the text. */
    public Read<Placed> readPlaced(String text, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        if ((long) text.length() > limits.maxBytes()) {
            return Read.failed(List.of(Problem.error("", "the text is " + InputLimits.number(text.length()) + " characters; "
                    + InputLimits.limitNote(limits.maxBytes(), "bytes", "--max-text-bytes"))));
        }
        Read<String> cleaned = TextDecoding.clean(text);
        return cleaned.ok() ? read(cleaned, format, overrides, fallbacks) : Read.failed(cleaned.problems());
    }

    private Read<Placed> read(Read<String> decoded, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        List<Problem> problems = new ArrayList<>(decoded.problems());
        String text = decoded.value();
        int[] lineStarts = SourceMap.lineStarts(text);
        int bodyStart = 0;
        ArticleMeta fromFront = ArticleMeta.NONE;
        Parsed.Dated frontDate = null;
        if (format != TextFormat.HTML) {
            FrontMatter front = FrontMatter.read(text);
            problems.addAll(front.problems());
            if (hasErrors(problems)) {
                return Read.failed(problems);
            }
            fromFront = new ArticleMeta(value(front, "id"), value(front, "headline"), value(front, "standfirst"),
                    value(front, "published"), value(front, "url"));
            FrontMatter.Value date = front.values().get("published");
            if (date != null) {
                frontDate = new Parsed.Dated(date.text(), date.line(), date.column(), "front matter");
            }
            bodyStart = front.bodyStart();
            text = text.substring(bodyStart);
        }
        ArticleMeta given = overrides.or(fromFront);
        Parsed parsed = parse(text, format, given.headline() == null, given.standfirst() == null);
        // ("---\npublished: 2025-07-20\n---\nThe talks in Doha resumed on Sunday.": front matter with no
        // headline over a body of one paragraph; that paragraph is the body, not a headline over nothing;
        // black-box trial 76)
        if (bodyStart > 0 && given.headline() == null && format != TextFormat.HTML && parsed.body().isBlank() && !text.isBlank()) {
            parsed = parse(text, format, false, false);
        }
        problems.addAll(parsed.problems());
        ArticleMeta fromText = new ArticleMeta(null, parsed.headline(), parsed.standfirst(),
                parsed.published() != null ? parsed.published().text() : null, parsed.url());
        ArticleMeta meta = given.or(fromText).or(fallbacks);
        Parsed.Dated dated = overrides.published() != null ? new Parsed.Dated(overrides.published(), null, null, "published")
                : frontDate != null ? frontDate
                : parsed.published() != null ? parsed.published()
                : meta.published() != null ? new Parsed.Dated(meta.published(), null, null, "published")
                // "WASHINGTON, Nov. 20, 2013 -": wire and agency copy carries its date in the dateline
                : PublishedDates.dateline(parsed.body()).map(d -> new Parsed.Dated(d, null, null, "dateline")).orElse(null);
        String published = null;
        LocalDate date = null;
        if (dated != null) {
            published = PublishedDates.iso(dated.text()).orElse(null);
            if (published == null) {
                problems.add(new Problem(Severity.ERROR, "", dated.line(), dated.column(), "the " + dated.where()
                        + " date '" + dated.text() + "' is not a date; " + PublishedDates.EXPECTED));
                return Read.failed(problems);
            }
            date = PublishedDates.date(published).orElseThrow();
            // ("published: 2025-06-04" over a transcript whose date line says "June 3, 2025": the words
            // were said, and "today" and "tomorrow" count from, the day the text gives itself; black-box
            // trial 52)
            // (a wire dateline opening prose, "WASHINGTON, Nov. 20, 2013 -", stays second to the front matter)
            LocalDate own = dated == frontDate ? PublishedDates.dateLine(parsed.body()).flatMap(PublishedDates::iso)
                    .flatMap(PublishedDates::date).orElse(null) : null;
            // ("published: 2025-09-25" over "NEW YORK, 24th Sep, 2025 (WAM) -- ... held talks today": copy
            // reposted a day or more after its wire dateline counts its days from the dateline; a dateline
            // after the front matter's date stays second to it; black-box trial 94)
            LocalDate wire = own == null && dated == frontDate ? PublishedDates.dateline(parsed.body()).flatMap(PublishedDates::iso)
                    .flatMap(PublishedDates::date).orElse(null) : null;
            own = wire != null && wire.isBefore(date) ? wire : own;
            if (own != null && !own.equals(date) && Math.abs(own.toEpochDay() - date.toEpochDay()) <= 7) {
                problems.add(new Problem(Severity.WARNING, "", dated.line(), dated.column(), "the text's own date line says "
                        + own + "; its days ('today', 'tomorrow', 'on Wednesday') are counted from that day, not from the "
                        + "front matter's " + published));
                date = own;
                published = own.toString();
            }
            if (dated == parsed.published() && PublishedDates.utc(published)) {
                LocalDate local = PublishedDates.datelineDayBefore(parsed.body(), date).orElse(null);
                if (local != null) {
                    date = local;
                    published = local.toString();
                }
            }
        }
        String body = parsed.body();
        if (body.isBlank()) {
            problems.add(Problem.error("", noBody(decoded.value(), format, bodyStart > 0)));
            return Read.failed(problems);
        }
        if (!BodyLimits.check(body, limits, "", problems)) {
            return Read.failed(problems);
        }
        String id = meta.id() != null && !meta.id().isBlank() ? meta.id().strip() : "article";
        ArticleText article = new ArticleText(id, blankToNull(meta.headline()), blankToNull(meta.standfirst()), published,
                date, blankToNull(meta.url()), body);
        return new Read<>(new Placed(article, new SourceMap(body, shifted(parsed.origins(), bodyStart), lineStarts)), problems);
    }

    private Parsed parse(String text, TextFormat format, boolean headline, boolean standfirst) {
        return switch (format) {
            case PLAIN -> PlainText.read(text, headline, standfirst);
            case MARKDOWN -> MarkdownText.read(text, headline, limits);
            case HTML -> HtmlText.read(text, limits);
        };
    }

    /** Why a text gave no article body, in the words of what it held. */
    private static String noBody(String text, TextFormat format, boolean frontMatter) {
        if (text.isBlank()) {
            return text.isEmpty() ? "no article text: the text is empty" : "no article text: the text holds only white space";
        }
        if (format == TextFormat.HTML) {
            return "no article text: the page has no paragraphs of text (the body is read from <article>, <main> or"
                    + " <body>; the headline from <h1> or og:title)";
        }
        if (frontMatter) {
            return "no article text: nothing follows the front matter; expected the article's body after its closing '---'";
        }
        return "no article text: expected the article's body after its headline (without front matter the first line"
                + " is the headline: put the headline on a line of its own, then the body, or start with front matter"
                + " giving 'headline:')";
    }

    /** Offsets in the text after the front matter made offsets in the whole text (-1, unknown, stays). */
    private static int[] shifted(int[] origins, int by) {
        int[] out = new int[origins.length];
        for (int i = 0; i < origins.length; i++) {
            out[i] = origins[i] < 0 ? -1 : origins[i] + by;
        }
        return out;
    }

    private static String value(FrontMatter front, String key) {
        FrontMatter.Value v = front.values().get(key);
        return v == null ? null : v.text();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
