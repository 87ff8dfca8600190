package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhrasingTest {

    private static Entity entity(EntityKind kind, String name) {
        return new Entity("x", kind, name, List.of(), null, List.of(), false, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EVENT        | London talks                  | the London talks",
        "EVENT        | call between Rubio and Lammy  | the call between Rubio and Lammy",
        "EVENT        | the Ukraine talks             | the Ukraine talks",
        "EVENT        | Trump's warning               | Trump's warning",
        "EVENT        | G7 Summit                     | the G7 Summit",
        "EVENT        | Davos                         | Davos",
        "COUNTRY      | United States                 | the United States",
        "COUNTRY      | US                            | the US",
        "COUNTRY      | Netherlands                   | the Netherlands",
        "COUNTRY      | Ukraine                       | Ukraine",
        "ORGANISATION | NATO                          | NATO",
        "ORGANISATION | White House                   | the White House",
        "ORGANISATION | UK Foreign Office             | the UK Foreign Office",
        "ORGANISATION | Downing Street                | Downing Street",
        "GROUP        | E3                            | E3",
        "PERSON       | Marco Rubio                   | Marco Rubio",
        "PLACE        | United Arab Emirates          | United Arab Emirates"})
    void namesReadAsNounPhrases(EntityKind kind, String name, String phrase) {
        assertEquals(phrase, Phrasing.nounPhrase(entity(kind, name)));
    }

    @Test
    void pluralEventsTakePluralVerbs() {
        assertTrue(Phrasing.plural(entity(EntityKind.EVENT, "London talks")));
        assertTrue(Phrasing.plural(entity(EntityKind.EVENT, "talks between Rubio and Lammy")));
        assertFalse(Phrasing.plural(entity(EntityKind.EVENT, "meeting between the talks' envoys")));
        assertFalse(Phrasing.plural(entity(EntityKind.EVENT, "Geneva meeting")));
        assertFalse(Phrasing.plural(entity(EntityKind.PERSON, "Jane Talks")));
    }

    @Test
    void numbersAsPeopleWriteThem() {
        assertEquals("4,500", Phrasing.number(4500));
        assertEquals("3,000,000", Phrasing.number(3_000_000));
        assertEquals("12", Phrasing.number(12));
        assertEquals("2.5", Phrasing.number(2.5));
    }

    @Test
    void freeTextInAClaimTakesAnArticleWhenItNeedsOne() {
        assertEquals("the pay deal", Phrasing.freeNounPhrase("pay deal"));
        assertEquals("the talks in London", Phrasing.freeNounPhrase("talks in London"));
        assertEquals("RMT", Phrasing.freeNounPhrase("RMT"));
        assertEquals("a deal", Phrasing.freeNounPhrase("a deal"));
        assertEquals("they", Phrasing.freeNounPhrase("they"));
        assertEquals("3,000 workers", Phrasing.freeNounPhrase("3,000 workers"));
    }
}
