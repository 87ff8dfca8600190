package org.factlint.engine.helpers;

import java.util.List;
import org.factlint.model.EventDateFact;

/**
 * What the event-date facts of one event say when taken together: the facts that say something
 * understood, and every day any of them allows.
 *
 * @param facts the facts used, in the order given
 * @param dates the union of the days each allows; never empty
 */
public record KnownDates(List<EventDateFact> facts, DateSet dates) {

    public KnownDates {
        facts = List.copyOf(facts);
    }
}
