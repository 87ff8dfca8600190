package org.factlint.model;

import java.util.List;

/** Where an event happens; {@code place} is an entity id or free text. */
public record EventPlaceFact(String id, Source source, double confidence, List<Evidence> evidence,
                             String event, String place) implements Fact {

    public EventPlaceFact {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String type() {
        return "event-place";
    }

}
