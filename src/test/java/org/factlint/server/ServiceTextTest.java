package org.factlint.server;

import static org.factlint.server.Http.json;
import static org.factlint.server.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.factlint.Checker;
import org.factlint.PlantingExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Articles sent to the service as text: {@code POST /v1/check} with text bodies (metadata in the
 * query) and article-only documents, {@code POST /v1/extract}, and their errors. The checker's
 * extractor plants a known contradiction, so nothing here depends on what factlint's own reads.
 */
class ServiceTextTest {

    static final String TEXT = "Rubio skips London talks\n\n" + PlantingExtractor.WITHDREW + " early.\n"
            + "Later " + PlantingExtractor.ATTENDED + ".\n";

    static FactlintServer server;

    @BeforeAll
    static void start() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withLimits(2, 16, 1 << 20, 500, 5, Duration.ofSeconds(60));
        server = FactlintServer.start(config, () -> Checker.builder().rules(Path.of("rules"))
                        .ruleCache(Path.of("target/test-rule-cache")).extractor(new PlantingExtractor(1.0)),
                new AccessLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), System.err);
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(2));
    }

    static HttpResponse<String> send(String path, String body, String type) {
        return post(server, path, body.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void plainTextIsCheckedWithItsMetadataFromTheQuery() {
        HttpResponse<String> r = send("/v1/check?published=2025-04-23&id=story-7&minSeverity=warning", TEXT, "text/plain");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = json(r);
        assertEquals("story-7", report.at("/article/id").asText());
        assertEquals("Rubio skips London talks", report.at("/article/headline").asText());
        assertEquals("2025-04-23", report.at("/article/published").asText());
        assertEquals("attendance.attended-and-absent", report.at("/findings/0/rule").asText());
        assertEquals("planter", report.at("/findings/0/evidence/0/extractor").asText());
        assertEquals(0, report.get("problems").size(), report.toString());
        assertEquals(4, report.at("/findings/0/evidence/1/line").asInt(), "line and column in the text as posted");
        assertEquals(7, report.at("/findings/0/evidence/1/column").asInt());
        assertTrue(report.at("/article/publishedAssumed").isMissingNode(), "the date was given");
    }

    @Test
    void markdownAndHtmlBodiesAndArticleOnlyJsonAreCheckedToo() {
        HttpResponse<String> md = send("/v1/check", "---\ntitle: T\ndate: 2025-04-23\n---\n" + TEXT, "text/markdown; charset=utf-8");
        assertEquals("attendance.attended-and-absent", json(md).at("/findings/0/rule").asText(), md.body());
        HttpResponse<String> html = send("/v1/check?published=2025-04-23", "<article><h1>T</h1><p>" + PlantingExtractor.WITHDREW
                + ".</p><p>" + PlantingExtractor.ATTENDED + ".</p></article>", "text/html");
        assertEquals("attendance.attended-and-absent", json(html).at("/findings/0/rule").asText(), html.body());
        HttpResponse<String> doc = send("/v1/check", "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"a\","
                + "\"published\":\"2025-04-23\",\"text\":\"" + TEXT.replace("\n", "\\n") + "\"}}", "application/json");
        assertEquals("attendance.attended-and-absent", json(doc).at("/findings/0/rule").asText(), doc.body());
    }

    @Test
    void withoutADateTheReportWarnsThatTodayWasAssumed() {
        JsonNode report = json(send("/v1/check", TEXT, "text/plain"));
        assertTrue(report.at("/problems/0/message").asText().startsWith("no publication date given: today"), report.toString());
        assertEquals("warning", report.at("/problems/0/severity").asText());
        assertTrue(report.at("/article/publishedAssumed").asBoolean(), report.toString());
    }

    @Test
    void extractAnswersTheFactsDocument() {
        HttpResponse<String> r = send("/v1/extract?published=2025-04-23&headline=Given", "Body line.\n" + TEXT, "text/plain");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode doc = json(r);
        assertEquals("factlint-facts/1", doc.get("format").asText());
        assertEquals("Given", doc.at("/article/headline").asText());
        assertEquals(2, doc.get("facts").size());
    }

    @Test
    void unreadableTextAndMisusedParametersAreProblems() {
        HttpResponse<String> badDate = send("/v1/check", "---\ndate: 2025-13-01\n---\nH\n\nBody.", "text/plain");
        assertEquals(400, badDate.statusCode());
        JsonNode p = json(badDate);
        assertEquals(ProblemJson.INVALID_TEXT, p.get("type").asText());
        assertEquals(2, p.at("/problems/0/line").asInt(), p.toString());

        HttpResponse<String> latin1 = send("/v1/check", TEXT, "text/plain; charset=iso-8859-1");
        assertEquals(415, latin1.statusCode());
        HttpResponse<String> metaWithJson = send("/v1/check?headline=x", "{}", "application/json");
        assertEquals(400, metaWithJson.statusCode());
        assertTrue(json(metaWithJson).get("detail").asText().contains("for articles sent as text"));
        HttpResponse<String> extractFacts = send("/v1/extract", "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"a\","
                + "\"published\":\"2025-04-23\"},\"entities\":[],\"facts\":[]}", "application/json");
        assertEquals(400, extractFacts.statusCode());
        assertTrue(extractFacts.body().contains("already has entities or facts"), extractFacts.body());
        HttpResponse<String> badConfidence = send("/v1/check?minConfidence=2", TEXT, "text/plain");
        assertEquals(400, badConfidence.statusCode());
        // a misspelt metadata parameter on a text request: the message names the metadata too (black-box trial 5)
        HttpResponse<String> typo = send("/v1/check?publishd=2018-01-31", TEXT, "text/plain");
        assertEquals(400, typo.statusCode());
        String detail = json(typo).get("detail").asText();
        assertTrue(detail.contains("'publishd'") && detail.contains("published") && detail.contains("headline")
                && detail.contains("minSeverity"), detail);
    }
}
