package org.factlint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * When an event happens: a date, the words the article uses ("on Tuesday night"), or both.
 *
 * @param stage whether this is the date the event was planned for ("originally scheduled for
 *              3 March") or the one it actually takes place on (the default)
 * @param tense the contract's {@code when}: which side of publication a bare weekday points to,
 *              from the sentence's tense; null when the extractor does not say (the weekday then
 *              fits the nearest such day on either side). Named so because {@code when} is a DRL word
 * @param lastDay the contract's {@code until}: the last day of a span the event falls within ("from November 2 to November 12",
 *              "June 11-12"; {@code date} is the first): every day the event takes place on lies
 *              in the span; null for a single date. Named so because {@code until} is an MVEL word
 */
public record EventDateFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                            String event, LocalDate date, String expression,
                            @Addition(absent = "ACTUAL") Stage stage, @Addition Tense tense,
                            @Addition LocalDate lastDay) implements Fact {

    public EventDateFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
        stage = stage == null ? Stage.ACTUAL : stage;
    }

    /** An actual date, with no tense and no origin: the fields of the first contract. */
    public EventDateFact(String id, Source source, double confidence, List<Evidence> evidence,
                         String event, LocalDate date, String expression) {
        this(id, source, confidence, evidence, Origin.NONE, event, date, expression, Stage.ACTUAL, null, null);
    }

    @Override
    public String type() {
        return "event-date";
    }

    /** A date with no span: the fields before {@code until} was added. */
    public EventDateFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                         String event, LocalDate date, String expression, Stage stage, Tense tense) {
        this(id, source, confidence, evidence, origin, event, date, expression, stage, tense, null);
    }

    /** True if this is a planned date, not the one the event takes place on. */
    public boolean planned() {
        return stage == Stage.PLANNED;
    }
}
