package org.factlint.model;

import java.util.List;

/** A title given to a person: "US Secretary of State Marco Rubio". {@code of} and {@code rank} may be null. */
public record RoleFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                       String person, String title, String of, Rank rank, boolean current) implements Fact {

    public RoleFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A fact that does not say what made it. */
    public RoleFact(String id, Source source, double confidence, List<Evidence> evidence,
                    String person, String title, String of, Rank rank, boolean current) {
        this(id, source, confidence, evidence, Origin.NONE, person, title, of, rank, current);
    }

    @Override
    public String type() {
        return "role";
    }

}
