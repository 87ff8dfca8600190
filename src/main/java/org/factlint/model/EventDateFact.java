package org.factlint.model;

import java.time.LocalDate;
import java.util.List;

/** When an event happens: a date, the words the article uses ("on Tuesday night"), or both. */
public record EventDateFact(String id, Source source, double confidence, List<Evidence> evidence,
                            String event, LocalDate date, String expression) implements Fact {

    public EventDateFact {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String type() {
        return "event-date";
    }

}
