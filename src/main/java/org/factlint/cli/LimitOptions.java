package org.factlint.cli;

import org.factlint.input.InputLimits;
import picocli.CommandLine.Option;

/** {@code --max-bytes}, {@code --max-facts} ...: the input limits of {@code check} (docs/reliability.md). */
final class LimitOptions {

    private static final InputLimits D = InputLimits.DEFAULT;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document accepted, in bytes (default: "
            + InputLimits.DEFAULT_MAX_BYTES + ").")
    Long maxBytes;

    @Option(names = "--max-facts", paramLabel = "N",
            description = "Most facts, and most entities, in one document (default: " + InputLimits.DEFAULT_MAX_FACTS + ").")
    Integer maxFacts;

    @Option(names = "--max-items", paramLabel = "N",
            description = "Most entries in any other array: evidence, aliases, members, mentions (default: " + InputLimits.DEFAULT_MAX_ITEMS + ").")
    Integer maxItems;

    @Option(names = "--max-depth", paramLabel = "N", description = "Deepest JSON nesting accepted (default: " + InputLimits.DEFAULT_MAX_DEPTH + ").")
    Integer maxDepth;

    @Option(names = "--max-string", paramLabel = "N",
            description = "Longest JSON string accepted, in characters (default: " + InputLimits.DEFAULT_MAX_STRING_LENGTH + ").")
    Integer maxString;

    /** The defaults with whatever was given on the command line; throws IllegalArgumentException for a value below 1. */
    InputLimits limits() {
        return new InputLimits(maxBytes != null ? maxBytes : D.maxBytes(), maxDepth != null ? maxDepth : D.maxDepth(),
                maxString != null ? maxString : D.maxStringLength(), maxFacts != null ? maxFacts : D.maxFacts(),
                maxItems != null ? maxItems : D.maxItems());
    }
}
