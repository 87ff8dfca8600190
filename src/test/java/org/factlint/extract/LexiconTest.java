package org.factlint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factlint.extract.read.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newsroom's own lexicon folder: used when whole and valid, refused with every problem otherwise. */
class LexiconTest {

    private static Path copyBundled(Path dir) throws IOException {
        for (String f : Lexicon.FILES.keySet()) {
            try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(Lexicon.BUNDLED + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }

    @Test
    void aNewsroomsOwnWordsAreRead(@TempDir Path dir) throws IOException {
        copyBundled(dir);
        Files.writeString(dir.resolve("attendance.tsv"), "snubbed {event}\tabsent\n", java.nio.file.StandardOpenOption.APPEND);
        String text = "Talks in Geneva opened on Monday. Foreign Minister Anna Berg snubbed the talks.";
        ArticleText a = new ArticleText("a", null, null, "2025-04-23", LocalDate.of(2025, 4, 23), null, text);
        assertTrue(BuiltinExtractor.withLexicon(dir).extract(a).contains("\"status\":\"absent\""));
        assertTrue(!new BuiltinExtractor().extract(a).contains("\"status\":\"absent\""), "the bundled lexicon has no 'snubbed'");
    }

    @Test
    void aBrokenFolderIsRefusedWithEveryProblem(@TempDir Path dir) throws IOException {
        copyBundled(dir);
        Files.delete(dir.resolve("cues.tsv"));
        Files.writeString(dir.resolve("attendance.tsv"), "# mine\nsnubbed {event}\tgone\nonly-one-column\n");
        Lexicon.LexiconException e = assertThrows(Lexicon.LexiconException.class, () -> Lexicon.load(dir));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("attendance.tsv:2: expected a status"), e.problems().toString());
        assertTrue(e.problems().get(1).startsWith("attendance.tsv:3: expected 2 tab-separated columns"), e.problems().toString());
        assertTrue(e.problems().get(2).startsWith("cues.tsv: missing"), e.problems().toString());
    }

    @Test
    void aMissingFolderIsRefused(@TempDir Path dir) {
        Lexicon.LexiconException e = assertThrows(Lexicon.LexiconException.class, () -> Lexicon.load(dir.resolve("nope")));
        assertEquals("not a folder", e.problems().get(0));
    }

    @Test
    void anOfficeMustSayWhomItSpeaksForAsRankAndCountry(@TempDir Path dir) throws IOException {
        copyBundled(dir);
        Files.writeString(dir.resolve("organisations.tsv"), "bercy\torganisation\tBercy\t\t\tfinance minister of france\n",
                java.nio.file.StandardOpenOption.APPEND);
        Lexicon.LexiconException e = assertThrows(Lexicon.LexiconException.class, () -> Lexicon.load(dir));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("expected whom the office speaks for as RANK@COUNTRY-ID"), e.problems().toString());
        Files.writeString(dir.resolve("organisations.tsv"), "bercy\torganisation\tBercy\t\t\tminister:finance@france\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("organisations.tsv"), Files.readString(dir.resolve("organisations.tsv"))
                .replace("bercy\torganisation\tBercy\t\t\tfinance minister of france\n", ""));
        assertEquals(new Lexicon.SpeaksFor(org.factlint.model.Rung.MINISTER, "france"), Lexicon.load(dir).speaksFor("bercy"));
    }
}
