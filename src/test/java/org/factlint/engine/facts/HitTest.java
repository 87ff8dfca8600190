package org.factlint.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A finding's message and suggestion read as sentences, whatever the entity they open with. */
class HitTest {

    @Test
    void aMessageOpeningWithALowerCaseNameStartsWithACapital() {
        assertEquals("Meeting between Wallace and Austin is said to be held at official level.",
                Hit.sentence("meeting between Wallace and Austin is said to be held at official level."));
        assertEquals("Unions' talks with ministers are dated twice.", Hit.sentence("unions' talks with ministers are dated twice."));
    }

    @Test
    void aQuotationOrACapitalIsLeftAsWritten() {
        assertEquals("\"today\" does not fit the date.", Hit.sentence("\"today\" does not fit the date."));
        assertEquals("Marco Rubio is reported as attending.", Hit.sentence("Marco Rubio is reported as attending."));
        assertEquals("", Hit.sentence(""));
    }
}
