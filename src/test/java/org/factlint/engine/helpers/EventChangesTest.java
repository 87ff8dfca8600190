package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EventChangesTest {

    @ParameterizedTest
    @ValueSource(strings = {"was postponed to", "moved to", "Cancelled", "resumed on", "was relocated to",
            "were pushed back to", "delayed until", "rescheduled for", "continued in"})
    void changes(String predicate) {
        assertTrue(EventChanges.isChange(predicate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoped for success in", "downgraded after", "will involve", "attended", ""})
    void notChanges(String predicate) {
        assertFalse(EventChanges.isChange(predicate));
    }

    @Test
    void nothingIsNoChange() {
        assertFalse(EventChanges.isChange(null));
    }
}
