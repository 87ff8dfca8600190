package org.factlint.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence ends: a full stop ends a sentence unless it closes an abbreviation that goes on. */
class SplitterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sherman met Mori in Washington, D.C. They discussed the alliance.|2",
        "Sherman met Mori in Washington, D.C. At the meeting, they discussed the alliance.|2",
        "The talks began at 3 p.m. The ministers then spoke to the press.|2",
        "Secretary of State Antony Blinken met his U.S. counterparts.|1",
        "The U.S. Secretary of State met Mori.|1",
        "Talks in Washington, D.C. Secretary Blinken hosted them.|1",
        "Deputy Secretary Sherman met today with Vice Minister Mori Takeo in Washington, D.C. Vice Minister Mori received her.|2",
        "Gen. Smith met the minister on Jan. 5 at 3 p.m. on Monday.|1",
        "John F. Kennedy spoke. Then he left.|2",
        "President Md. Shahabuddin received the envoys. Foreign Secretary Md. Jashim Uddin was present.|2",
        "Finance Minister Smt. Nirmala Sitharaman met Mohd. Rafizi Ramli.|1",
        "The governor spoke in Annapolis, Md. The talks went on.|2",
        "It was led by the First Minister, the Rt. Hon. Arlene Foster MLA, and the deputy First Minister.|1"})
    void sentencesEndWhereTheyShould(String text, int count) {
        List<Sentence> sentences = Splitter.sentences(text);
        assertEquals(count, sentences.size(), () -> sentences.stream()
                .map(s -> text.substring(s.start(), s.end())).toList().toString());
    }
}
