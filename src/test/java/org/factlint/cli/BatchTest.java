package org.factlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch mode: JSON Lines files and standard input, in parallel, reports in input order. */
class BatchTest {

    static String seedLine;
    static String contradictionLine;

    @BeforeAll
    static void compactDocuments() throws IOException {
        seedLine = CliTest.JSON.readTree(Files.readAllBytes(Path.of(CliTest.SEED))).toString();
        contradictionLine = CliTest.JSON.readTree(Files.readAllBytes(Path.of(CliTest.CONTRADICTION))).toString();
        assertFalse(seedLine.contains("\n"));
    }

    static CliTest.Run runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--rules");
        all.add(2, "rules");
        int status = Main.run(all.toArray(String[]::new), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new CliTest.Run(status, out.toString(), err.toString());
    }

    @Test
    void everyLineIsADocumentNamedByItsLineNumber(@TempDir Path dir) throws IOException {
        Path batch = dir.resolve("batch.jsonl");
        Files.writeString(batch, seedLine + "\n" + contradictionLine + "\r\n\n" + seedLine + "\n");
        CliTest.Run r = CliTest.run("check", "--format", "json", batch.toString());
        List<JsonNode> reports = r.jsonLines();
        assertEquals(3, reports.size(), r.out());
        assertEquals(batch + ":1", reports.get(0).get("input").asText());
        assertEquals(batch + ":2", reports.get(1).get("input").asText());
        assertEquals(batch + ":4", reports.get(2).get("input").asText(), "a blank line is skipped but still counted");
        assertEquals(0, reports.get(0).get("findings").size());
        assertEquals("attendance.attended-and-absent", reports.get(1).get("findings").get(0).get("rule").asText());
        assertEquals(1, r.status());
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheRestAreChecked(@TempDir Path dir) throws IOException {
        Path batch = dir.resolve("batch.jsonl");
        String unknownStatus = contradictionLine.replace("\"withdrew\"", "\"gone\"");
        Files.writeString(batch, seedLine + "\n{\"format\": \n" + unknownStatus + "\n" + contradictionLine + "\n");
        CliTest.Run r = CliTest.run("check", "--format", "json", batch.toString());
        List<JsonNode> reports = r.jsonLines();
        assertEquals(4, reports.size(), r.out());
        assertEquals(batch + ":2", reports.get(1).get("input").asText());
        assertTrue(reports.get(1).get("problems").get(0).get("message").asText().contains("malformed JSON"), r.out());
        assertEquals(batch + ":3", reports.get(2).get("input").asText());
        assertTrue(reports.get(2).get("problems").toString().contains("gone"), r.out());
        assertEquals(1, reports.get(3).get("findings").size(), "the line after the bad ones is still checked");
        assertEquals(2, r.status());
        assertTrue(r.err().contains(batch + ":2: "), r.err());
    }

    @Test
    void aDashReadsJsonLinesFromStandardInput() throws IOException {
        CliTest.Run r = runWithStdin(contradictionLine + "\n" + seedLine, "check", "--format", "json", "-");
        List<JsonNode> reports = r.jsonLines();
        assertEquals(2, reports.size(), r.out() + r.err());
        assertEquals("stdin:1", reports.get(0).get("input").asText());
        assertEquals("stdin:2", reports.get(1).get("input").asText(), "the last line needs no line end");
        assertEquals(1, reports.get(0).get("findings").size());
        assertEquals(1, r.status());
    }

    @Test
    void reportsComeOutInInputOrderAcrossManyLinesAndMixedInputs(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        int lines = 120;
        for (int i = 0; i < lines; i++) {
            // contradictions at irregular places, so a report out of order would show
            sb.append(i % 7 == 3 || i % 11 == 0 ? contradictionLine : seedLine).append('\n');
        }
        Path batch = dir.resolve("many.jsonl");
        Files.writeString(batch, sb);
        CliTest.Run r = CliTest.run("check", "--format", "json", CliTest.SEED, batch.toString(), CliTest.CONTRADICTION);
        List<JsonNode> reports = r.jsonLines();
        assertEquals(lines + 2, reports.size());
        assertEquals(CliTest.SEED, reports.get(0).get("input").asText());
        for (int i = 0; i < lines; i++) {
            JsonNode report = reports.get(i + 1);
            assertEquals(batch + ":" + (i + 1), report.get("input").asText());
            boolean contradiction = i % 7 == 3 || i % 11 == 0;
            assertEquals(contradiction ? 1 : 0, report.get("findings").size(), "line " + (i + 1));
        }
        assertEquals(CliTest.CONTRADICTION, reports.get(lines + 1).get("input").asText());
    }

    @Test
    void foldersIncludeJsonLinesFilesAndTheTextReportCountsEveryDocument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), seedLine);
        Files.writeString(dir.resolve("b.jsonl"), seedLine + "\n" + seedLine + "\n");
        CliTest.Run r = CliTest.run("check", "--format", "json", dir.toString());
        List<String> names = r.jsonLines().stream().map(n -> n.get("input").asText()).toList();
        assertEquals(List.of(dir.resolve("a.json").toString(), dir.resolve("b.jsonl") + ":1", dir.resolve("b.jsonl") + ":2"),
                names);
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutBeingHeld() throws IOException {
        String longLine = "x".repeat(5000);
        JsonLines lines = new JsonLines(new ByteArrayInputStream(("ok\n" + longLine + "\nafter").getBytes(StandardCharsets.UTF_8)),
                1000);
        assertEquals("ok", new String(lines.next().bytes(), StandardCharsets.UTF_8));
        JsonLines.Line skipped = lines.next();
        assertEquals(2, skipped.number());
        assertTrue(skipped.error().contains("longer than the limit"), skipped.error());
        JsonLines.Line after = lines.next();
        assertEquals(3, after.number());
        assertEquals("after", new String(after.bytes(), StandardCharsets.UTF_8));
        assertEquals(null, lines.next());
    }

    @Test
    void aPrettyPrintedDocumentOnStandardInputGivesOneClearMessage() throws Exception {
        String pretty = Files.readString(Path.of("facts/2025-04-23-london-ukraine-talks.json"));
        CliTest.Run r = runWithStdin(pretty, "check", "--format", "json", "-");
        assertEquals(2, r.status());
        assertEquals(1, r.out().lines().count(), "one report, not one per line: " + r.out());
        assertTrue(r.out().contains("read as JSON Lines, one document per line"), r.out());
        assertTrue(r.out().contains("jq -c"), r.out());
        // the same document compacted on one line is checked
        String compact = new com.fasterxml.jackson.databind.ObjectMapper().readTree(pretty).toString();
        assertEquals(0, runWithStdin(compact, "check", "-").status());
    }
}
