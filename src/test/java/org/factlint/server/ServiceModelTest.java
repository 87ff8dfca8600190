package org.factlint.server;

import static org.factlint.server.Http.get;
import static org.factlint.server.Http.json;
import static org.factlint.server.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.factlint.Checker;
import org.factlint.extract.Extractors;
import org.factlint.extract.model.FakeModel;
import org.factlint.extract.model.ModelConfig;
import org.factlint.extract.model.ModelExtractorTest;
import org.factlint.extract.model.ModelExtractors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server whose operator configured a model (a local chat-completions endpoint with recorded
 * answers): GET /v1/extractors, ?extractor= on check and extract, only among what is offered,
 * and a failing model answered 502 for that request.
 */
class ServiceModelTest {

    static final String BROKEN = "Rubio skips talks\n\nMarco Rubio pulled out of the London talks. The model breaks here.";
    static FakeModel model;
    static FactlintServer server;
    static FactlintServer builtinOnly;

    static FactlintServer start(Extractors extractors) throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withLimits(2, 16, 1 << 20, 500, 5, Duration.ofSeconds(60));
        return FactlintServer.start(config, () -> Checker.builder().rules(Path.of("rules"))
                        .ruleCache(Path.of("target/test-rule-cache")).extractors(extractors),
                new AccessLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), System.err);
    }

    @BeforeAll
    static void startAll() throws Exception {
        model = new FakeModel(FakeModel.Reply.content(ModelExtractorTest.ANSWER, "stop"))
                .when("The model breaks here", FakeModel.Reply.content("{\"facts\": 3}", "stop"));
        ModelConfig config = new ModelConfig(model.base(), "test-model", null, Duration.ofSeconds(5), Duration.ofSeconds(30),
                0, Duration.ofMillis(1), Duration.ofMillis(50), 0, 2, null);
        server = start(ModelExtractors.configure(Extractors.BUILTIN, config));
        builtinOnly = start(ModelExtractors.configure(Extractors.BUILTIN, null));
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(2));
        builtinOnly.stop(Duration.ofSeconds(2));
        model.close();
    }

    static HttpResponse<String> send(FactlintServer s, String path, String text) {
        return post(s, path, text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    @Test
    void extractorsListsWhatTheOperatorConfigured() {
        assertEquals("{\"default\":\"builtin\",\"available\":[\"builtin\",\"model\",\"both\"]}", get(server, "/v1/extractors").body());
        assertEquals("{\"default\":\"builtin\",\"available\":[\"builtin\"]}", get(builtinOnly, "/v1/extractors").body());
    }

    @Test
    void aRequestChoosesTheModelAndItsFactsAreChecked() {
        int before = model.requests.size();
        HttpResponse<String> r = send(server, "/v1/check?extractor=model&published=2025-04-23", ModelExtractorTest.TEXT
                + " Checked by the service.");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, json(r).at("/summary/facts").asInt(), r.body());
        assertEquals(before + 1, model.requests.size());

        HttpResponse<String> e = send(server, "/v1/extract?extractor=both&published=2025-04-23", ModelExtractorTest.TEXT
                + " Extracted by the service.");
        assertEquals(200, e.statusCode(), e.body());
        assertTrue(e.body().contains("\"extractor\":\"test-model\""), e.body());
    }

    @Test
    void withoutAChoiceTheDefaultIsUsedAndTheModelIsNotAsked() {
        int before = model.requests.size();
        HttpResponse<String> r = send(server, "/v1/check?published=2025-04-23", ModelExtractorTest.TEXT + " Builtin only.");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(before, model.requests.size());
    }

    @Test
    void onlyAnOfferedExtractorMayBeChosen() {
        HttpResponse<String> unknown = send(server, "/v1/check?extractor=gpt", ModelExtractorTest.TEXT);
        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).get("detail").asText().contains("this server offers builtin, model, both"), unknown.body());
        HttpResponse<String> notConfigured = send(builtinOnly, "/v1/extract?extractor=model", ModelExtractorTest.TEXT);
        assertEquals(400, notConfigured.statusCode());
        assertTrue(json(notConfigured).get("detail").asText().contains("this server offers builtin"), notConfigured.body());
        HttpResponse<String> twice = send(server, "/v1/check?extractor=model&extractor=both", ModelExtractorTest.TEXT);
        assertEquals(400, twice.statusCode());
        assertThrows(IllegalArgumentException.class, () -> builtinOnlyChecker().using("model"));
    }

    private static Checker builtinOnlyChecker() throws Exception {
        return Checker.builder().rules(Path.of("rules")).ruleCache(Path.of("target/test-rule-cache")).build();
    }

    @Test
    void aModelThatAnswersBadlyIs502ForThatRequest() {
        HttpResponse<String> r = send(server, "/v1/check?extractor=model&published=2025-04-23", BROKEN);
        assertEquals(502, r.statusCode(), r.body());
        JsonNode p = json(r);
        assertEquals(ProblemJson.EXTRACTOR_FAILED, p.get("type").asText());
        assertTrue(p.at("/problems/0/message").asText().contains("breaks the schema"), r.body());
        HttpResponse<String> builtin = send(server, "/v1/check?published=2025-04-23", BROKEN);
        assertEquals(200, builtin.statusCode(), "the same article with the built-in extractor: " + builtin.body());
    }
}
