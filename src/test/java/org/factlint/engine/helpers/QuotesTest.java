package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factlint.model.QuoteFact;
import org.factlint.model.Source;
import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void quoteMarksCaseSpacingAndTrailingPunctuationAreSetAside() {
        assertTrue(Quotes.sameWords("\u201CDespite everything, we will work for peace this year,\u201D",
                "despite everything  we will work for peace this year"));
        assertTrue(Quotes.sameWords("I look forward to following up after the ongoing discussions.",
                "\"I look forward to following up after the ongoing discussions\""));
        assertTrue(Quotes.sameWords("Official-level talks will continue but these are closed",
                "official level talks will continue but these are closed!"));
    }

    @Test
    void aQuoteInsideALongerOneIsOtherWords() {
        assertFalse(Quotes.sameWords("technical meetings", "substantive and good technical meetings"));
        assertFalse(Quotes.sameWords("we will work for peace", "Despite everything, we will work for peace"));
        assertFalse(Quotes.sameWords("we will not recognise the occupation", "we will never recognise the occupation"),
                "one word apart is not the same words");
    }

    @Test
    void shortQuotesAreStockPhrases() {
        assertFalse(Quotes.telling("technical meetings"));
        assertFalse(Quotes.telling("We are deeply concerned."));
        assertFalse(Quotes.sameWords("unacceptable", "Unacceptable."));
        assertFalse(Quotes.telling("substantive and good technical meetings"));
        assertFalse(Quotes.telling("Nothing is agreed until everything is agreed."), "seven words");
        assertTrue(Quotes.telling("I look forward to following up after the ongoing discussions."));
    }

    @Test
    void wordsOfStockPhrasesDoNotCount() {
        assertEquals(5, Quotes.ownWords(Words.of("We will stand with Ukraine for as long as it takes")));
        assertFalse(Quotes.telling("We will stand with Ukraine for as long as it takes."));
        assertFalse(Quotes.sameWords("We are working towards a just and lasting peace in Europe.",
                "we are working towards a just and lasting peace in Europe"), "seven own words");
        assertTrue(Quotes.telling("We will keep working with Kyiv on the air defence package this winter."));
    }

    @Test
    void aQuoteDatedAnotherDayWasNotSaidAtTheEvent() {
        LocalDate tue = LocalDate.of(2025, 4, 22);
        LocalDate wed = LocalDate.of(2025, 4, 23);
        assertTrue(Quotes.saidOnAnotherDay(quote(tue), wed));
        assertFalse(Quotes.saidOnAnotherDay(quote(wed), wed));
        assertFalse(Quotes.saidOnAnotherDay(quote(null), wed));
        assertFalse(Quotes.saidOnAnotherDay(quote(tue), null));
    }

    private static QuoteFact quote(LocalDate date) {
        return new QuoteFact("q", Source.BODY, 1, List.of(), "rubio", "words", null, "talks", date);
    }

    @Test
    void wordsAndDisplay() {
        assertEquals("despite everything we will work for peace",
                Quotes.words("\u201CDespite everything, we will work for peace,\u201D"));
        assertEquals("We will keep working.", Quotes.display(" \u201CWe will keep working.\u201D "));
        assertEquals("it's 'fine' now", Quotes.display("'it's 'fine' now'"));
    }
}
