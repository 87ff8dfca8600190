package org.factlint.model;

/**
 * How an article given as text came to be checked, beyond what its facts say: where its body
 * stands in the text as given, and whether its publication date was assumed. Not part of the facts
 * document (whose offsets index the plain body); carried beside it to the report.
 *
 * @param sourceMap        where the body's characters stand in the text the article was read from
 *                         (a file, a request's body); null when it was given as plain body already
 *                         (a facts document, an {@code ArticleText})
 * @param publishedAssumed true when no publication date was given and today was assumed
 */
public record Provenance(SourceMap sourceMap, boolean publishedAssumed) {

    /** Nothing known beyond the facts document. */
    public static final Provenance NONE = new Provenance(null, false);
}
