package org.factlint.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.factlint.ArticleInput;
import org.factlint.CheckOptions;
import org.factlint.Checker;
import org.factlint.Extraction;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.Severity;
import org.factlint.extract.ArticleText;
import org.factlint.extract.Extracted;
import org.factlint.extract.Extractor;
import org.factlint.input.InputLimits;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.TextLimits;
import org.factlint.model.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model extractor's plumbing against a local chat-completions endpoint with recorded answers:
 * a good answer for the seed article checked end to end, truncated JSON, a schema violation,
 * hallucinated quotes, 429 then success, a hang, the request budget, the cache, and {@code both}.
 * No model is involved: these say nothing about how well a model reads.
 */
public class ModelExtractorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "articles/2025-04-23-london-ukraine-talks.txt";
    public static final String TEXT = "Rubio skips London talks\n\nMarco Rubio pulled out of the London talks on Wednesday. "
            + "The US Secretary of State had been due to attend.";
    public static final String ANSWER = "{\"entities\":[{\"id\":\"rubio\",\"kind\":\"person\",\"name\":\"Marco Rubio\","
            + "\"aliases\":[\"Rubio\"],\"eventType\":null,\"members\":null,\"membersComplete\":null},{\"id\":\"talks\","
            + "\"kind\":\"event\",\"name\":\"London talks\",\"aliases\":null,\"eventType\":\"talks\",\"members\":null,"
            + "\"membersComplete\":null}],\"facts\":[" + attendance("f1", "withdrew", "Marco Rubio pulled out of the London talks", 0.95)
            + "," + attendance("f2", "planned", "had been due to attend", 0.7) + "]}";

    static String attendance(String id, String status, String quote, double confidence) {
        return "{\"id\":\"" + id + "\",\"type\":\"attendance\",\"evidence\":{\"quote\":\"" + quote + "\"},\"source\":null,"
                + "\"confidence\":" + confidence + ",\"event\":\"talks\",\"person\":\"rubio\",\"party\":null,\"status\":\""
                + status + "\",\"when\":null}";
    }

    static ModelConfig config(FakeModel model) {
        return new ModelConfig(model.base(), "test-model", null, Duration.ofSeconds(5), Duration.ofSeconds(30), 2,
                Duration.ofMillis(1), Duration.ofMillis(50), 0, 2, null);
    }

    static Extraction extraction(Extractor extractor) {
        return new Extraction(extractor, InputLimits.DEFAULT, TextLimits.DEFAULT, Clock.systemDefaultZone());
    }

    static ArticleText article(String text) {
        return new ArticleText("a", "Rubio skips London talks", null, "2025-04-23", LocalDate.parse("2025-04-23"), null, text);
    }

    @Test
    void aGoodAnswerForTheSeedArticleIsCheckedLikeAnyFacts() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.ok(FakeModel.resource("seed-answer.json")))) {
            ModelConfig withKey = new ModelConfig(model.base(), "test-model", "sk-test", Duration.ofSeconds(5),
                    Duration.ofSeconds(30), 0, Duration.ofMillis(1), Duration.ofMillis(50), 0, 1, null);
            Checker checker = Checker.builder().rules(Path.of("rules")).ruleCache(Path.of("target/test-rule-cache"))
                    .extractor(new ModelExtractor(withKey)).build();
            ArticleInput seed = ArticleInput.plain(Files.readString(Path.of(SEED)))
                    .withOverrides(ArticleMeta.NONE.withPublished("2025-04-23"));
            Extraction.Result extracted = checker.extract(seed);
            assertTrue(extracted.ok(), extracted.problems().toString());
            // The recording is modelled on the gold facts (86) as a model would answer: two claims
            // missed, typographic quotation marks in three quotes, and one invented attendance.
            assertEquals(84, extracted.document().facts().size(), extracted.problems().toString());
            assertEquals(1, extracted.problems().size(), extracted.problems().toString());
            assertTrue(extracted.problems().get(0).message().contains("\u201cLammy chaired the London talks\u201d, which is "
                    + "not in the article; the fact is left out"), extracted.problems().toString());
            for (Fact f : extracted.document().facts()) {
                assertEquals("test-model", f.origin().extractor());
            }
            Report report = checker.checkText(seed, "seed", CheckOptions.DEFAULT);
            assertTrue(report.checked(), report.problems().toString());
            assertEquals(0, report.summary().errors() + report.summary().warnings(), report.findings().toString());

            FakeModel.Request sent = model.requests.get(0);
            assertEquals("Bearer sk-test", sent.authorization());
            assertEquals("test-model", sent.body().get("model").asText());
            assertEquals("json_schema", sent.body().at("/response_format/type").asText());
            assertTrue(sent.body().at("/response_format/json_schema/strict").asBoolean());
            assertEquals(ModelSchema.bundled().schema(), sent.body().at("/response_format/json_schema/schema"));
            assertTrue(sent.body().at("/messages/0/content").asText().contains("evidence.quote"), "the prompt is the system message");
            String user = sent.body().at("/messages/1/content").asText();
            assertTrue(user.contains("Published: 2025-04-23 (Wednesday)"), user);
            assertTrue(user.contains("US Secretary of State Marco Rubio"), user);
        }
    }

    @Test
    void offsetsAreComputedFromTheQuoteAndConfidenceAndModelNameCarried() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(ANSWER, "stop"))) {
            Extraction.Result r = extraction(new ModelExtractor(config(model))).fromArticle(article(TEXT));
            assertTrue(r.ok(), r.problems().toString());
            JsonNode doc = JSON.readTree(r.json());
            JsonNode f2 = doc.at("/facts/1");
            assertEquals(TEXT.indexOf("had been due to attend"), f2.at("/evidence/start").asInt());
            assertEquals(TEXT.indexOf("had been due to attend") + "had been due to attend".length(), f2.at("/evidence/end").asInt());
            assertEquals(0.7, f2.get("confidence").asDouble());
            assertEquals("test-model", f2.get("extractor").asText());
            assertFalse(f2.has("party"), "nulls are left out");
            assertEquals(0, r.problems().size(), r.problems().toString());
        }
    }

    @Test
    void truncatedJsonIsAnErrorForThatArticleSayingItWasCutOff() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(ANSWER.substring(0, ANSWER.length() / 2), "length"))) {
            Extraction.Result r = extraction(new ModelExtractor(config(model))).fromArticle(article(TEXT));
            assertFalse(r.ok());
            Problem p = r.problems().get(0);
            assertEquals(Severity.ERROR, p.severity());
            assertTrue(p.message().contains("not JSON") && p.message().contains("cut off"), p.message());
        }
    }

    @Test
    void anAnswerThatBreaksTheSchemaIsAnErrorNamingWhere() throws Exception {
        String broken = ANSWER.replace("\"withdrew\"", "\"gone\"");
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(broken, "stop"))) {
            Extraction.Result r = extraction(new ModelExtractor(config(model))).fromArticle(article(TEXT));
            assertFalse(r.ok());
            String message = r.problems().get(0).message();
            assertTrue(message.contains("breaks the schema") && message.contains("/facts/0/status"), message);
        }
    }

    @Test
    void hallucinatedQuotesAndUnknownEntitiesAreDroppedWithAWarning() throws Exception {
        String answer = ANSWER.replace("had been due to attend", "Rubio attended the talks")
                .replace("]}", "," + attendance("f3", "attended", "Marco Rubio pulled out", 0.9).replace("\"rubio\"", "\"witkoff\"") + "]}");
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(answer, "stop"))) {
            Extraction.Result r = extraction(new ModelExtractor(config(model))).fromArticle(article(TEXT));
            assertTrue(r.ok(), r.problems().toString());
            assertEquals(1, r.document().facts().size());
            assertEquals(2, r.problems().size(), r.problems().toString());
            assertTrue(r.problems().get(0).message().contains("\u201cRubio attended the talks\u201d, which is not in the article"),
                    r.problems().get(0).message());
            assertTrue(r.problems().get(1).message().contains("'witkoff' as person"), r.problems().get(1).message());
            assertTrue(r.problems().stream().allMatch(p -> p.severity() == Severity.WARNING));
        }
    }

    @Test
    void aQuoteWithTypographicMarksIsFoundAndTheArticlesOwnWordsKept() throws Exception {
        String text = "Lammy said it was \u201ca good day\u201d for Ukraine\u2019s allies.";
        String answer = ANSWER.replace("Marco Rubio pulled out of the London talks", "it was \\\"a good day\\\" for Ukraine's allies");
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(answer, "stop"))) {
            Extracted e = new ModelExtractor(config(model)).extractWithProblems(article(text));
            JsonNode f1 = JSON.readTree(e.json()).at("/facts/0/evidence");
            assertEquals("it was \u201ca good day\u201d for Ukraine\u2019s allies", f1.get("quote").asText());
            assertEquals(text.indexOf("it was"), f1.get("start").asInt());
        }
    }

    @Test
    void a429IsRetriedAndTheAnswerAfterItUsed() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.status(429, Map.of("Retry-After", "0")),
                FakeModel.Reply.status(503, Map.of()), FakeModel.Reply.content(ANSWER, "stop"))) {
            ModelExtractor extractor = new ModelExtractor(config(model));
            Extraction.Result r = extraction(extractor).fromArticle(article(TEXT));
            assertTrue(r.ok(), r.problems().toString());
            assertEquals(3, model.requests.size());
            assertEquals(3, extractor.requestsSent());
        }
    }

    @Test
    void retriesAreBoundedAndAClientErrorIsNotRetried() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.status(500, Map.of()))) {
            Extraction.Result r = extraction(new ModelExtractor(config(model))).fromArticle(article(TEXT));
            assertFalse(r.ok());
            assertTrue(r.problems().get(0).message().contains("gave up after 3 attempts"), r.problems().toString());
            assertEquals(3, model.requests.size());
        }
        try (FakeModel model = new FakeModel(FakeModel.Reply.status(401, Map.of()))) {
            Extraction.Result r = extraction(new ModelExtractor(config(model))).fromArticle(article(TEXT));
            assertTrue(r.problems().get(0).message().contains("answered 401"), r.problems().toString());
            assertTrue(r.problems().get(0).message().contains(ModelConfig.KEY_ENV), r.problems().toString());
            assertEquals(1, model.requests.size());
        }
    }

    @Test
    void anEndpointThatIsNotThereIsRetriedThenAnErrorForThatArticle() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ModelConfig nowhere = new ModelConfig(java.net.URI.create("http://127.0.0.1:" + port + "/v1"), "test-model", null,
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(1), Duration.ofMillis(10), 0, 1, null);
        ModelExtractor extractor = new ModelExtractor(nowhere);
        Extraction.Result r = extraction(extractor).fromArticle(article(TEXT));
        assertFalse(r.ok());
        String message = r.problems().get(0).message();
        assertTrue(message.contains("cannot reach http://127.0.0.1:" + port + "/v1/chat/completions")
                && message.contains("gave up after 2 attempts"), message);
        assertEquals(2, extractor.requestsSent());
    }

    @Test
    void aHangIsATimeOutForThatArticleAndNotRetried() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.hang())) {
            ModelConfig quick = config(model).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300));
            Extraction.Result r = extraction(new ModelExtractor(quick)).fromArticle(article(TEXT));
            assertFalse(r.ok());
            assertTrue(r.problems().get(0).message().contains("time-out"), r.problems().toString());
            assertEquals(1, model.requests.size());
        }
    }

    @Test
    void theRunsRequestBudgetIsKeptAndTheOtherArticlesGoOn() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(ANSWER, "stop"))) {
            Extraction extraction = extraction(new ModelExtractor(config(model).withLimits(1, 1)));
            assertTrue(extraction.fromArticle(article(TEXT)).ok());
            Extraction.Result second = extraction.fromArticle(article(TEXT + " More."));
            assertFalse(second.ok());
            assertTrue(second.problems().get(0).message().contains("limit of 1 requests"), second.problems().toString());
            assertTrue(extraction.fromArticle(article(TEXT)).ok(), "a cached article still costs nothing");
            assertEquals(1, model.requests.size());
        }
    }

    @Test
    void requestsInFlightAreBoundedByTheConcurrency() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(ANSWER, "stop").after(150))) {
            ModelExtractor extractor = new ModelExtractor(config(model).withLimits(0, 1));
            java.util.List<Thread> threads = new java.util.ArrayList<>();
            java.util.List<Extracted> results = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 0; i < 4; i++) {
                String text = TEXT + " Copy " + i + ".";
                Thread t = new Thread(() -> results.add(extractor.extractWithProblems(article(text))));
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(4, model.requests.size());
            assertEquals(1, model.maxInFlight.get(), "one request at a time with concurrency 1");
            assertTrue(results.stream().allMatch(r -> r.json() != null), results.toString());
        }
    }

    @Test
    void anUnchangedArticleIsAnsweredFromTheCache(@TempDir Path cache) throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(ANSWER, "stop"))) {
            ModelExtractor extractor = new ModelExtractor(config(model).withCacheFolder(cache));
            String first = extractor.extract(article(TEXT));
            assertEquals(first, extractor.extract(article(TEXT)));
            assertEquals(1, model.requests.size(), "the second call made no request");
            extractor.extract(new ArticleText("a", "Another headline", null, "2025-04-23", LocalDate.parse("2025-04-23"), null, TEXT));
            assertEquals(2, model.requests.size(), "a changed headline is a changed article");
            ModelExtractor nextRun = new ModelExtractor(config(model).withCacheFolder(cache));
            assertEquals(first, nextRun.extract(article(TEXT)));
            assertEquals(2, model.requests.size(), "the cache folder outlives the run");
        }
        try (FakeModel model = new FakeModel(FakeModel.Reply.content("{\"entities\":", "length"),
                FakeModel.Reply.content(ANSWER, "stop"))) {
            ModelExtractor extractor = new ModelExtractor(config(model));
            assertNull(extractor.extractWithProblems(article(TEXT)).json());
            assertNotNull(extractor.extractWithProblems(article(TEXT)).json(), "a failed answer is not cached");
            assertEquals(2, model.requests.size());
        }
    }

    /** A first extractor with one fact the model also gives, at a lower confidence. */
    static final class OneFact implements Extractor {
        @Override
        public String name() {
            return "factlint";
        }

        @Override
        public String extract(ArticleText a) {
            ObjectNode doc = org.factlint.extract.FactsJson.document(a);
            ArrayNode entities = doc.putArray("entities");
            entities.addObject().put("id", "marco-rubio").put("kind", "person").put("name", "Rubio");
            entities.addObject().put("id", "london-talks").put("kind", "event").put("name", "London talks");
            int at = a.text().indexOf("Marco Rubio pulled out");
            ObjectNode f = doc.putArray("facts").addObject();
            f.put("id", "f1").put("type", "attendance").put("event", "london-talks").put("person", "marco-rubio")
                    .put("status", "withdrew").put("stage", "actual").put("confidence", 0.6).put("extractor", "factlint");
            f.putObject("evidence").put("quote", "Marco Rubio pulled out").put("start", at).put("end", at + 22);
            return org.factlint.extract.FactsJson.write(doc);
        }
    }

    @Test
    void bothMergesAgreedFactsAtTheHigherConfidenceAndKeepsTheRest() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(ANSWER, "stop"))) {
            MergedExtractor both = new MergedExtractor(new OneFact(), new ModelExtractor(config(model)));
            Extraction.Result r = extraction(both).fromArticle(article(TEXT));
            assertTrue(r.ok(), r.problems().toString());
            JsonNode doc = JSON.readTree(r.json());
            assertEquals(2, doc.get("entities").size(), "the model's rubio and talks are the first's: " + doc.get("entities"));
            assertEquals(2, doc.get("facts").size(), doc.get("facts").toString());
            JsonNode agreed = doc.at("/facts/0");
            assertEquals(0.95, agreed.get("confidence").asDouble());
            assertEquals("factlint", agreed.get("extractor").asText());
            JsonNode added = doc.at("/facts/1");
            assertEquals("planned", added.get("status").asText());
            assertEquals("marco-rubio", added.get("person").asText());
            assertEquals("test-model", added.get("extractor").asText());
        }
    }

    @Test
    void bothChecksTheFirstsFactsWhenTheModelFails() throws Exception {
        try (FakeModel model = new FakeModel(FakeModel.Reply.content("not json", "stop"))) {
            MergedExtractor both = new MergedExtractor(new OneFact(), new ModelExtractor(config(model)));
            Extraction.Result r = extraction(both).fromArticle(article(TEXT));
            assertTrue(r.ok(), r.problems().toString());
            assertEquals(1, r.document().facts().size());
            assertEquals(Severity.WARNING, r.problems().get(0).severity());
            assertTrue(r.problems().get(0).message().contains("only the facts of 'factlint' are checked"), r.problems().toString());
        }
    }

    @Test
    void retryAfterIsReadAndBounded() {
        assertEquals(Duration.ofSeconds(7), ChatClient.retryAfter("7").orElseThrow());
        assertTrue(ChatClient.retryAfter("soon").isEmpty());
        ModelConfig c = ModelConfig.of("http://localhost:1/v1", "m", Map.of());
        ChatClient client = new ChatClient(c.withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(10)));
        assertEquals(Duration.ofSeconds(10), client.backOff(0, java.util.Optional.of("3600")));
        assertEquals(Duration.ofSeconds(4), client.backOff(2, java.util.Optional.empty()));
    }

    @Test
    void theKeyComesFromTheEnvironmentOnlyAndIsNeverPrinted() {
        ModelConfig c = ModelConfig.of("http://localhost:11434/v1/", null, Map.of(ModelConfig.MODEL_ENV, "llama3.1",
                ModelConfig.KEY_ENV, "sk-secret"));
        assertEquals("sk-secret", c.apiKey());
        assertEquals("llama3.1", c.model());
        assertEquals("http://localhost:11434/v1/chat/completions", c.chatCompletions().toString());
        assertFalse(c.toString().contains("sk-secret"), c.toString());
        IllegalArgumentException noUrl = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ModelConfig.of(null, "m", Map.of()));
        assertTrue(noUrl.getMessage().contains(ModelConfig.URL_ENV), noUrl.getMessage());
    }
}
