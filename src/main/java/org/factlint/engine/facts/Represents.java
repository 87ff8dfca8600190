package org.factlint.engine.facts;

import java.util.List;
import org.factlint.model.Fact;

/**
 * A person represents a party (a country, organisation, group or another person): one per pair,
 * derived before the rules run from affiliation facts and the {@code of} of current roles.
 *
 * @param via   every affiliation and role fact that says so, in reading order
 * @param order the reading-order place of the first of them, so a rule can name parties in reading order
 */
public record Represents(String person, String party, List<Fact> via, int order) {

    public Represents {
        via = List.copyOf(via);
    }
}
