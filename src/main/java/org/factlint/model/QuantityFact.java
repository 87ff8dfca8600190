package org.factlint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A count or ordinal: "a fourth meeting between Witkoff and Putin". {@code subject} is an entity id or a free key.
 *
 * @param date the day the count held ("by Wednesday the number had grown to 4,500"); or null
 */
public record QuantityFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                           String subject, String property, double value, QuantityKind kind,
                           @Addition LocalDate date) implements Fact {

    public QuantityFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** An undated quantity with no origin: the fields of the first contract. */
    public QuantityFact(String id, Source source, double confidence, List<Evidence> evidence,
                        String subject, String property, double value, QuantityKind kind) {
        this(id, source, confidence, evidence, Origin.NONE, subject, property, value, kind, null);
    }

    @Override
    public String type() {
        return "quantity";
    }

}
