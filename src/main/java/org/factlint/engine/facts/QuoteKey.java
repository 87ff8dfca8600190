package org.factlint.engine.facts;

import org.factlint.model.QuoteFact;

/**
 * A quotation as the quote rules compare it, derived before the rules run.
 *
 * @param words   the quote's words (see {@link org.factlint.engine.helpers.Quotes})
 * @param telling true if it is long enough for equal words to mean the same quote
 * @param channel the channel resolved to an entity id where it names one ("BBC"), or null
 * @param order   the quote's place in reading order (ReadingOrder)
 */
public record QuoteKey(QuoteFact quote, String words, boolean telling, String channel, int order) {
}
