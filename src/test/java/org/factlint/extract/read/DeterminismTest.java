package org.factlint.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factlint.extract.ArticleText;
import org.factlint.extract.BuiltinExtractor;
import org.junit.jupiter.api.Test;

/**
 * The extractor writes the same document for the same text in every run: nothing it writes may
 * follow the iteration order of an unordered set or map, which changes from one JVM to the next.
 */
class DeterminismTest {

    @Test
    void aMeetingsParticipantsComeInOneOrder() {
        Discourse d = new Discourse(LocalDate.of(2025, 4, 23));
        Discourse.Entity zulu = d.person("Zed Zulu");
        Discourse.Entity adams = d.person("Amy Adams");
        Discourse.Entity meeting = d.meeting(List.of(zulu, adams), false, null, "meeting between Zulu and Adams");
        assertEquals(List.of(adams, zulu), d.participantsOf(meeting), "in the order of their ids, whatever the order named");
    }

    @Test
    void aBlockQuotesFieldsComeInTheOrderOfEveryQuote() {
        String text = "Defence Secretary Ben Wallace said:\n\nIt has been an honour to meet my friend Lloyd Austin.\n\n"
                + "The US is our closest ally and defence partner.";
        String json = new BuiltinExtractor().extract(new ArticleText("t", "Wallace", null, "2025-04-23", LocalDate.of(2025, 4, 23), null, text));
        int quote = json.indexOf("quote.block");
        assertTrue(quote > 0, json);
        int factStart = json.lastIndexOf("\"type\"", quote);
        assertTrue(json.indexOf("\"speaker\"", factStart) < json.indexOf("\"text\"", factStart), json);
    }
}
