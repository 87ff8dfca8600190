package org.factlint.model;

import java.time.LocalDate;
import java.util.List;

/** Any other statement, as a triple; subject and object are entity ids or free text. */
public record ClaimFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                        String subject, String predicate, String object, boolean negated, LocalDate date) implements Fact {

    public ClaimFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A fact that does not say what made it. */
    public ClaimFact(String id, Source source, double confidence, List<Evidence> evidence,
                     String subject, String predicate, String object, boolean negated, LocalDate date) {
        this(id, source, confidence, evidence, Origin.NONE, subject, predicate, object, negated, date);
    }

    @Override
    public String type() {
        return "claim";
    }

}
