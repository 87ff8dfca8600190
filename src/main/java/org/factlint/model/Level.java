package org.factlint.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The level an event is held at: a rung of the rank ladder ({@code minister:foreign} is a foreign
 * ministers' meeting) or {@code mixed}.
 *
 * @param rank the rung, or null when mixed
 */
public record Level(Rank rank) {

    public static final Level MIXED = new Level(null);

    /** Words articles use for levels, accepted in the {@code level} field as the spec maps them. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "ministerial", "minister",
            "high-level", "minister",
            "lower-level", "official",
            "official-level", "official",
            "working-level", "official",
            "technical", "official");

    /** Parses a ladder word, {@code minister:<portfolio>}, {@code mixed} or a synonym from the spec. */
    public static Optional<Level> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        if (w.equals("mixed")) {
            return Optional.of(MIXED);
        }
        return Rank.parse(SYNONYMS.getOrDefault(w, w)).map(Level::new);
    }

    /** What the contract accepts, for error messages. */
    public static String expected() {
        return "a level (" + Word.list(Rung.class) + ", minister:<portfolio>, mixed, or an article's word for one: "
                + String.join(", ", new java.util.TreeSet<>(SYNONYMS.keySet())) + ")";
    }

    public boolean isMixed() {
        return rank == null;
    }

    /** Mixed and {@code other} levels make no claim about who attends. */
    public boolean isSpecific() {
        return rank != null && !rank.isOther();
    }

    /** The rungs of officials, which one "official level" names whatever their seniority. */
    private static final java.util.Set<Rung> OFFICIALS = java.util.EnumSet.of(Rung.SENIOR_OFFICIAL, Rung.OFFICIAL);

    /**
     * Two actual levels conflict when both are specific and differ in rung or portfolio; "official level"
     * names officials of any seniority, so it does not conflict with "senior official level" (black-box
     * trial 26: "the 12th Senior Officials' Consultations at official level").
     */
    public boolean conflictsWith(Level other) {
        if (!isSpecific() || other == null || !other.isSpecific()) {
            return false;
        }
        if (OFFICIALS.contains(rank.rung()) && OFFICIALS.contains(other.rank.rung())) {
            return false;
        }
        return rank.conflictsWith(other.rank);
    }

    /**
     * True if the level is below ministers: officials', advisers', envoys' or deputy ministers'.
     * Someone of ministerial rank at the table would make it a ministerial meeting.
     */
    public boolean isBelowMinisterial() {
        return isSpecific() && !rank.rung().isMinisterial();
    }

    /** For people: "foreign minister level", "official level", "mixed level". */
    public String label() {
        return (rank == null ? "mixed" : rank.label()) + " level";
    }

    @Override
    public String toString() {
        return rank == null ? "mixed" : rank.toString();
    }
}
