package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factlint.model.ClaimFact;
import org.factlint.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "attended, attend, false", "did not attend, attend, true", "didn't attend, attend, true",
            "never attended, attend, true", "met, meet, false", "did not meet, meet, true",
            "won't agree, wil agre, true", "will not agree, wil agre, true", "cannot confirm, can confirm, true",
            "were canceled after, cancel after, false", "were not cancelled after, cancel after, true",
            "canceled after, cancel after, false", "has not said, say, true", "said, say, false",
            "no longer involve, no longer involv, false", "is, is, false", "is not, is, true",
            "focused on, focus on, false", "focuses on, focus on, false", "denied, deny, false", "denies, deny, false"})
    void predicatesFoldNegationAuxiliariesAndEndings(String predicate, String key, boolean negating) {
        Claims.Predicate p = Claims.predicate(predicate);
        assertEquals(key, p.key());
        assertEquals(negating, p.negating());
    }

    @Test
    void theClaimsPolarityCombinesItsFlagAndItsPredicate() {
        assertFalse(Claims.negative(claim("attended", false, null)));
        assertTrue(Claims.negative(claim("attended", true, null)));
        assertTrue(Claims.negative(claim("did not attend", false, null)));
        assertFalse(Claims.negative(claim("did not attend", true, null)), "a double negation");
    }

    @Test
    void onlyTwoDifferentDatesExcuseANegation() {
        LocalDate mon = LocalDate.of(2025, 4, 21);
        LocalDate tue = LocalDate.of(2025, 4, 22);
        assertTrue(Claims.differentDates(claim("join", true, mon), claim("join", false, tue)));
        assertFalse(Claims.differentDates(claim("join", true, mon), claim("join", false, mon)));
        assertFalse(Claims.differentDates(claim("join", true, mon), claim("join", false, null)));
        assertFalse(Claims.differentDates(claim("join", true, null), claim("join", false, null)));
    }

    private static ClaimFact claim(String predicate, boolean negated, LocalDate date) {
        return new ClaimFact("c", Source.BODY, 1, List.of(), "rubio", predicate, "london-talks", negated, date);
    }
}
