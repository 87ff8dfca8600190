package org.factlint.input.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factlint.Problem;
import org.factlint.input.InputLimits;
import org.factlint.Severity;
import org.factlint.extract.ArticleText;
import org.factlint.input.Read;

/**
 * Reads an article given as text ({@code .txt}, Markdown or HTML) into an {@link ArticleText}: the
 * plain body the extractor reads (paragraphs separated by a blank line; evidence offsets index
 * it), and the headline, standfirst, publication date, id and URL from, in order of precedence, the
 * overrides (command-line flags, query parameters), the text itself (front matter, the first line,
 * the page's metadata) and the fallbacks (an id made from the file name). A date that is not a date
 * is an error naming its line; a missing date is left null for the check to decide. Every failure
 * is a problem, never an exception; the limits bound the time and memory any text can take.
 * Thread-safe.
 */
public final class ArticleReader {

    private final TextLimits limits;

    public ArticleReader(TextLimits limits) {
        this.limits = limits;
    }

    /** The article in {@code bytes} (UTF-8), read as {@code format}. */
    public Read<ArticleText> read(byte[] bytes, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        if (bytes.length > limits.maxBytes()) {
            return Read.failed(List.of(Problem.error("", "the text is " + InputLimits.number(bytes.length) + " bytes; "
                    + InputLimits.limitNote(limits.maxBytes(), "bytes", "--max-text-bytes"))));
        }
        Read<String> text = TextDecoding.decode(bytes);
        return text.ok() ? read(text, format, overrides, fallbacks) : Read.failed(text.problems());
    }

    /** The article in {@code text}, read as {@code format}. */
    public Read<ArticleText> read(String text, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        if ((long) text.length() > limits.maxBytes()) {
            return Read.failed(List.of(Problem.error("", "the text is " + InputLimits.number(text.length()) + " characters; "
                    + InputLimits.limitNote(limits.maxBytes(), "bytes", "--max-text-bytes"))));
        }
        Read<String> cleaned = TextDecoding.clean(text);
        return cleaned.ok() ? read(cleaned, format, overrides, fallbacks) : Read.failed(cleaned.problems());
    }

    private Read<ArticleText> read(Read<String> decoded, TextFormat format, ArticleMeta overrides, ArticleMeta fallbacks) {
        List<Problem> problems = new ArrayList<>(decoded.problems());
        String text = decoded.value();
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
            text = text.substring(front.bodyStart());
        }
        ArticleMeta given = overrides.or(fromFront);
        Parsed parsed = switch (format) {
            case PLAIN -> PlainText.read(text, given.headline() == null, given.standfirst() == null);
            case MARKDOWN -> MarkdownText.read(text, given.headline() == null, limits);
            case HTML -> HtmlText.read(text, limits);
        };
        problems.addAll(parsed.problems());
        ArticleMeta fromText = new ArticleMeta(null, parsed.headline(), parsed.standfirst(),
                parsed.published() != null ? parsed.published().text() : null, parsed.url());
        ArticleMeta meta = given.or(fromText).or(fallbacks);
        Parsed.Dated dated = overrides.published() != null ? new Parsed.Dated(overrides.published(), null, null, "published")
                : frontDate != null ? frontDate
                : parsed.published() != null ? parsed.published()
                : meta.published() != null ? new Parsed.Dated(meta.published(), null, null, "published") : null;
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
        }
        String body = parsed.body();
        if (!BodyLimits.check(body, limits, "", problems)) {
            return Read.failed(problems);
        }
        String id = meta.id() != null && !meta.id().isBlank() ? meta.id().strip() : "article";
        return new Read<>(new ArticleText(id, blankToNull(meta.headline()), blankToNull(meta.standfirst()), published, date,
                blankToNull(meta.url()), body), problems);
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
