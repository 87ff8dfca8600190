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
}
