package org.factlint.cli;

import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.PublishedDates;
import org.factlint.input.text.TextLimits;
import picocli.CommandLine.Option;

/**
 * {@code --published}, the limits of article text ({@code --max-words} ...) and {@code --exclude},
 * shared by {@code check} and {@code extract}.
 */
final class TextOptions {

    private static final TextLimits D = TextLimits.DEFAULT;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date of articles given as text (and article-only documents): 2025-04-23, "
                    + "2025-04-23T09:30:00+01:00, or as front matter may write it (23 April 2025, April 23, 2025). Wins over "
                    + "front matter and page metadata. Without any date, today is assumed and the report says so.")
    String published;

    @Option(names = "--max-text-bytes", paramLabel = "N",
            description = "Largest text file (.txt, .md, .html) accepted, in bytes (default: " + TextLimits.DEFAULT_MAX_BYTES + ").")
    Long maxTextBytes;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Longest article body, in characters, after markup is removed (default: " + TextLimits.DEFAULT_MAX_CHARS + ").")
    Integer maxChars;

    @Option(names = "--max-words", paramLabel = "N",
            description = "Most words in an article body (default: " + TextLimits.DEFAULT_MAX_WORDS + ").")
    Integer maxWords;

    @Option(names = "--max-html-depth", paramLabel = "N",
            description = "Deepest nesting read from HTML (and Markdown blocks); deeper is read flat, with a warning "
                    + "(default: " + TextLimits.DEFAULT_MAX_DEPTH + ").")
    Integer maxDepth;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out the files found in folders whose name, or path below the folder, matches GLOB "
                    + "(repeatable): --exclude 'README.*' --exclude 'drafts/**'. Files named on the command line are always read.")
    java.util.List<String> exclude = new java.util.ArrayList<>();

    /**
     * The inputs the PATH arguments name, less those {@code --exclude} leaves out; null after
     * telling {@code err} of a glob that is not one, or of an empty PATH.
     */
    java.util.List<Inputs.Input> inputs(java.util.List<java.nio.file.Path> paths, java.io.PrintWriter err) {
        // (an empty argument, as an unset shell variable gives, would be read as the current folder)
        if (paths.stream().anyMatch(p -> p.toString().isEmpty())) {
            err.println("factlint: an empty PATH names no file; give a file or folder (. for the current folder)");
            return null;
        }
        try {
            return Inputs.expand(paths, exclude, note -> err.println("factlint: " + note));
        } catch (IllegalArgumentException e) {
            err.println("factlint: " + e.getMessage());
            return null;
        }
    }

    /** The limits given on the command line over the defaults; IllegalArgumentException for a value below 1. */
    TextLimits limits() {
        return new TextLimits(maxTextBytes != null ? maxTextBytes : D.maxBytes(), maxChars != null ? maxChars : D.maxChars(),
                maxWords != null ? maxWords : D.maxWords(), maxDepth != null ? maxDepth : D.maxDepth());
    }

    /** What the command line says about every article: its date; IllegalArgumentException for a date that is not one. */
    ArticleMeta overrides() {
        if (published == null) {
            return ArticleMeta.NONE;
        }
        String iso = PublishedDates.iso(published).orElseThrow(() -> new IllegalArgumentException(
                "--published: " + PublishedDates.EXPECTED + ", but found '" + published + "'"));
        return ArticleMeta.NONE.withPublished(iso);
    }
}
