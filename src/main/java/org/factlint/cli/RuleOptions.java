package org.factlint.cli;

import java.nio.file.Path;
import org.factlint.Checker;
import org.factlint.InvalidInputException;
import org.factlint.RuleSetException;
import picocli.CommandLine.Option;

/** The options that say which rules and reference to use; shared by check, rules and serve. */
final class RuleOptions {

    /** The launcher script points this at the repository's rules/ so that edits take effect without a rebuild. */
    static final String DEFAULT_RULES_PROPERTY = "factlint.rules";
    /** Where compiled rule sets are cached (the launcher uses target/rule-cache); unset: no cache. */
    static final String CACHE_PROPERTY = "factlint.cache";
    static final String CACHE_ENV = "FACTLINT_CACHE";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of .drl rule files (default: the bundled rules/).")
    Path rules;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "Reference file (factlint-reference/1): people and their roles over time, titles, groups.")
    Path reference;

    Path rulesFolder() {
        if (rules != null) {
            return rules;
        }
        String fromLauncher = System.getProperty(DEFAULT_RULES_PROPERTY);
        return fromLauncher == null || fromLauncher.isBlank() ? null : Path.of(fromLauncher);
    }

    static Path cacheFolder() {
        String folder = System.getProperty(CACHE_PROPERTY, System.getenv(CACHE_ENV));
        return folder == null || folder.isBlank() || folder.equals("off") ? null : Path.of(folder);
    }

    Checker.Builder builder() {
        return Checker.builder().rules(rulesFolder()).reference(reference).ruleCache(cacheFolder());
    }

    /** Builds the checker, or explains on standard error why the rules or the reference are unusable. */
    Checker checker(java.io.PrintWriter err) {
        return checker(err, org.factlint.input.InputLimits.DEFAULT);
    }

    /** As {@link #checker(java.io.PrintWriter)}, reading documents within {@code limits}. */
    Checker checker(java.io.PrintWriter err, org.factlint.input.InputLimits limits) {
        return checker(err, limits, org.factlint.input.text.TextLimits.DEFAULT);
    }

    /** As {@link #checker(java.io.PrintWriter)}, reading documents within {@code limits} and article text within {@code textLimits}. */
    Checker checker(java.io.PrintWriter err, org.factlint.input.InputLimits limits,
                    org.factlint.input.text.TextLimits textLimits) {
        return checker(err, limits, textLimits, null);
    }

    /** As above, reading article text with {@code extractors} (null: factlint's own). */
    Checker checker(java.io.PrintWriter err, org.factlint.input.InputLimits limits,
                    org.factlint.input.text.TextLimits textLimits, org.factlint.extract.Extractors extractors) {
        try {
            Checker.Builder builder = builder().limits(limits).textLimits(textLimits);
            Checker checker = (extractors != null ? builder.extractors(extractors) : builder).build();
            checker.referenceWarnings().forEach(p -> err.println("factlint: " + reference + ": " + p));
            return checker;
        } catch (RuleSetException e) {
            err.println("factlint: the rule set was refused; nothing was checked:");
            e.errors().forEach(x -> err.println("  " + x));
            return null;
        } catch (InvalidInputException e) {
            err.println("factlint: the reference file cannot be used; nothing was checked:");
            e.problems().forEach(p -> err.println("  " + e.input() + ": " + p));
            return null;
        }
    }
}
