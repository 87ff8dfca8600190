package org.factlint.engine.facts;

import java.util.List;
import org.factlint.model.Fact;

/**
 * A country a party belongs to: a country is its own, an organisation belongs to the countries
 * it is a member of or that its name names ("UK Foreign Office"), a person to the countries they
 * represent, directly or through whom they represent. Groups span countries and have none.
 * Derived before the rules run.
 *
 * @param via the affiliation and role facts on the way (empty when entities or names link them)
 */
public record HomeCountry(String party, String country, List<Fact> via) {

    public HomeCountry {
        via = List.copyOf(via);
    }
}
