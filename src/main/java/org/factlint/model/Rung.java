package org.factlint.model;

/** The rungs of the rank ladder, highest first. Ranks of people and levels of events share it. */
public enum Rung implements Word {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, DEPUTY_MINISTER, ENVOY, SENIOR_OFFICIAL, OFFICIAL, ADVISER, OTHER;

    /** True if this rung is above {@code other} on the ladder. */
    public boolean above(Rung other) {
        return ordinal() < other.ordinal();
    }

    /** Minister or higher: politicians rather than officials. */
    public boolean isMinisterial() {
        return ordinal() <= MINISTER.ordinal();
    }
}
