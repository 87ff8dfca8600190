package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void punctuationSeparatesWordsButInnerApostrophesStay() {
        assertEquals(List.of("official", "level", "talks", "will", "continue"), Words.of("Official-level talks will continue."));
        assertEquals(List.of("don't", "rubio's", "jones"), Words.of("\u201CDon\u2019t\u201D Rubio's Jones'"));
        assertEquals(List.of("jean", "noel", "barrot"), Words.of("  Jean-No\u00EBl   Barrot "));
        assertEquals("30 000 troops", Words.key("30,000 troops"));
        assertEquals(List.of(), Words.of(null));
    }
}
