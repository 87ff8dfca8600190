package org.factlint.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factlint.model.Rank;
import org.factlint.model.RoleFact;
import org.factlint.model.Rung;
import org.factlint.model.Source;
import org.junit.jupiter.api.Test;

/** How a rank is put into words in a finding's message. */
class PersonRankTest {

    private static PersonRank titled(String title, Rank rank) {
        RoleFact role = new RoleFact("f1", Source.BODY, 1.0, List.of(), null, "michel", title, null, null, true);
        return new PersonRank("michel", rank, role, "title");
    }

    @Test
    void thePresidentOfABodyOfStatesIsALeaderNotAHeadOfState() {
        Rank head = new Rank(Rung.HEAD_OF_STATE, null);
        assertEquals("a leader", titled("President of the European Council", head).described());
        assertEquals("a leader", titled("European Commission President", head).described());
        assertEquals("a head of state", titled("President", head).described());
        assertEquals("a head of state", titled("President of France", head).described());
        assertEquals("a head of state", new PersonRank("macron", head, null, "reference").described());
        assertEquals("a foreign minister", titled("Foreign Minister", new Rank(Rung.MINISTER, "foreign")).described());
    }
}
