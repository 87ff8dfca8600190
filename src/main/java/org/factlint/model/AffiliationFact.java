package org.factlint.model;

import java.util.List;

/** Whom a person represents: "Washington's Ukraine envoy". */
public record AffiliationFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                              String person, String of) implements Fact {

    public AffiliationFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A fact that does not say what made it. */
    public AffiliationFact(String id, Source source, double confidence, List<Evidence> evidence,
                           String person, String of) {
        this(id, source, confidence, evidence, Origin.NONE, person, of);
    }

    @Override
    public String type() {
        return "affiliation";
    }

}
