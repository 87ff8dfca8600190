package org.factlint.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factlint.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SARIF output validates against the official SARIF 2.1.0 JSON schema (a copy in
 * src/test/resources/sarif, see the README there) and puts each finding where a SARIF viewer
 * expects it.
 */
class SarifRendererTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonNode sarif;

    @BeforeAll
    static void setUp() throws IOException {
        sarif = JSON.readTree(Fixtures.render(new SarifRenderer(), Fixtures.all()));
    }

    static List<Error> errors(JsonNode doc) {
        return SarifSchema.validate(doc);
    }

    @Test
    void validatesAgainstTheSarifSchema() {
        assertEquals(List.of(), errors(sarif));
    }

    @Test
    void anEmptyRunValidatesToo() throws IOException {
        assertEquals(List.of(), errors(JSON.readTree(Fixtures.render(new SarifRenderer(), List.of()))));
    }

    @Test
    void theSchemaRejectsWhatItShould() {
        // The validator is not a rubber stamp: a wrong level, a missing message, a bad index and a bad URI fail.
        ObjectNode bad = sarif.deepCopy();
        ((ObjectNode) bad.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(errors(bad).isEmpty());
        bad = sarif.deepCopy();
        ((ObjectNode) bad.at("/runs/0/results/0")).remove("message");
        assertFalse(errors(bad).isEmpty());
        bad = sarif.deepCopy();
        ((ObjectNode) bad.at("/runs/0/results/0/analysisTarget")).put("index", -7);
        assertFalse(errors(bad).isEmpty());
        bad = sarif.deepCopy();
        ((ObjectNode) bad.at("/runs/0/results/0/analysisTarget")).put("uri", "facts/a b.json");
        assertFalse(errors(bad).isEmpty(), "uri-reference format is checked");
    }

    @Test
    void oneRunWithTheRuleCatalog() {
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(1, sarif.get("runs").size());
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertEquals("factlint", driver.get("name").asText());
        assertEquals(3, driver.get("rules").size());
        assertEquals("attendance.attended-and-absent", driver.at("/rules/0/id").asText());
        assertEquals("error", driver.at("/rules/0/defaultConfiguration/level").asText());
        assertEquals("warning", driver.at("/rules/1/defaultConfiguration/level").asText());
        assertEquals("note", driver.at("/rules/2/defaultConfiguration/level").asText());
        assertFalse(driver.at("/rules/0/shortDescription/text").asText().isEmpty());
        assertEquals("utf16CodeUnits", sarif.at("/runs/0/columnKind").asText());
    }

    @Test
    void oneResultPerFindingWithLevelRuleAndFingerprint() {
        JsonNode results = sarif.at("/runs/0/results");
        assertEquals(4, results.size());
        assertEquals("attendance.attended-and-absent", results.at("/0/ruleId").asText());
        assertEquals(0, results.at("/0/ruleIndex").asInt());
        assertEquals("error", results.at("/0/level").asText());
        assertEquals("warning", results.at("/1/level").asText());
        assertEquals("note", results.at("/2/level").asText());
        assertEquals("4b8d1327e1d127030566", results.at("/0/partialFingerprints/factlint~1v1").asText());
        assertTrue(results.at("/0/message/text").asText().startsWith("Marco Rubio is reported"));
    }

    @Test
    void theFirstEvidenceIsTheLocationInTheArticleText() {
        JsonNode result = sarif.at("/runs/0/results/0");
        JsonNode location = result.at("/locations/0/physicalLocation");
        String uri = location.at("/artifactLocation/uri").asText();
        assertEquals("facts/a%20b%231.json#/article/text", uri);
        int index = location.at("/artifactLocation/index").asInt();
        JsonNode artifact = sarif.at("/runs/0/artifacts/" + index);
        assertEquals(uri, artifact.at("/location/uri").asText());
        assertEquals(Fixtures.TEXT, artifact.at("/contents/text").asText());
        assertEquals("facts/a%20b%231.json", sarif.at("/runs/0/artifacts/" + artifact.get("parentIndex").asInt() + "/location/uri").asText());

        JsonNode region = location.get("region");
        assertEquals(0, region.get("charOffset").asInt());
        assertEquals("Rubio pulled out of the London talks".length(), region.get("charLength").asInt());
        assertEquals(1, region.get("startLine").asInt());
        assertEquals(1, region.get("startColumn").asInt());
        assertEquals(1, region.get("endLine").asInt());
        assertEquals(1 + "Rubio pulled out of the London talks".length(), region.get("endColumn").asInt());
    }

    @Test
    void relatedEvidenceIsOnTheSecondLineCountedInUtf16Units() {
        JsonNode related = sarif.at("/runs/0/results/0/relatedLocations/0");
        assertEquals(1, related.get("id").asInt());
        JsonNode region = related.at("/physicalLocation/region");
        int offset = Fixtures.indexOf("Rubio attended Wednesday's talks");
        assertEquals(offset, region.get("charOffset").asInt());
        assertEquals(2, region.get("startLine").asInt());
        // after \r\n the line starts with a flag emoji: four UTF-16 units and a space
        assertEquals(6, region.get("startColumn").asInt());
        assertEquals("Rubio attended Wednesday's talks", region.at("/snippet/text").asText());
        assertEquals(Fixtures.TEXT.substring(region.get("charOffset").asInt(),
                region.get("charOffset").asInt() + region.get("charLength").asInt()), region.at("/snippet/text").asText());
    }

    @Test
    void headlineEvidenceIndexesTheHeadline() {
        JsonNode related = sarif.at("/runs/0/results/1/relatedLocations");
        assertEquals(2, related.size());
        JsonNode headline = related.get(0).get("physicalLocation");
        assertEquals("facts/a%20b%231.json#/article/headline", headline.at("/artifactLocation/uri").asText());
        assertEquals(Fixtures.HEADLINE, sarif.at("/runs/0/artifacts/" + headline.at("/artifactLocation/index").asInt()
                + "/contents/text").asText());
        assertEquals(0, headline.at("/region/charOffset").asInt());
        assertEquals(24, headline.at("/region/charLength").asInt());
    }

    @Test
    void evidenceWithoutUsableOffsetsHasNoRegion() {
        JsonNode result = sarif.at("/runs/0/results/2");
        assertNull(result.at("/locations/0/physicalLocation").get("region"));
        assertTrue(result.at("/locations/0/message/text").asText().contains("words nowhere in the text"));
        // offsets past the end of the text are not trusted either
        assertNull(result.at("/relatedLocations/0/physicalLocation").get("region"));
    }

    @Test
    void evidenceOfNoFactIsQuotedWithoutAFactId() {
        JsonNode result = sarif.at("/runs/0/results/3");
        assertEquals("\u201CRubio\u201D", result.at("/locations/0/message/text").asText());
        assertEquals(0, result.at("/locations/0/physicalLocation/region/charOffset").asInt());
        assertEquals("\u201CRubio attended\u201D", result.at("/relatedLocations/0/message/text").asText());
    }

    @Test
    void anInputThatCouldNotBeCheckedIsANotificationAndTheRunIsNotSuccessful() {
        JsonNode invocation = sarif.at("/runs/0/invocations/0");
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode notes = invocation.get("toolExecutionNotifications");
        // one warning of the first input, two errors of the broken one
        assertEquals(3, notes.size());
        assertEquals("error", notes.at("/1/level").asText());
        assertEquals("facts/broken.json", notes.at("/1/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(3, notes.at("/1/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(14, notes.at("/1/locations/0/physicalLocation/region/startColumn").asInt());
    }

    @Test
    void anInputThatCouldNotBeReadIsANotificationAndItsArtifactSaysSo() throws IOException {
        JsonNode doc = JSON.readTree(Fixtures.render(new SarifRenderer(), List.of(Fixtures.clean(), Fixtures.unreadable())));
        assertEquals(List.of(), errors(doc));
        JsonNode run = doc.at("/runs/0");
        assertFalse(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertEquals("no such file or folder", run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText());
        JsonNode artifact = run.at("/artifacts/" + (run.at("/artifacts").size() - 1));
        assertEquals("articles/missing.txt", artifact.at("/location/uri").asText());
        assertFalse(artifact.at("/properties/read").asBoolean(true));
        assertFalse(artifact.at("/properties/checked").asBoolean(true));
        assertTrue(run.at("/artifacts/0/properties/read").isMissingNode(), "a file that was read says nothing of it");
    }

    @Test
    void suppressedFindingsAreCounted() {
        assertEquals(2, sarif.at("/runs/0/properties/suppressed").asInt());
        assertEquals(2, sarif.at("/runs/0/artifacts/0/properties/suppressed").asInt());
    }

    @Test
    void aLoneSurrogateIsEscapedSoTheOutputIsValidUtf8() throws IOException {
        String text = Fixtures.render(new SarifRenderer(), Fixtures.all());
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(text));
        assertEquals(Fixtures.HOSTILE, JSON.readTree(text).at("/runs/0/results/2/message/text").asText());
        assertEquals(Fixtures.TEXT, JSON.readTree(text).at("/runs/0/artifacts/1/contents/text").asText());
    }

    @Test
    void inputNamesBecomeUriReferences() {
        assertEquals("facts/a.json", SarifRenderer.uri("facts/a.json"));
        assertEquals("facts/a%20b%23%3F%25.json", SarifRenderer.uri("facts/a b#?%.json"));
        assertEquals("facts/%C3%A9t%C3%A9.json", SarifRenderer.uri("facts/\u00E9t\u00E9.json"));
        assertEquals("./a.jsonl:3", SarifRenderer.uri("a.jsonl:3"));
        assertEquals("file:///tmp/a.json", SarifRenderer.uri("/tmp/a.json"));
        assertEquals("file:///tmp/a%20b.jsonl:3", SarifRenderer.uri("/tmp/a b.jsonl:3"));
    }

    @Test
    void relativeLocationsNameTheirBaseAndAbsoluteOnesAreFileUris() throws Exception {
        Report relative = Fixtures.clean();
        Report absolute = new Report("/srv/articles/b.json", relative.article(), relative.summary(), List.of(), List.of());
        JsonNode doc = JSON.readTree(Fixtures.render(new SarifRenderer(), List.of(relative, absolute)));
        assertEquals(List.of(), errors(doc));
        JsonNode run = doc.at("/runs/0");
        assertEquals("facts/clean.json", run.at("/artifacts/0/location/uri").asText());
        assertEquals("%SRCROOT%", run.at("/artifacts/0/location/uriBaseId").asText());
        String second = run.at("/artifacts").findValuesAsText("uri").stream().filter(u -> u.contains("b.json")).findFirst().orElseThrow();
        assertEquals("file:///srv/articles/b.json", second);
        for (JsonNode a : run.at("/artifacts")) {
            boolean file = a.at("/location/uri").asText().startsWith("file:");
            assertEquals(file, a.at("/location/uriBaseId").isMissingNode(), a.toString());
        }
    }
}
