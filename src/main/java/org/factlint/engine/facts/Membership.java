package org.factlint.engine.facts;

import java.util.List;
import org.factlint.model.Fact;

/**
 * A person belongs to a party's delegation: the person represents the party, or represents
 * someone or something that belongs to it (a member country of a group, the president of a
 * country). Derived before the rules run.
 *
 * @param via the affiliation and role facts that establish it (empty when a group lists the person)
 */
public record Membership(String person, String party, List<Fact> via) {

    public Membership {
        via = List.copyOf(via);
    }
}
