package org.factlint.engine.facts;

import org.factlint.model.ClaimFact;

/**
 * A claim as the claim rules compare it, derived before the rules run: subject and object
 * resolved to entity ids where they name an entity, the predicate's stemmed words, and the
 * polarity with any negation in the predicate folded in.
 *
 * @param order the claim's place in reading order (ReadingOrder), so a symmetric rule fires once, in reading order
 */
public record ClaimKey(ClaimFact claim, String subject, String predicate, String object, boolean negative, int order) {
}
