package org.factlint.model;

import java.util.List;

/** Event {@code before} happened before event {@code after}: "the London gathering followed one in Paris". */
public record SequenceFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                           String before, String after) implements Fact {

    public SequenceFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A fact that does not say what made it. */
    public SequenceFact(String id, Source source, double confidence, List<Evidence> evidence,
                        String before, String after) {
        this(id, source, confidence, evidence, Origin.NONE, before, after);
    }

    @Override
    public String type() {
        return "sequence";
    }

}
