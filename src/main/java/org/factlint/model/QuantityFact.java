package org.factlint.model;

import java.util.List;

/** A count or ordinal: "a fourth meeting between Witkoff and Putin". {@code subject} is an entity id or a free key. */
public record QuantityFact(String id, Source source, double confidence, List<Evidence> evidence,
                           String subject, String property, double value, QuantityKind kind) implements Fact {

    public QuantityFact {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String type() {
        return "quantity";
    }

}
