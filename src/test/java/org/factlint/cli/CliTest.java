package org.factlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, as the report contract describes it: formats, exit codes, bad inputs. */
class CliTest {

    static final String SEED = "facts/2025-04-23-london-ukraine-talks.json";
    static final String CONTRADICTION = "facts/examples/attendance/attended-and-withdrew.json";
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int status, String out, String err) {
        List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (all.size() > 0 && (all.get(0).equals("check") || all.get(0).equals("rules")) && !all.contains("--rules")) {
            all.add(1, "--rules");
            all.add(2, "rules");
        }
        int status = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void aConsistentArticleExitsZeroWithACleanReport() {
        Run r = run("check", SEED);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("no contradictions"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aContradictionExitsOneAndTheTextReportQuotesTheEvidence() {
        Run r = run("check", CONTRADICTION);
        assertEquals(1, r.status());
        assertTrue(r.out().contains("attendance.attended-and-absent"), r.out());
        assertTrue(r.out().contains("\u201CRubio attended Wednesday's talks\u201D"), r.out());
        assertTrue(r.out().contains("1 error"), r.out());
    }

    @Test
    void jsonIsOneReportPerLineInInputOrder() throws IOException {
        Run r = run("check", "--format", "json", SEED, CONTRADICTION);
        List<JsonNode> reports = r.jsonLines();
        assertEquals(2, reports.size());
        assertEquals("factlint-report/1", reports.get(0).get("format").asText());
        assertEquals(SEED, reports.get(0).get("input").asText());
        assertEquals(0, reports.get(0).get("findings").size());
        JsonNode finding = reports.get(1).get("findings").get(0);
        assertEquals("attendance.attended-and-absent", finding.get("rule").asText());
        assertEquals("attendance", finding.get("category").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("[\"f1\",\"f2\"]", finding.get("facts").toString());
        JsonNode evidence = finding.get("evidence").get(1);
        assertEquals("f2", evidence.get("fact").asText());
        assertEquals("example-attendance-attended-and-withdrew", reports.get(1).get("article").get("id").asText());
        assertEquals("Rubio attended Wednesday's talks", evidence.get("quote").asText());
        assertEquals(1, reports.get(1).get("summary").get("errors").asInt());
        assertEquals(1, r.status());
    }

    @Test
    void failOnNeverExitsZeroAndFailOnIsValidated() {
        assertEquals(0, run("check", "--fail-on", "never", CONTRADICTION).status());
        Run bad = run("check", "--fail-on", "sometimes", CONTRADICTION);
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--fail-on: expected error, warning, info or never but found 'sometimes'"), bad.err());
    }

    @Test
    void aReferenceFileMetInAFolderIsSkippedWithANote(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("reference/newsroom-2025.json"), dir.resolve("newsroom-2025.json"));
        Files.copy(Path.of(CONTRADICTION), dir.resolve("contradiction.json"));
        Run r = run("check", "--fail-on", "never", dir.toString());
        assertEquals(0, r.status(), r.err() + r.out());
        assertTrue(r.err().contains("newsroom-2025.json: skipped: a reference file (factlint-reference/1)"), r.err());
        assertTrue(r.err().contains("--reference"), r.err());
        assertTrue(r.out().contains("in 1 article"), r.out());
    }

    @Test
    void quietLeavesOutTheArticlesWithNothingToSayButCountsThem() {
        String clean = "facts/examples/date/consistent-meeting-over-two-days.json";
        Run r = run("check", "--quiet", clean, CONTRADICTION);
        assertEquals(1, r.status(), r.err() + r.out());
        assertFalse(r.out().contains("consistent-meeting-over-two-days"), r.out());
        assertTrue(r.out().contains("1 error"), r.out());
        assertTrue(r.out().endsWith("in 2 articles (1 clean, not shown)\n"), r.out());
        Run all = run("check", clean, CONTRADICTION);
        assertTrue(all.out().contains("consistent-meeting-over-two-days"), all.out());
        Run none = run("check", "-q", clean);
        assertEquals("\u2714 no contradictions in 1 article (1 clean, not shown)\n", none.out());
    }

    @Test
    void quietCountsAsNotShownOnlyTheCleanArticlesItLeftOut(@TempDir Path dir) throws IOException {
        // (a clean article with something to say, here a publication date assumed, is shown; black-box trials 99-102)
        Path undated = dir.resolve("undated.txt");
        Files.writeString(undated, "Talks end\n\nForeign Minister Jean Dupont met Foreign Minister Hans Bauer in Paris.\n");
        Run r = run("check", "-q", undated.toString(), "facts/examples/date/consistent-meeting-over-two-days.json");
        assertEquals(0, r.status(), r.err() + r.out());
        assertTrue(r.out().contains("undated"), r.out());
        assertTrue(r.out().contains("(2 clean, 1 not shown;"), r.out());
    }

    @Test
    void theSummaryMarkFollowsTheOutcomeUnderFailOn() {
        String warningOnly = "facts/examples/date/adjacent-dates.json";
        Run r = run("check", warningOnly);
        assertEquals(0, r.status(), "a warning does not fail the run under the default --fail-on error");
        assertTrue(r.out().contains("\n\u26A0 1 contradiction (0 errors, 1 warning, 0 infos) in 1 article\n"), r.out());
        assertFalse(r.out().contains("\u2716"), r.out());
        Run failing = run("check", "--fail-on", "warning", warningOnly);
        assertEquals(1, failing.status());
        assertTrue(failing.out().contains("\n\u2716 1 contradiction"), failing.out());
        Run error = run("check", CONTRADICTION);
        assertTrue(error.out().contains("\n\u2716 1 contradiction (1 error"), error.out());
    }

    @Test
    void aFileOfAnotherTypeIsRefusedByNameNotReadAsJson(@TempDir Path dir) throws IOException {
        Path rtf = dir.resolve("article.rtf");
        java.nio.file.Files.writeString(rtf, "Rubio met Lavrov in Riyadh on Tuesday.");
        Run r = run("check", rtf.toString(), SEED);
        assertEquals(2, r.status());
        assertTrue(r.out().contains("unsupported file type '.rtf'"), r.out());
        assertFalse(r.out().contains("malformed JSON"), r.out());
        assertTrue(r.out().endsWith("\u2716 no contradictions in 1 article; 1 article could not be checked\n"), r.out());
    }

    @Test
    void aMissingFileIsAnInputThatCouldNotBeReadNotAnArticle() throws IOException {
        Run r = run("check", "no-such-article.txt", SEED);
        assertEquals(2, r.status());
        assertTrue(r.out().contains("no-such-article.txt\n  could not be read:\n    error  no such file or folder\n"), r.out());
        assertTrue(r.out().endsWith("\u2716 no contradictions in 1 article; 1 input could not be read\n"), r.out());
        Run json = run("check", "--format", "json", "no-such-article.txt");
        JsonNode report = json.jsonLines().get(0);
        assertEquals(0, report.get("findings").size());
        assertEquals("no such file or folder", report.at("/problems/0/message").asText());
        assertEquals("error", report.at("/problems/0/severity").asText());
    }

    @Test
    void failOnTakesAnyCase() {
        assertEquals(0, run("check", "--fail-on", "NEVER", CONTRADICTION).status());
        assertEquals(1, run("check", "--fail-on", "Warning", CONTRADICTION).status());
    }

    @Test
    void anOutputFileInAFolderThatDoesNotExistSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir").resolve("report.txt");
        Run r = run("check", "--output", missing.toString(), CONTRADICTION);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no such folder: " + missing.getParent().toAbsolutePath()), r.err());
        assertFalse(r.err().contains(".tmp"), r.err());
    }

    @Test
    void oneBrokenFileDoesNotStopTheOthersAndExitsTwo(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"factlint-facts/1\", ");
        Run r = run("check", "--format", "json", CONTRADICTION, broken.toString(), SEED);
        assertEquals(2, r.status());
        List<JsonNode> reports = r.jsonLines();
        assertEquals(3, reports.size(), "every input gets a report, in order");
        assertEquals(1, reports.get(0).get("findings").size());
        assertEquals(0, reports.get(1).get("findings").size());
        JsonNode problem = reports.get(1).get("problems").get(0);
        assertEquals("error", problem.get("severity").asText());
        assertTrue(problem.get("message").asText().startsWith("malformed JSON"), problem.toString());
        assertEquals(1, problem.get("line").asInt());
        assertEquals(SEED, reports.get(2).get("input").asText());
        assertTrue(r.err().contains(broken + ": error: line 1"), r.err());
    }

    @Test
    void aMissingPathIsReportedAndTheRestChecked() throws IOException {
        Run r = run("check", "--format", "json", "no/such/file.json", SEED);
        assertEquals(2, r.status());
        List<JsonNode> reports = r.jsonLines();
        assertEquals(2, reports.size());
        assertTrue(reports.get(0).get("problems").get(0).get("message").asText().contains("no such file"));
        // a problem of the whole input has no place to name
        Run text = run("check", "no/such/file.json");
        assertTrue(text.out().contains("    error  no such file or folder\n"), text.out());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Run r = run("chek", SEED);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Did you mean: factlint check"), r.err());
    }

    @Test
    void foldersAreSearchedRecursively() throws IOException {
        Run r = run("check", "--format", "json", "--fail-on", "never", "facts/examples/attendance");
        assertEquals(0, r.status());
        assertTrue(r.jsonLines().size() >= 4);
    }

    @Test
    void excludeLeavesOutFilesFoundInFoldersByNameOrPathButNotFilesNamed(@TempDir Path dir) throws IOException {
        String article = "---\nheadline: Talks\npublished: 2025-04-23\n---\nRubio met Lammy in London on Wednesday.\n";
        Files.writeString(dir.resolve("a.txt"), article);
        Files.writeString(dir.resolve("README.txt"), "Notes for the desk: not an article.");
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/b.txt"), article);
        Run all = run("check", "--format", "json", dir.toString());
        assertEquals(3, all.jsonLines().size(), all.out());
        Run some = run("check", "--format", "json", "--exclude", "README.*", "--exclude", "drafts/**", dir.toString());
        assertEquals(0, some.status(), some.err());
        assertEquals(1, some.jsonLines().size(), some.out());
        assertTrue(some.out().contains("a.txt"), some.out());
        Run named = run("check", "--format", "json", "--exclude", "*.txt", dir.resolve("a.txt").toString());
        assertEquals(1, named.jsonLines().size(), "a file named on the command line is read");
        Run bad = run("check", "--exclude", "[", dir.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--exclude: not a glob pattern: '['"), bad.err());
        Run extract = run("extract", "--exclude", "README.*", "--exclude", "drafts/**", dir.toString());
        assertEquals(0, extract.status(), extract.err());
        assertTrue(extract.out().contains("\"headline\""), extract.out());
    }

    @Test
    void outputGoesToTheFileAndStandardOutputStaysEmpty(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.txt");
        Run r = run("check", "--output", report.toString(), CONTRADICTION);
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(Files.readString(report).contains("attendance.attended-and-absent"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anUnwritableOutputIsAnErrorNotASilentLoss(@TempDir Path dir) {
        Run r = run("check", "--output", dir.resolve("missing-folder/report.txt").toString(), SEED);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("cannot write the report"), r.err());
    }

    @Test
    void aBrokenRuleFileStopsTheRunWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), String.join("\n",
                "package factlint.rules.broken",
                "rule \"broken\"",
                "when",
                "  Object( == )",
                "then",
                "end"), StandardCharsets.UTF_8);
        Run r = run("check", "--rules", dir.toString(), SEED);
        assertEquals(2, r.status());
        assertEquals("", r.out(), "nothing is checked with a broken rule set");
        assertTrue(r.err().contains(dir.resolve("broken.drl") + ":4"), r.err());
    }

    @Test
    void aBrokenReferenceFileStopsTheRun(@TempDir Path dir) throws IOException {
        Path ref = dir.resolve("ref.json");
        Files.writeString(ref, "{\"format\": \"factlint-reference/1\", \"people\": [{\"id\": \"x\"}]}");
        Run r = run("check", "--reference", ref.toString(), SEED);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("/people/0: missing required field 'name'"), r.err());
    }

    @Test
    void badUsageExitsTwoWithAHint() {
        Run r = run("check");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--help"), r.err());
        assertEquals(2, run("check", "--format", "yaml", SEED).status());
        assertEquals(2, run("frobnicate").status());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("check"));
        assertTrue(help.out().contains("Exit status"));
        // each command's one-line summary is a sentence, not a lead-in to a list
        assertTrue(help.out().lines().filter(l -> l.trim().startsWith("serve")).noneMatch(l -> l.trim().endsWith(":")), help.out());
        Run checkHelp = run("check", "--help");
        assertTrue(checkHelp.out().contains("--fail-on"), checkHelp.out());
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("factlint "), version.out());
    }

    @Test
    void rulesListsTheCatalogFromTheRulesMetadata() throws IOException {
        Run r = run("rules");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("attendance.attended-and-absent"), r.out());
        Run json = run("rules", "--format", "json");
        JsonNode catalog = JSON.readTree(json.out());
        assertTrue(catalog.size() >= 7);
        for (JsonNode rule : catalog) {
            assertTrue(rule.get("id").asText().startsWith(rule.get("category").asText() + "."));
            assertFalse(rule.get("description").asText().isBlank());
        }
    }
}
