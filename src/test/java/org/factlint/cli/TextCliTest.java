package org.factlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code extract} with article text: files of each format, folders, JSON Lines of
 * article-only documents, {@code --published}, {@code --min-confidence}, and bad text among good
 * inputs. (What the bundled extractor reads is not asserted here; TextCheckTest plants facts.)
 */
class TextCliTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void cache() {
        // compiled rules kept by content between the runs of this test, as the launcher keeps them
        System.setProperty(RuleOptions.CACHE_PROPERTY, "target/test-rule-cache");
    }

    static Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void factsReadFromTheSameWordsShareOneEvidenceLineAndOneSarifLocation() throws Exception {
        Path txt = write("two-countries.txt", "---\nheadline: Braze in Riga\npublished: 2024-12-01\n---\n"
                + "Minister Joly met Latvian Foreign Minister Baiba Braze in Riga. Lithuanian Foreign Minister Baiba Braze spoke.\n");
        CliTest.Run text = CliTest.run("check", txt.toString());
        assertTrue(text.out().contains("affiliation.two-countries"), text.out());
        long lines = text.out().lines().filter(l -> l.contains("\u201CLatvian Foreign Minister Baiba Braze\u201D")).count();
        assertEquals(1, lines, "the role and the affiliation read from one phrase are one line: " + text.out());
        assertTrue(text.out().matches("(?s).*f\\d+, f\\d+ +5:\\d+ +\u201CLatvian.*"), text.out());
        CliTest.Run sarif = CliTest.run("check", "--format", "sarif", txt.toString());
        com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(sarif.out()).at("/runs/0/results/0");
        assertEquals(1, result.get("relatedLocations").size(), result.toString());
    }

    @Test
    void anEmptyPathIsAUsageErrorNotTheCurrentFolder() throws Exception {
        // (an unset shell variable gives ""; black-box trial 21 saw it check the whole current folder)
        for (String command : new String[] {"check", "extract"}) {
            CliTest.Run run = CliTest.run(command, "");
            assertEquals(2, run.status(), command + ": " + run.err());
            assertTrue(run.err().contains("an empty PATH names no file"), run.err());
            assertEquals("", run.out(), command + " read nothing");
        }
    }

    @Test
    void aNewsroomLexiconGivenWithDashDashLexiconIsUsedAndABrokenOneRefused() throws Exception {
        // a copy of the bundled lexicon with one more attendance phrase, as docs/extraction.md tells a newsroom to make it
        Path lexicon = dir.resolve("lexicon");
        Files.createDirectories(lexicon);
        for (String file : org.factlint.extract.read.Lexicon.FILES.keySet()) {
            try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(
                    org.factlint.extract.read.Lexicon.BUNDLED + file)) {
                Files.copy(in, lexicon.resolve(file));
            }
        }
        Files.writeString(lexicon.resolve("attendance.tsv"), "stayed home from {event}\tabsent\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path txt = write("lexicon-run/rutte.txt", "---\nheadline: Summit\npublished: 2025-05-16\n---\n"
                + "Prime Minister Mark Rutte attended the summit in Brussels. Rutte stayed home from the summit.\n");
        CliTest.Run bundled = CliTest.run("check", txt.toString());
        assertEquals(0, bundled.status(), "the bundled lexicon does not know the phrase: " + bundled.out());
        CliTest.Run own = CliTest.run("check", "--lexicon", lexicon.toString(), txt.toString());
        assertEquals(1, own.status(), own.out() + own.err());
        assertTrue(own.out().contains("attendance.attended-and-absent"), own.out());
        CliTest.Run extracted = CliTest.run("extract", "--lexicon", lexicon.toString(), txt.toString());
        assertTrue(extracted.out().contains("\"absent\""), extracted.out());
        Path empty = Files.createDirectories(dir.resolve("empty-lexicon"));
        CliTest.Run broken = CliTest.run("check", "--lexicon", empty.toString(), txt.toString());
        assertEquals(2, broken.status());
        assertTrue(broken.err().contains("attendance.tsv: missing"), broken.err());
    }

    @Test
    void articleTextWhereJsonIsExpectedOrWithoutABodySaysHowToGiveIt() throws Exception {
        // black-box trial 5: a draft saved without an extension got "malformed JSON" for each line
        Path draft = write("no-ext/draft", "Rubio pulled out of the talks\n\nMarco Rubio pulled out of the London talks.\n");
        Path one = write("no-ext/one.txt", "One line article only.\n");
        CliTest.Run r = CliTest.run("check", draft.toString(), one.toString(), CliTest.SEED);
        assertEquals(2, r.status());
        assertTrue(r.out().contains("not JSON (article text?): name it .txt, .md or .html"), r.out());
        assertTrue(r.out().contains("the first line is the headline"), r.out());
        assertTrue(r.out().contains("no contradictions"), "the other input is still checked: " + r.out());
    }

    @Test
    void textFilesAreCheckedAndABadOneDoesNotStopTheOthers() throws Exception {
        Path txt = write("run1/2025-04-23-talks.txt", "Rubio skips London talks\n\nMarco Rubio pulled out.\n");
        Path md = write("run1/story.md", "---\ntitle: Talks\npublished: 2025-04-23\n---\nThe *talks* went on.\n");
        Path html = write("run1/page.html", "<article><h1>Page</h1><p>Officials met.</p></article>");
        Path bad = write("run1/bad.md", "---\ntitle: Talks\ndate: 23/04/2025\n---\nBody.\n");
        CliTest.Run r = CliTest.run("check", "--format", "json", txt.toString(), md.toString(), html.toString(), bad.toString(),
                CliTest.SEED);
        assertEquals(2, r.status(), r.err());
        List<JsonNode> reports = r.jsonLines();
        assertEquals(5, reports.size(), r.out());
        assertEquals("2025-04-23-talks", reports.get(0).at("/article/id").asText());
        assertEquals("2025-04-23", reports.get(0).at("/article/published").asText(), "the file name's date");
        assertEquals("Rubio skips London talks", reports.get(0).at("/article/headline").asText());
        assertEquals("Talks", reports.get(1).at("/article/headline").asText());
        assertEquals("Page", reports.get(2).at("/article/headline").asText());
        assertTrue(reports.get(2).at("/problems/0/message").asText().startsWith("no publication date given"),
                "no date: today assumed, and said");
        JsonNode badProblem = reports.get(3).at("/problems/0");
        assertEquals(3, badProblem.get("line").asInt(), reports.get(3).toString());
        assertEquals("error", badProblem.get("severity").asText());
        assertEquals(0, reports.get(4).get("problems").size(), "the facts document is checked as before");
        assertTrue(r.err().contains("bad.md: error: line 3, column 7: the front matter date '23/04/2025' is not a date"), r.err());
    }

    @Test
    void foldersJsonLinesAndPublishedOverrideWork() throws Exception {
        write("run2/a.md", "# A\n\nBody of a.\n");
        write("run2/sub/b.html", "<h1>B</h1><p>Body of b.</p>");
        write("run2/notes.csv", "ignored");
        Path lines = write("run2/batch.jsonl", article("one", "First text.") + "\n" + article("two", "Second text.") + "\n");
        CliTest.Run r = CliTest.run("check", "--format", "json", "--published", "2025-04-20", dir.resolve("run2").toString());
        assertEquals(0, r.status(), r.err() + r.out());
        List<JsonNode> reports = r.jsonLines();
        assertEquals(List.of("a.md", "batch.jsonl:1", "batch.jsonl:2", "b.html"),
                reports.stream().map(n -> Path.of(n.get("input").asText().replaceFirst(":\\d+$", ""))
                        .getFileName().toString() + n.get("input").asText().replaceFirst("^.*?(:\\d+)?$", "$1")).toList());
        for (JsonNode report : reports) {
            assertEquals("2025-04-20", report.at("/article/published").asText(), report.toString());
            assertEquals(0, report.get("problems").size(), report.toString());
        }
        assertEquals(lines.toString() + ":2", reports.get(2).get("input").asText());

        CliTest.Run badDate = CliTest.run("check", "--published", "soon", dir.resolve("run2/a.md").toString());
        assertEquals(2, badDate.status());
        assertTrue(badDate.err().contains("--published: expected a date"), badDate.err());
    }

    @Test
    void minConfidenceDecidesWhetherAnUncertainContradictionFails() throws Exception {
        ObjectNode doc = (ObjectNode) CliTest.JSON.readTree(Files.readString(Path.of(CliTest.CONTRADICTION)));
        ((ObjectNode) doc.get("facts").get(0)).put("confidence", 0.5);
        Path unsure = write("run3/unsure.json", doc.toString());
        CliTest.Run byDefault = CliTest.run("check", unsure.toString());
        assertEquals(0, byDefault.status(), byDefault.out());
        assertTrue(byDefault.out().contains("needs a look"), byDefault.out());
        assertTrue(byDefault.out().contains("the rule's severity is error"), byDefault.out());
        CliTest.Run strict = CliTest.run("check", "--min-confidence", "0", unsure.toString());
        assertEquals(1, strict.status(), strict.out());
        CliTest.Run outOfRange = CliTest.run("check", "--min-confidence", "1.5", unsure.toString());
        assertEquals(2, outOfRange.status());
    }

    @Test
    void extractWritesOneDocumentPrettyOrSeveralAsJsonLines() throws Exception {
        Path txt = write("run4/2025-04-23-story.txt", "Headline\n\nBody text.\n");
        CliTest.Run one = CliTest.run("extract", txt.toString());
        assertEquals(0, one.status(), one.err());
        assertTrue(one.out().startsWith("{\n"), "pretty-printed for a person to correct");
        JsonNode doc = CliTest.JSON.readTree(one.out());
        assertEquals("factlint-facts/1", doc.get("format").asText());
        assertEquals("Body text.", doc.at("/article/text").asText());
        assertEquals("2025-04-23", doc.at("/article/published").asText());
        assertTrue(doc.get("facts").isArray() && doc.get("entities").isArray());

        Path jsonl = write("run4/more.jsonl", article("x", "Text x.") + "\n" + article("y", "Text y.") + "\n");
        Path facts = write("run4/facts.json", Files.readString(Path.of(CliTest.CONTRADICTION)));
        CliTest.Run several = CliTest.run("extract", "--published", "2025-01-02", txt.toString(), jsonl.toString(),
                facts.toString());
        assertEquals(2, several.status(), "a document that already has facts cannot be extracted");
        List<JsonNode> docs = several.jsonLines();
        assertEquals(3, docs.size(), several.out());
        assertEquals(List.of("2025-04-23-story", "x", "y"), docs.stream().map(d -> d.at("/article/id").asText()).toList());
        docs.forEach(d -> assertEquals("2025-01-02", d.at("/article/published").asText()));
        assertTrue(several.err().contains("facts.json: error: the document already has entities or facts"),
                several.err());
        assertFalse(several.out().contains("\n  "), "one document per line");
    }

    @Test
    void evidenceOfAnArticleFileIsPlacedAtItsLineAndColumnInTheFile() throws Exception {
        String planted = "articles/planted/2025-04-23-london-ukraine-talks.txt";
        List<String> lines = Files.readAllLines(Path.of(planted));
        CliTest.Run json = CliTest.run("check", "--format", "json", planted);
        int placed = 0;
        for (JsonNode finding : json.jsonLines().get(0).get("findings")) {
            for (JsonNode e : finding.get("evidence")) {
                if (e.has("source")) {
                    assertFalse(e.has("line"), "headline and standfirst evidence is not placed in the file: " + e);
                    continue;
                }
                String line = lines.get(e.get("line").asInt() - 1);
                assertTrue(line.startsWith(e.get("quote").asText(), e.get("column").asInt() - 1),
                        "line " + e.get("line") + ", column " + e.get("column") + " starts with " + e.get("quote") + ": " + line);
                placed++;
            }
        }
        assertTrue(placed > 0, json.out());
        CliTest.Run text = CliTest.run("check", planted);
        assertTrue(text.out().contains("13:1         \u201CMarco Rubio attended Wednesday's talks\u201D"),
                "the planted sentence is the file's line 13 (the body's paragraph 9): " + text.out());
    }

    private static String article(String id, String text) {
        return "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}}";
    }
}
