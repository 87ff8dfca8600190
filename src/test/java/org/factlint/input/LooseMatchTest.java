package org.factlint.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.factlint.input.LooseMatch.Span;
import org.junit.jupiter.api.Test;

/** Quotes found across typography, with offsets into the original text. */
class LooseMatchTest {

    private static final String TEXT = "Keith Kellogg, Washington\u2019s Ukraine envoy, attended\u00a0 Wednesday\u2019s talks "
            + "\u2014 \u201Ctechnical meetings\u201D.";

    private static String found(String quote) {
        return LooseMatch.find(TEXT, quote, 0).map(s -> TEXT.substring(s.start(), s.end())).orElse(null);
    }

    @Test
    void anExactQuoteIsFoundWhereItIs() {
        assertEquals(Optional.of(new Span(0, 13)), LooseMatch.find(TEXT, "Keith Kellogg", 0));
    }

    @Test
    void straightQuotesDashesAndSpacesMatchTypographicOnes() {
        assertEquals("Washington\u2019s Ukraine envoy", found("Washington's Ukraine envoy"));
        assertEquals("attended\u00a0 Wednesday\u2019s talks \u2014 \u201Ctechnical meetings\u201D",
                found("attended Wednesday's talks - \"technical meetings\""));
        assertEquals("Wednesday\u2019s talks", found(" Wednesday`s  talks "));
    }

    @Test
    void wordsAndCaseMustStillMatch() {
        assertEquals(null, found("washington's ukraine envoy"));
        assertEquals(null, found("Washington's envoy"));
        assertEquals(null, found("   "));
    }

    @Test
    void theOccurrenceNearestTheGivenOffsetWins() {
        String text = "talks \u2013 talks - talks";
        assertEquals(new Span(0, 7), LooseMatch.find(text, "talks -", 0).orElseThrow());
        assertEquals(new Span(8, 15), LooseMatch.find(text, "talks -", 9).orElseThrow());
    }
}
