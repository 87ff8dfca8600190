package org.factlint.extract;

/**
 * Reads an article's facts. The result is a {@code factlint-facts/1} document, the same contract an
 * outside extractor (a newsroom's NLP pipeline, a language model) writes, so everything after
 * extraction (reading, validation, rules, report) is the same whoever extracted the facts.
 *
 * <p>An extractor that is unsure extracts nothing: a missing fact costs an editor nothing, a wrong
 * one costs their trust. Each fact carries its {@code confidence}, {@code extractor} and exact
 * evidence (a quote found in the text, with offsets).
 *
 * <p>Implementations must be thread-safe: one instance serves every check of a run or a server.
 * A CMS can supply its own and hand it to the checker.
 */
public interface Extractor {

    /** The name written in the {@code extractor} field of the facts it makes ({@code factlint}, a model's name). */
    String name();

    /**
     * Extracts the facts of one article.
     *
     * @return a {@code factlint-facts/1} document as JSON text, carrying {@code article} (from
     *         {@code article}) with its {@code entities} and {@code facts}
     */
    String extract(ArticleText article);

    /**
     * Extracts the facts of one article and says what went wrong on the way: an extractor that can
     * fail on one article (a model that does not answer) or leaves things out (a quote not in the
     * text) reports it here, as problems of that article, instead of throwing. The default calls
     * {@link #extract(ArticleText)} and reports nothing.
     *
     * @return the document (or null, with an error saying why) and the problems
     */
    default Extracted extractWithProblems(ArticleText article) {
        return Extracted.of(extract(article));
    }
}
