package org.factlint.model;

import java.util.List;

/** Whom a person represents: "Washington's Ukraine envoy". */
public record AffiliationFact(String id, Source source, double confidence, List<Evidence> evidence,
                              String person, String of) implements Fact {

    public AffiliationFact {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String type() {
        return "affiliation";
    }

}
