package org.factlint.model;

import java.util.List;

/**
 * One statement read out of the article. Every fact type is an immutable record with the common
 * fields first; rules match on these records directly.
 */
public sealed interface Fact permits RoleFact, AttendanceFact, EventLevelFact, EventDateFact, EventPlaceFact,
        PresenceFact, SequenceFact, QuoteFact, QuantityFact, AffiliationFact, ClaimFact {

    /** Unique id of the fact in its document. */
    String id();

    /** The contract's {@code type} word: {@code role}, {@code attendance} ... */
    String type();

    /** Which text of the article the fact comes from. */
    Source source();

    /** The extractor's confidence, 0..1. */
    double confidence();

    /** Where the fact stands in the text; may be empty. */
    List<Evidence> evidence();

    /** What made the fact (the contract's {@code extractor} and {@code pattern}); {@link Origin#NONE} if not said. */
    Origin origin();

    /** The names of every fact type, as the contract writes them. */
    List<String> TYPES = List.of("role", "attendance", "event-level", "event-date", "event-place", "presence",
            "sequence", "quote", "quantity", "affiliation", "claim");
}
