package org.factlint.engine.facts;

import org.factlint.model.Rank;
import org.factlint.model.RoleFact;

/**
 * A rank a person holds on the publication date: from a current role in the article (stated,
 * or inferred from its title), or from the reference file (then {@code role} is null).
 *
 * @param basis how the rank was found: {@code stated}, {@code title} or {@code reference}
 */
public record PersonRank(String person, Rank rank, RoleFact role, String basis) {

    public boolean fromArticle() {
        return role != null;
    }

    /** The presidents of bodies of states ("President of the European Council"): leaders, not heads of state. */
    private static final java.util.regex.Pattern BODY_PRESIDENT = java.util.regex.Pattern.compile(
            "(?i)\\bpresident of the (european (council|commission|parliament)|commission|council)\\b"
            + "|\\b(european )?(council|commission) president\\b");

    /**
     * The rank in words, with its article, for a message: "a foreign minister"; "a leader" for the
     * president of a body of states, whose rung is a head of state's ("Charles Michel, the President
     * of the European Council" is no head of state).
     */
    public String described() {
        return role != null && rank.rung() == org.factlint.model.Rung.HEAD_OF_STATE && BODY_PRESIDENT.matcher(role.title()).find()
                ? "a leader" : rank.withArticle();
    }
}
