package org.factlint.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Entity ids made from names: lower-case words joined by hyphens, cut at a word's end. */
class SlugTest {

    @Test
    void aLongNameIsCutAtTheEndOfAWordNotInsideOne() {
        assertEquals("meeting-between-wallace-austin-and", Discourse.slug("meeting between Wallace, Austin and Miller"));
        assertEquals("meeting-between-lloyd-j-austin-iii-and", Discourse.slug("meeting between Lloyd J. Austin III and John Healey"));
    }

    @Test
    void aShortNameIsKeptWholeWithoutAccents() {
        assertEquals("mevlut-cavusoglu", Discourse.slug("Mevlüt Çavuşoğlu"));
    }
}
