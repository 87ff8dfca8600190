package org.factlint.engine.facts;

import org.factlint.model.Entity;

/**
 * Two entities whose names may be near misses of each other ({@code Names.candidates}: same
 * kind, as many words, each pair of words starting alike, and in a long document last words
 * that share a string made by deleting up to two letters). The name rule tests these pairs
 * rather than every pair of a document's entities. Derived before the rules run, in both orders.
 * (Components of one letter trip the executable model compiler: an IndexOutOfBoundsException.)
 */
public record NamePair(Entity first, Entity second) {
}
