package org.factlint.cli;

import static org.factlint.cli.CliTest.CONTRADICTION;
import static org.factlint.cli.CliTest.JSON;
import static org.factlint.cli.CliTest.SEED;
import static org.factlint.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factlint.report.render.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code check --format html|sarif|junit|ignore} and {@code --ignore} end to end. */
class ReportFormatsCliTest {

    static final String DEMO = "src/test/resources/reports/demo-article.json";

    @Test
    void htmlIsOnePageWithEveryReport() throws IOException {
        CliTest.Run r = run("check", "--format", "html", DEMO, SEED);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"fl-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(r.out());
        assertTrue(m.find());
        JsonNode items = JSON.readTree(m.group(1));
        assertEquals(2, items.size());
        assertEquals(4, items.at("/0/report/findings").size());
        assertEquals("headline", items.at("/0/report/findings/0/evidence/0/source").asText());
        assertTrue(items.at("/0/article/text").asText().startsWith("US Secretary of State"));
        assertEquals(0, items.at("/1/report/findings").size());
    }

    @Test
    void sarifValidatesAndHasOneResultPerFinding() throws IOException {
        CliTest.Run r = run("check", "--format", "sarif", DEMO, CONTRADICTION, SEED, "no-such-file.json");
        assertEquals(2, r.status(), "an input that could not be checked: " + r.err());
        JsonNode sarif = JSON.readTree(r.out());
        assertEquals(List.of(), SarifSchema.validate(sarif));
        assertEquals(4 + 1, sarif.at("/runs/0/results").size());
        int rules = JSON.readTree(run("check", "--format", "json", SEED).out()).at("/summary/rules").asInt();
        assertEquals(rules, sarif.at("/runs/0/tool/driver/rules").size(), "the whole catalog");
        assertEquals(false, sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean());
        JsonNode headline = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
        assertEquals(DEMO + "#/article/headline", headline.at("/artifactLocation/uri").asText());
        // a finding's fingerprint is the same in every format
        String json = run("check", "--format", "json", CONTRADICTION).out();
        assertEquals(JSON.readTree(json).at("/findings/0/fingerprint").asText(),
                sarif.at("/runs/0/results/4/partialFingerprints/factlint~1v1").asText());
    }

    @Test
    void junitHasOneSuitePerInput() throws Exception {
        CliTest.Run r = run("check", "--format", "junit", DEMO, SEED, "no-such-file.json");
        assertEquals(2, r.status());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, doc.getElementsByTagName("testsuite").getLength());
        Element demo = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals(DEMO, demo.getAttribute("name"));
        assertEquals("4", demo.getAttribute("failures"));
        assertEquals(4, demo.getElementsByTagName("failure").getLength());
        Element seed = (Element) doc.getElementsByTagName("testsuite").item(1);
        assertEquals("0", seed.getAttribute("failures"));
        assertEquals("1", seed.getAttribute("tests"));
        Element missing = (Element) doc.getElementsByTagName("testsuite").item(2);
        assertEquals("1", missing.getAttribute("errors"));
        // four failing, one passing, one error
        assertEquals(6, doc.getElementsByTagName("testcase").getLength());
    }

    @Test
    void formatIgnoreThenIgnoreSuppressesAndCounts(@TempDir Path dir) throws IOException {
        CliTest.Run listed = run("check", "--format", "ignore", DEMO, CONTRADICTION);
        assertEquals(1, listed.status());
        // the editor accepts the demo article's two delegation findings, not its other two
        StringBuilder kept = new StringBuilder();
        for (String line : listed.out().split("\n")) {
            if (line.startsWith("#") || line.contains("absent-delegation-member-attended")) {
                kept.append(line).append('\n');
            }
        }
        Path ignore = Files.writeString(dir.resolve("accepted.txt"), kept);

        CliTest.Run text = run("check", "--ignore", ignore.toString(), DEMO, CONTRADICTION);
        assertEquals(1, text.status());
        assertTrue(text.out().contains("2 suppressed"), text.out());
        assertTrue(text.out().contains("2 accepted findings suppressed"), text.out());

        List<JsonNode> reports = run("check", "--format", "json", "--ignore", ignore.toString(), DEMO, CONTRADICTION).jsonLines();
        assertEquals(2, reports.get(0).get("findings").size());
        assertEquals(2, reports.get(0).at("/summary/suppressed").asInt());
        assertEquals(1, reports.get(1).get("findings").size());
        assertTrue(reports.get(1).at("/summary/suppressed").isMissingNode());

        // accepting everything listed passes the run; a fingerprint names the contradiction, not the
        // article, so the other article's identical contradiction (Rubio attended and pulled out) goes too
        Files.writeString(ignore, listed.out());
        CliTest.Run all = run("check", "--format", "json", "--ignore", ignore.toString(), DEMO, CONTRADICTION);
        assertEquals(0, all.status(), all.out());
        assertEquals(4, all.jsonLines().get(0).at("/summary/suppressed").asInt());
        assertEquals(1, all.jsonLines().get(1).at("/summary/suppressed").asInt());
    }

    @Test
    void ignoreAcceptsAJsonListToo(@TempDir Path dir) throws IOException {
        String fingerprint = JSON.readTree(run("check", "--format", "json", CONTRADICTION).out()).at("/findings/0/fingerprint").asText();
        Path ignore = Files.writeString(dir.resolve("accepted.json"),
                "[{\"fingerprint\": \"" + fingerprint + "\", \"note\": \"two different talks\"}]");
        CliTest.Run r = run("check", "--ignore", ignore.toString(), CONTRADICTION);
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("1 accepted finding suppressed"), r.out());
    }

    @Test
    void aBadIgnoreListStopsTheRunWithFileAndLine(@TempDir Path dir) throws IOException {
        Path ignore = Files.writeString(dir.resolve("accepted.txt"), "# fine\nattendance.attended-and-absent f1 f2\n");
        CliTest.Run r = run("check", "--ignore", ignore.toString(), CONTRADICTION);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains(ignore + ":2: expected a finding's fingerprint"), r.err());
        r = run("check", "--ignore", dir.resolve("missing.txt").toString(), CONTRADICTION);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    }

    @Test
    void everyFormatWritesToAnOutputFile(@TempDir Path dir) throws IOException {
        for (String format : List.of("html", "sarif", "junit", "ignore")) {
            Path out = dir.resolve("report." + format);
            CliTest.Run r = run("check", "--format", format, "--output", out.toString(), CONTRADICTION);
            assertEquals(1, r.status(), format + ": " + r.err());
            assertEquals("", r.out());
            assertTrue(Files.readString(out).contains("attendance.attended-and-absent"), format);
        }
    }

    @Test
    void anUnknownFormatNamesTheFormats() {
        CliTest.Run r = run("check", "--format", "pdf", CONTRADICTION);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("expected one of html, ignore, json, junit, sarif, text"), r.err());
    }
}
