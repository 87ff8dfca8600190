package org.factlint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The level an event is said to be held at, as planned or as actually held.
 *
 * @param date the day this level held, for an event upgraded or downgraded while it ran; or null
 */
public record EventLevelFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                             String event, Level level, Stage stage, @Addition LocalDate date) implements Fact {

    public EventLevelFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
        stage = stage == null ? Stage.ACTUAL : stage;
    }

    /** An undated level with no origin: the fields of the first contract. */
    public EventLevelFact(String id, Source source, double confidence, List<Evidence> evidence,
                          String event, Level level, Stage stage) {
        this(id, source, confidence, evidence, Origin.NONE, event, level, stage, null);
    }

    @Override
    public String type() {
        return "event-level";
    }

}
