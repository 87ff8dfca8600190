package org.factlint.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rung of the rank ladder, optionally qualified by a portfolio ({@code minister:foreign}).
 * Only ministers (and their deputies) carry a portfolio.
 *
 * @param rung      the rung
 * @param portfolio lower-case portfolio such as {@code foreign} or {@code defence}, or null
 */
public record Rank(Rung rung, String portfolio) {

    private static final Pattern PORTFOLIO = Pattern.compile("[a-z][a-z-]*");
    /** Spellings that mean the same portfolio, so "defense" and "defence" do not conflict. */
    private static final Map<String, String> PORTFOLIO_SYNONYMS = Map.of(
            "defense", "defence",
            "foreign-affairs", "foreign",
            "external-affairs", "foreign",
            "home", "interior",
            "home-affairs", "interior",
            "treasury", "finance");

    public Rank {
        if (portfolio != null) {
            portfolio = PORTFOLIO_SYNONYMS.getOrDefault(portfolio, portfolio);
        }
    }

    /**
     * Portfolios that are a region or a part of a department: their minister is a junior one
     * (Britain's "Minister of State for Europe", "Africa minister", "security minister"), so
     * titles give them rank {@code deputy-minister}. The regions ({@code REGIONS}) are a foreign
     * ministry's.
     */
    private static final java.util.Set<String> REGIONS = java.util.Set.of("europe", "africa", "asia", "middle-east",
            "indo-pacific", "americas", "commonwealth");
    private static final java.util.Set<String> JUNIOR_PORTFOLIOS = java.util.stream.Stream.concat(REGIONS.stream(),
            java.util.stream.Stream.of("security", "veterans")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True for a portfolio whose minister is a junior one: a region or a part of a department. */
    public boolean isJuniorPortfolio() {
        return portfolio != null && JUNIOR_PORTFOLIOS.contains(portfolio);
    }

    public static Rank of(Rung rung) {
        return new Rank(rung, null);
    }

    /** Parses {@code minister}, {@code minister:foreign}, {@code envoy} ...; empty if not a rank word. */
    public static Optional<Rank> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        int colon = w.indexOf(':');
        String rungWord = colon < 0 ? w : w.substring(0, colon);
        Optional<Rung> rung = Word.parse(Rung.class, rungWord);
        if (rung.isEmpty()) {
            return Optional.empty();
        }
        if (colon < 0) {
            return Optional.of(of(rung.get()));
        }
        String portfolio = w.substring(colon + 1);
        boolean ministerial = rung.get() == Rung.MINISTER || rung.get() == Rung.DEPUTY_MINISTER;
        if (!ministerial || !PORTFOLIO.matcher(portfolio).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Rank(rung.get(), portfolio));
    }

    /** What the contract accepts, for error messages. */
    public static String expected() {
        return "a rank (" + Word.list(Rung.class) + ", or minister:<portfolio> such as minister:foreign)";
    }

    /** {@code other} says nothing about a person's standing, so it never conflicts. */
    public boolean isOther() {
        return rung == Rung.OTHER;
    }

    /**
     * True if one person cannot hold both ranks at once: two different rungs, or two different
     * ministerial portfolios. Equal ranks, or a portfolio and its bare rung, are compatible, and
     * so is an adviser's post beside any office (a Secretary of State who is also National
     * Security Adviser).
     */
    public boolean conflictsWith(Rank other) {
        if (other == null || isOther() || other.isOther() || rung == Rung.ADVISER || other.rung == Rung.ADVISER) {
            return false;
        }
        if (rung != other.rung) {
            return true;
        }
        return portfolio != null && other.portfolio != null && !portfolio.equals(other.portfolio);
    }

    /** True if a person of this rank fits a meeting held at {@code level}: the same rung (and portfolio) or higher. */
    public boolean fits(Rank level) {
        if (rung.above(level.rung)) {
            return true;
        }
        return rung == level.rung
                && (portfolio == null || level.portfolio == null || portfolio.equals(level.portfolio));
    }

    /**
     * True if a person of this rank is the deputy who stands in for a minister at a meeting held at
     * {@code level}: a deputy minister (of the same portfolio, or of none stated) at a ministers'
     * meeting, as deputies routinely do at NATO's, the EU's or ASEAN's ministerial meetings; a
     * junior minister for a region ("Minister for Europe") at a foreign ministers' meeting; a
     * minister at a leaders' meeting, who came with their leader ("Teodoro attended the leaders'
     * summit": black-box trial 22).
     */
    public boolean standsInFor(Rank level) {
        if (rung == Rung.MINISTER && (level.rung == Rung.HEAD_OF_GOVERNMENT || level.rung == Rung.HEAD_OF_STATE)) {
            return true;
        }
        return rung == Rung.DEPUTY_MINISTER && level.rung == Rung.MINISTER
                && (portfolio == null || level.portfolio == null || portfolio.equals(level.portfolio)
                // a foreign ministry's junior minister for a region ("Minister for Europe") stands in for the foreign minister
                || REGIONS.contains(portfolio) && level.portfolio.equals("foreign"));
    }

    /** For people: "foreign minister", "head of state", "envoy". */
    public String label() {
        String base = rung.word().replace('-', ' ');
        if (portfolio == null) {
            return base;
        }
        String field = portfolio.replace('-', ' ');
        // a portfolio that names its post: "trade representative", not "trade representative minister"
        if (field.endsWith(" representative")) {
            return rung == Rung.DEPUTY_MINISTER ? "deputy " + field : field;
        }
        if (rung == Rung.DEPUTY_MINISTER) {
            return isJuniorPortfolio() ? "junior minister for " + region(field) : "deputy " + field + " minister";
        }
        return field + " " + base;
    }

    /** "Europe", "Middle East"; parts of a department stay lower case ("security"). */
    private static String region(String field) {
        if (field.equals("security") || field.equals("veterans")) {
            return field;
        }
        StringBuilder b = new StringBuilder();
        for (String w : field.split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** With its indefinite article: "an envoy", "a foreign minister". */
    public String withArticle() {
        String l = label();
        boolean vowelSound = "aeiou".indexOf(l.charAt(0)) >= 0 && !l.startsWith("eu"); // "a europe minister"
        return (vowelSound ? "an " : "a ") + l;
    }

    /** The contract's word: {@code minister:foreign}. */
    @Override
    public String toString() {
        return portfolio == null ? rung.word() : rung.word() + ":" + portfolio;
    }
}
