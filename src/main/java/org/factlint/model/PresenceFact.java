package org.factlint.model;

import java.time.LocalDate;
import java.util.List;

/** A person was somewhere, optionally on a given day; {@code place} is an entity id or free text. */
public record PresenceFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                           String person, String place, LocalDate date) implements Fact {

    public PresenceFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A fact that does not say what made it. */
    public PresenceFact(String id, Source source, double confidence, List<Evidence> evidence,
                        String person, String place, LocalDate date) {
        this(id, source, confidence, evidence, Origin.NONE, person, place, date);
    }

    @Override
    public String type() {
        return "presence";
    }

}
