package org.factlint.model;

import java.util.List;

/** The level an event is said to be held at, as planned or as actually held. */
public record EventLevelFact(String id, Source source, double confidence, List<Evidence> evidence,
                             String event, Level level, Stage stage) implements Fact {

    public EventLevelFact {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String type() {
        return "event-level";
    }

}
