package org.factlint;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule folder could not be turned into a rule set: a DRL file does not compile, or a rule
 * lacks the metadata the catalog needs. Nothing is checked with a partial rule set.
 */
public final class RuleSetException extends Exception {

    /**
     * One reason the rule set was refused.
     *
     * @param file    the DRL file (as given on the command line), or the folder
     * @param line    1-based line, or 0 when unknown
     * @param message what is wrong
     */
    public record RuleError(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    private final List<RuleError> errors;

    public RuleSetException(List<RuleError> errors) {
        super(errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
