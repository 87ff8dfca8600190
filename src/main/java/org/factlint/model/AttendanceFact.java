package org.factlint.model;

import java.util.List;

/**
 * Who was (or was not) at an event: a person, or a party (a country, organisation or group: its delegation).
 *
 * @param tense the contract's {@code when}: {@code FUTURE} on a plan the article states as still
 *              standing at publication ("will attend", "is to meet"), {@code PAST} on one told as
 *              past ("was due to attend"); null when the fact does not say. Named so because
 *              {@code when} is a DRL word
 */
public record AttendanceFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                             String event, String person, String party, AttendanceStatus status,
                             @Addition Tense tense) implements Fact {

    public AttendanceFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A fact that does not say what made it. */
    public AttendanceFact(String id, Source source, double confidence, List<Evidence> evidence,
                          String event, String person, String party, AttendanceStatus status) {
        this(id, source, confidence, evidence, Origin.NONE, event, person, party, status, null);
    }

    /** A fact with no tense: the fields of the first contract. */
    public AttendanceFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                          String event, String person, String party, AttendanceStatus status) {
        this(id, source, confidence, evidence, origin, event, person, party, status, null);
    }

    /** True if this is a plan the article states as still standing at publication ("will attend"). */
    public boolean standingPlan() {
        return status == AttendanceStatus.PLANNED && tense == Tense.FUTURE;
    }

    /** True if the attendee was there, or is to be there by a plan still standing ("will attend"). */
    public boolean present() {
        return status == AttendanceStatus.ATTENDED || standingPlan();
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
