package org.factlint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factlint.extract.ArticleText;
import org.factlint.extract.Extracted;
import org.factlint.extract.Extractor;
import org.factlint.input.ArticleOnly;
import org.factlint.input.FactsReader;
import org.factlint.input.InputLimits;
import org.factlint.input.Read;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.ArticleReader;
import org.factlint.input.text.PublishedDates;
import org.factlint.input.text.TextLimits;
import org.factlint.model.FactsDocument;
import org.factlint.model.Provenance;
import org.factlint.model.SourceMap;

/**
 * The first half of a check from text, one flow for every way an article comes in: read the text
 * (or an article-only JSON document), settle the publication date, let the {@link Extractor} write
 * a {@code factlint-facts/1} document, and read that document with the same {@link FactsReader}
 * as any other, so an outside extractor's facts and the built-in one's are treated alike. A
 * {@link Checker} uses one; {@code factlint extract} uses one on its own, without rules. Thread-safe.
 *
 * <p>An extractor's own problems ({@link Extractor#extractWithProblems}: a model's answer that was
 * not JSON, a quote not in the text) are the article's problems too; an error among them leaves
 * the article unchecked, and the other articles of a run go on.
 *
 * <p>Without a publication date, today in the clock's zone is assumed (a pre-publication check is
 * about an article that goes out today) and a warning says so.
 */
public final class Extraction {

    /**
     * The outcome: the extracted document as the extractor wrote it (null when reading or extraction
     * failed), its facts as the reader validated them (null when unusable), every problem of the way,
     * and what the report needs to know beside the facts (where the body stands in the text as given,
     * whether the publication date was assumed).
     */
    public record Result(String json, FactsDocument document, List<Problem> problems, Provenance provenance) {

        public Result {
            problems = List.copyOf(problems);
            provenance = provenance == null ? Provenance.NONE : provenance;
        }

        /** An outcome with nothing known beyond the document. */
        public Result(String json, FactsDocument document, List<Problem> problems) {
            this(json, document, problems, Provenance.NONE);
        }

        /** True when the facts can be checked. */
        public boolean ok() {
            return document != null;
        }

        static Result failed(List<Problem> problems) {
            return new Result(null, null, problems);
        }
    }

    private final Extractor extractor;
    private final FactsReader reader;
    private final ArticleReader texts;
    private final TextLimits textLimits;
    private final Clock clock;

    /**
     * @param extractor  reads the facts (see {@link org.factlint.extract.BuiltinExtractor})
     * @param limits     limits of the extracted document, as of any facts document
     * @param textLimits limits of the article text
     * @param clock      whose date is "today" when an article gives none
     */
    public Extraction(Extractor extractor, InputLimits limits, TextLimits textLimits, Clock clock) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.reader = new FactsReader(limits);
        this.texts = new ArticleReader(textLimits);
        this.textLimits = textLimits;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The extractor in use. */
    public Extractor extractor() {
        return extractor;
    }

    /** Reads the text and extracts its facts. */
    public Result fromText(ArticleInput input) {
        Read<ArticleReader.Placed> read = read(input);
        return read.ok() ? extract(read.value().article(), read.problems(), read.value().sourceMap())
                : Result.failed(read.problems());
    }

    /** Extracts the facts of an article already in plain text. */
    public Result fromArticle(ArticleText article) {
        return extract(article, List.of(), null);
    }

    /**
     * Extracts the facts of an article-only {@code factlint-facts/1} document (UTF-8 JSON with an
     * article and no entities or facts); {@code overrides} amend its article. A document that already
     * has facts, or is not JSON, is a problem.
     */
    public Result fromJson(byte[] json, ArticleMeta overrides) {
        FactsReader.Parsed parsed = reader.parse(json);
        if (parsed.tree() != null && !parsed.articleOnly()) {
            List<Problem> problems = new ArrayList<>(parsed.problems());
            problems.add(Problem.error("", "the document already has entities or facts; nothing to extract (an "
                    + "article-only document has an article and neither entities nor facts)"));
            return Result.failed(problems);
        }
        return fromParsed(parsed, overrides);
    }

    /** Extracts the facts of a parsed article-only document (or says why the parse failed). */
    Result fromParsed(FactsReader.Parsed parsed, ArticleMeta overrides) {
        if (parsed.tree() == null) {
            return Result.failed(parsed.problems());
        }
        Read<ArticleText> article = ArticleOnly.read(parsed.tree(), overrides, textLimits);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(article.problems());
        return article.ok() ? extract(article.value(), problems, null) : Result.failed(problems);
    }

    private Read<ArticleReader.Placed> read(ArticleInput input) {
        try {
            return input.read(texts);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader's bug must cost this one input, not the run; the message says it is factlint's fault.
            return Read.failed(List.of(Problem.error("", "factlint could not read this text (an internal error: "
                    + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")")));
        }
    }

    /** @param sourceMap where the body stands in the text as given; null for a body given as such */
    private Result extract(ArticleText article, List<Problem> before, SourceMap sourceMap) {
        List<Problem> problems = new ArrayList<>(before);
        boolean assumed = article.publishedDate() == null && article.published() == null;
        ArticleText dated = dated(article, problems);
        if (dated == null) {
            return Result.failed(problems);
        }
        Extracted extracted;
        try {
            extracted = extractor.extractWithProblems(dated);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(Problem.error("", "the extractor '" + extractor.name() + "' failed on this article: "
                    + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "")));
            return Result.failed(problems);
        }
        problems.addAll(extracted.problems());
        String json = extracted.json();
        if (json == null) {
            if (extracted.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
                problems.add(Problem.error("", "the extractor '" + extractor.name() + "' returned no document"));
            }
            return Result.failed(problems);
        }
        // (the tree the extractor wrote the text from, when it is clean, saves parsing the text again)
        FactsDocument clean = reader.readIfClean(extracted.tree());
        Read<FactsDocument> read = clean != null ? new Read<>(clean, List.of()) : reader.read(json);
        for (Problem p : read.problems()) {
            problems.add(new Problem(p.severity(), p.pointer(), p.line(), p.column(),
                    "in the facts extracted by '" + extractor.name() + "': " + p.message()));
        }
        return new Result(json, read.value(), problems, new Provenance(sourceMap, assumed));
    }

    /** The article with its publication date settled: as given, or today with a warning; null after an error. */
    private ArticleText dated(ArticleText a, List<Problem> problems) {
        if (a.publishedDate() != null) {
            return a;
        }
        if (a.published() != null) {
            String iso = PublishedDates.iso(a.published()).orElse(null);
            if (iso == null) {
                problems.add(Problem.error("", "the publication date '" + a.published() + "' is not a date; "
                        + PublishedDates.EXPECTED));
                return null;
            }
            return new ArticleText(a.id(), a.headline(), a.standfirst(), iso, PublishedDates.date(iso).orElseThrow(),
                    a.url(), a.text());
        }
        LocalDate today = LocalDate.now(clock);
        problems.add(Problem.warning("", "no publication date given: today, " + today + ", is assumed (relative dates "
                + "such as 'on Wednesday', and dates written without a year, are counted from it); give the date if the "
                + "article is not for today"));
        return new ArticleText(a.id(), a.headline(), a.standfirst(), today.toString(), today, a.url(), a.text());
    }
}
