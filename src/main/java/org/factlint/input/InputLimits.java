package org.factlint.input;

/**
 * Bounds that keep one hostile document from exhausting the process. Every limit breached is
 * reported as an input error naming the limit; the counts are checked while the JSON is
 * streamed, before a tree is built or the schema validator walks it. The defaults leave ample
 * room for real articles (the seed article has 32 entities and 86 facts) and bound the worst
 * case a document within them can cost (docs/reliability.md has the measurements).
 *
 * @param maxBytes        largest document accepted, in bytes
 * @param maxDepth        deepest JSON nesting accepted (the contract needs 5)
 * @param maxStringLength longest JSON string accepted, in characters
 * @param maxFacts        most facts (and, separately, entities) in one document
 * @param maxItems        most entries in any other array: evidence, aliases, members, mentions
 */
public record InputLimits(long maxBytes, int maxDepth, int maxStringLength, int maxFacts, int maxItems) {

    public static final long DEFAULT_MAX_BYTES = 16L << 20;
    public static final int DEFAULT_MAX_DEPTH = 64;
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    public static final int DEFAULT_MAX_FACTS = 1_000;
    public static final int DEFAULT_MAX_ITEMS = 1_000;

    public static final InputLimits DEFAULT = new InputLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_FACTS, DEFAULT_MAX_ITEMS);

    public InputLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxFacts < 1 || maxItems < 1) {
            throw new IllegalArgumentException("every input limit must be at least 1");
        }
    }

    /** The limits with the default {@code maxItems}. */
    public InputLimits(long maxBytes, int maxDepth, int maxStringLength, int maxFacts) {
        this(maxBytes, maxDepth, maxStringLength, maxFacts, DEFAULT_MAX_ITEMS);
    }

    public InputLimits withMaxBytes(long n) {
        return new InputLimits(n, maxDepth, maxStringLength, maxFacts, maxItems);
    }

    public InputLimits withMaxDepth(int n) {
        return new InputLimits(maxBytes, n, maxStringLength, maxFacts, maxItems);
    }

    public InputLimits withMaxStringLength(int n) {
        return new InputLimits(maxBytes, maxDepth, n, maxFacts, maxItems);
    }

    public InputLimits withMaxFacts(int n) {
        return new InputLimits(maxBytes, maxDepth, maxStringLength, n, maxItems);
    }

    public InputLimits withMaxItems(int n) {
        return new InputLimits(maxBytes, maxDepth, maxStringLength, maxFacts, n);
    }

    /**
     * "1,000,000 characters; raise it with --max-string": the end of a limit's message, with the
     * limit as people write numbers and the command-line option that changes it (the Java API
     * and the service's configuration have the same limits under the same names).
     */
    public static String limitNote(long limit, String unit, String option) {
        return "the limit is " + String.format(java.util.Locale.ROOT, "%,d", limit) + (unit.isEmpty() ? "" : " " + unit)
                + "; raise it with " + option;
    }

    /** A count as people write it: "1,000,000". */
    public static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
