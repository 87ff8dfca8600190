package org.factlint.model;

/** Whether someone was at an event, as the article tells it. */
public enum AttendanceStatus implements Word {
    ATTENDED, ABSENT, WITHDREW, DECLINED, PLANNED, INVITED;

    /** Absent, withdrew or declined: statements that the person was not there. */
    public boolean isNotThere() {
        return this == ABSENT || this == WITHDREW || this == DECLINED;
    }

    /** Planned or invited: an intention, which a later withdrawal does not contradict. */
    public boolean isIntention() {
        return this == PLANNED || this == INVITED;
    }

    /** The status as a verb phrase for messages: "attended", "pulled out of", "declined". */
    public String asPhrase() {
        return switch (this) {
            case ATTENDED -> "attending";
            case ABSENT -> "being absent from";
            case WITHDREW -> "having pulled out of";
            case DECLINED -> "having declined";
            case PLANNED -> "being due at";
            case INVITED -> "being invited to";
        };
    }
}
