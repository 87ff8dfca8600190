package org.factlint.model;

import java.util.List;

/** Where an event happens; {@code place} is an entity id or free text. */
public record EventPlaceFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                             String event, String place) implements Fact {

    public EventPlaceFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A fact that does not say what made it. */
    public EventPlaceFact(String id, Source source, double confidence, List<Evidence> evidence,
                          String event, String place) {
        this(id, source, confidence, evidence, Origin.NONE, event, place);
    }

    @Override
    public String type() {
        return "event-place";
    }

}
