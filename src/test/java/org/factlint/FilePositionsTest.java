package org.factlint;

import static org.factlint.PlantingExtractor.ATTENDED;
import static org.factlint.PlantingExtractor.WITHDREW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factlint.extract.ArticleText;
import org.factlint.input.text.TextFormat;
import org.factlint.report.render.Renderer;
import org.factlint.report.render.TextRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence of an article read from a file is placed where an editor opening that file finds it:
 * line and column in the file, front matter, markup, entities, wrapped lines, Windows line ends
 * and a byte order mark counted. Each file is read as {@code check} reads it (bytes, format from the
 * name), with an extractor that plants the two facts wherever their sentences stand, and every
 * placed quote is looked up in the file itself.
 */
class FilePositionsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Front matter, a headline line, several paragraphs (one a line), CRLF line ends and a byte order mark. */
    static final String TXT = "\uFEFF---\r\ntitle: Rubio skips London talks\r\npublished: 2025-04-23\r\n---\r\n"
            + "The talks were meant to bring ministers together.\r\n"
            + "\r\n"
            + "Officials said that " + WITHDREW + " hours before they began.\r\n"
            + "The meeting went ahead at a lower level.\r\n"
            + "\r\n"
            + "\t " + ATTENDED + ", according to a later statement.\r\n";

    /** Markdown: front matter, a title, wrapped paragraphs, emphasis, an entity, an escape, a link and a list. */
    static final String MD = "---\npublished: 2025-04-23\n---\n# Rubio skips *London* talks\n\n"
            + "The talks were meant to bring ministers\ntogether, *officials* said &amp; \\*repeated\\*.\n\n"
            + "> A [spokesman](https://example.org/a) added: " + WITHDREW + "\n> hours before they began.\n\n"
            + "- The **UK** &amp; France sent officials. Later, " + ATTENDED.replace(" talks", "\n  talks") + " after all.\n";

    /** HTML: navigation left out, entities and inline elements before the quotes, indented lines. */
    static final String HTML = "<!doctype html>\n<html><head><title>Talks</title>\n"
            + "<meta property=\"article:published_time\" content=\"2025-04-23T09:00:00+01:00\"></head>\n"
            + "<body><nav>Home &middot; " + ATTENDED + "</nav>\n<article>\n  <h1>Rubio skips London talks</h1>\n"
            + "  <p>The talks &mdash; <em>meant</em> for ministers &amp; envoys &mdash; went on. " + WITHDREW + ".</p>\n"
            + "  <p>The <b>UK</b>&nbsp;&amp; France sent officials.\n     Then <b>" + ATTENDED + "</b>.</p>\n"
            + "</article>\n</body></html>\n";

    @TempDir
    static Path dir;

    static Checker checker;

    @BeforeAll
    static void build() throws Exception {
        checker = Checker.builder().rules(Path.of("rules")).ruleCache(TextCheckTest.CACHE)
                .extractor(new PlantingExtractor(1.0)).build();
    }

    /** The file checked as {@code check FILE} checks it. */
    static Report check(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        byte[] bytes = Files.readAllBytes(file);
        return checker.checkText(ArticleInput.of(bytes, TextFormat.ofFileName(name).orElseThrow()).fileName(file.toString()),
                file.toString(), CheckOptions.DEFAULT);
    }

    /** The file's lines as an editor shows them: split at CRLF, LF or CR, without a byte order mark. */
    static List<String> lines(String content) {
        return List.of(content.replace("\uFEFF", "").split("\r\n|\n|\r", -1));
    }

    /** The file's text from a 1-based line and column up to another, line ends and runs of spaces read as one space. */
    static String between(List<String> lines, int line, int column, int endLine, int endColumn) {
        StringBuilder sb = new StringBuilder();
        for (int l = line; l <= endLine; l++) {
            String s = lines.get(l - 1);
            int from = l == line ? column - 1 : 0;
            int to = l == endLine ? endColumn - 1 : s.length();
            sb.append(s, from, to).append(l < endLine ? " " : "");
        }
        return sb.toString().replaceAll("\\s+", " ").replaceAll("^ ", "");
    }

    /** Every body quote of the report's finding starts at its line and column in the file and ends at its end. */
    static void assertPlacedInFile(Report r, String content, int quotesOnOneLine) {
        assertTrue(r.checked(), r.problems().toString());
        assertEquals(1, r.findings().size(), r.findings().toString());
        List<String> lines = lines(content);
        int oneLine = 0;
        for (Finding.Evidence e : r.findings().get(0).evidence()) {
            Finding.Place p = e.place();
            assertNotNull(p, "body evidence of a file has its place in the file: " + e);
            String line = lines.get(p.line() - 1);
            if (p.endLine() == p.line()) {
                oneLine++;
                assertTrue(line.startsWith(e.quote(), p.column() - 1),
                        "line " + p.line() + " at column " + p.column() + " starts with \u201C" + e.quote() + "\u201D: " + line);
            } else {
                assertTrue(e.quote().startsWith(line.substring(p.column() - 1).strip()), "the quote starts on its line: " + line);
            }
            assertEquals(e.quote(), between(lines, p.line(), p.column(), p.endLine(), p.endColumn()));
            assertEquals(e.quote(), r.article().text().substring(e.start(), e.end()), "offsets still index the plain body");
        }
        assertEquals(quotesOnOneLine, oneLine);
    }

    @Test
    void aTextFileWithFrontMatterAndParagraphs() throws Exception {
        Report r = check("story.txt", TXT);
        assertPlacedInFile(r, TXT, 2);
        assertEquals(new Finding.Place(7, 21, 7, 21 + WITHDREW.length()), evidence(r, WITHDREW).place());
        assertEquals(new Finding.Place(10, 3, 10, 3 + ATTENDED.length()), evidence(r, ATTENDED).place());
        String text = TextRenderer.render(List.of(r));
        assertTrue(text.contains("f1   7:21         \u201C" + WITHDREW), text);
        assertTrue(text.contains("f2   10:3         \u201C" + ATTENDED), text);
    }

    @Test
    void aMarkdownFile() throws Exception {
        Report r = check("story.md", MD);
        assertPlacedInFile(r, MD, 1);
        assertEquals(9, evidence(r, WITHDREW).place().line());
        Finding.Place wrapped = evidence(r, ATTENDED).place();
        assertEquals(wrapped.line() + 1, wrapped.endLine(), "a quote over a wrapped line ends on the next line");
    }

    @Test
    void anHtmlFile() throws Exception {
        Report r = check("story.html", HTML);
        assertPlacedInFile(r, HTML, 2);
        assertEquals(9, evidence(r, ATTENDED).place().line(), "the article's quote, not the navigation's");
    }

    @Test
    void theJsonReportSarifAndJunitGiveThePlaceInTheFile() throws Exception {
        Report r = check("story.txt", TXT);
        JsonNode json = JSON.readTree(r.toJson());
        JsonNode attended = json.at("/findings/0/evidence/1");
        assertEquals(ATTENDED, attended.get("quote").asText());
        assertEquals(10, attended.get("line").asInt());
        assertEquals(3, attended.get("column").asInt());
        assertEquals(10, attended.get("endLine").asInt());
        assertEquals(3 + ATTENDED.length(), attended.get("endColumn").asInt());

        JsonNode sarif = JSON.readTree(render("sarif", r));
        JsonNode location = sarif.at("/runs/0/results/0/relatedLocations/0/physicalLocation");
        assertTrue(location.at("/artifactLocation/uri").asText().endsWith("story.txt"), location.toString());
        assertEquals(0, location.at("/artifactLocation/index").asInt(), "the input file itself, not the body inside it");
        assertEquals(10, location.at("/region/startLine").asInt());
        assertEquals(3, location.at("/region/startColumn").asInt());
        assertEquals(3 + ATTENDED.length(), location.at("/region/endColumn").asInt());
        assertTrue(location.at("/region/charOffset").isMissingNode(), "no offset into the body's text for a file region");
        assertEquals("text/plain", sarif.at("/runs/0/artifacts/0/mimeType").asText());

        assertTrue(render("junit", r).contains("f2 10:3 \u201C" + ATTENDED), "JUnit quotes with the file's line:column");
    }

    @Test
    void textGivenWithoutAFileIsPlacedInTheTextAsGiven() {
        String posted = "Rubio skips London talks\n\n" + WITHDREW + " early.\n\n\nLater " + ATTENDED + ".\n";
        Report r = checker.checkText(ArticleInput.plain(posted).published("2025-04-23"), "request");
        assertEquals(new Finding.Place(6, 7, 6, 7 + ATTENDED.length()), evidence(r, ATTENDED).place());
        assertEquals(new Finding.Place(3, 1, 3, 1 + WITHDREW.length()), evidence(r, WITHDREW).place());
    }

    @Test
    void aBodyGivenAsPlainTextOrFactsKeepsBodyPositions() throws Exception {
        String body = WITHDREW + " early.\n\nLater " + ATTENDED + ".";
        Report plain = checker.checkText(new ArticleText("a", "Rubio skips London talks", null, "2025-04-23",
                LocalDate.of(2025, 4, 23), null, body), "a");
        assertNull(evidence(plain, ATTENDED).place(), "no text as given beyond the body");
        assertTrue(TextRenderer.render(List.of(plain)).contains("f2   3:7          \u201C" + ATTENDED),
                "line:column in the body, as before");
        Report facts = checker.check(new PlantingExtractor(1.0).extract(new ArticleText("a", null, null, "2025-04-23",
                LocalDate.of(2025, 4, 23), null, body)), "a.json");
        assertNull(evidence(facts, ATTENDED).place());
        assertFalse(facts.toJson().contains("\"line\""), facts.toJson());
    }

    static Finding.Evidence evidence(Report r, String quote) {
        return r.findings().get(0).evidence().stream().filter(e -> e.quote().equals(quote)).findFirst().orElseThrow();
    }

    static String render(String format, Report r) throws Exception {
        Renderer renderer = Renderer.forFormat(format);
        StringBuilder sb = new StringBuilder();
        renderer.start(sb, checker.rules());
        renderer.report(r, sb);
        renderer.finish(sb);
        return sb.toString();
    }
}
