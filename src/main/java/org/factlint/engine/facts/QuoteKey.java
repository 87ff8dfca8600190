package org.factlint.engine.facts;

import org.factlint.model.QuoteFact;

/**
 * A quotation as the quote rules compare it, derived before the rules run: one for the whole
 * quote, and one for each of its sentences when it has several (a sentence of a longer quote given
 * to another speaker is the same words).
 *
 * @param text    the words as the quote writes them: the whole quote, or one of its sentences
 * @param words   those words, normalised (see {@link org.factlint.engine.helpers.Quotes})
 * @param telling true if it is long enough for equal words to mean the same quote
 * @param channel the channel resolved to an entity id where it names one ("BBC"), or null
 * @param order   the quote's place in reading order (ReadingOrder)
 */
public record QuoteKey(QuoteFact quote, String text, String words, boolean telling, String channel, int order) {
}
