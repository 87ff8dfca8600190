package org.factlint.model;

/**
 * What made a fact, so that a finding can be traced back to what read its facts: the contract's
 * optional {@code extractor} (a tool or model, e.g. {@code factlint}) and {@code pattern} (the id
 * of the extraction pattern that made the fact). Either may be null. Not part of what a fact says:
 * fingerprints leave it out.
 */
public record Origin(String extractor, String pattern) {

    /** A fact that does not say what made it. */
    public static final Origin NONE = new Origin(null, null);

    /** {@link #NONE} when both are null, else a new origin. */
    public static Origin of(String extractor, String pattern) {
        return extractor == null && pattern == null ? NONE : new Origin(extractor, pattern);
    }
}
