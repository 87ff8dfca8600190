package org.factlint.input;

/**
 * Bounds that keep one hostile document from exhausting the process. Every limit breached is
 * reported as an input error naming the limit.
 *
 * @param maxBytes        largest document accepted, in bytes
 * @param maxDepth        deepest JSON nesting accepted (the contract needs 5)
 * @param maxStringLength longest JSON string accepted, in characters
 * @param maxFacts        most facts (and, separately, entities) in one document
 */
public record InputLimits(long maxBytes, int maxDepth, int maxStringLength, int maxFacts) {

    public static final InputLimits DEFAULT = new InputLimits(64L << 20, 64, 10_000_000, 200_000);
}
