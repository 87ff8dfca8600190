package org.factlint.model;

import java.util.List;

/** Who was (or was not) at an event: a person, or a party (a country, organisation or group: its delegation). */
public record AttendanceFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                             String event, String person, String party, AttendanceStatus status) implements Fact {

    public AttendanceFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A fact that does not say what made it. */
    public AttendanceFact(String id, Source source, double confidence, List<Evidence> evidence,
                          String event, String person, String party, AttendanceStatus status) {
        this(id, source, confidence, evidence, Origin.NONE, event, person, party, status);
    }

    @Override
    public String type() {
        return "attendance";
    }

    /** The person or, when none is given, the party. */
    public String attendee() {
        return person != null ? person : party;
    }

    /** True if the attendee is a delegation rather than a person. */
    public boolean byParty() {
        return person == null;
    }
}
