package org.factlint.engine.facts;

import org.factlint.model.QuantityFact;

/**
 * A quantity as the quantity rules compare it, derived before the rules run: the subject
 * resolved to an entity id where it names one, the property's words without articles or plurals.
 *
 * @param order the quantity's place in reading order (ReadingOrder)
 */
public record QuantityKey(QuantityFact quantity, String subject, String property, int order) {
}
