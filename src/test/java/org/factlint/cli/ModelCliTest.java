package org.factlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factlint.extract.model.FakeModel;
import org.factlint.extract.model.ModelExtractorTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --extractor model|both} on check and extract, against a local chat-completions endpoint with recorded answers. */
class ModelCliTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void cache() {
        System.setProperty(RuleOptions.CACHE_PROPERTY, "target/test-rule-cache");
    }

    static Path article(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), "Rubio skips London talks\n\n" + text + "\n");
    }

    @Test
    void checkWithTheModelGoesOnPastAnArticleWhoseAnswerIsBroken() throws Exception {
        Path good = article("2025-04-23-good.txt", ModelExtractorTest.TEXT.substring(ModelExtractorTest.TEXT.indexOf("Marco")));
        Path broken = article("2025-04-23-broken.txt", "Marco Rubio pulled out of the London talks. Something else.");
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(ModelExtractorTest.ANSWER, "stop"))
                .when("Something else", FakeModel.Reply.content("{\"entities\": [", "length"))) {
            CliTest.Run r = CliTest.run("check", "--format", "json", "--extractor", "model", "--model-url",
                    model.base().toString(), "--model", "test-model", "--model-concurrency", "1", good.toString(),
                    broken.toString());
            assertEquals(2, r.status(), r.err());
            List<JsonNode> reports = r.jsonLines();
            assertEquals(2, reports.size(), r.out());
            assertEquals(0, reports.get(0).get("problems").size(), reports.get(0).toString());
            assertEquals(2, reports.get(0).at("/summary/facts").asInt(), reports.get(0).toString());
            assertTrue(reports.get(1).at("/problems/0/message").asText().contains("cut off"), reports.get(1).toString());
            assertEquals(2, model.requests.size());
        }
    }

    @Test
    void extractWithBothWritesTheMergedFacts() throws Exception {
        Path good = article("2025-04-23-both.txt", ModelExtractorTest.TEXT.substring(ModelExtractorTest.TEXT.indexOf("Marco")));
        try (FakeModel model = new FakeModel(FakeModel.Reply.content(ModelExtractorTest.ANSWER, "stop"))) {
            CliTest.Run r = CliTest.run("extract", "--extractor", "both", "--model-url", model.base().toString(), "--model",
                    "test-model", good.toString());
            assertEquals(0, r.status(), r.err());
            JsonNode doc = CliTest.JSON.readTree(r.out());
            boolean fromModel = false;
            for (JsonNode f : doc.get("facts")) {
                fromModel |= f.path("extractor").asText().equals("test-model");
            }
            assertTrue(fromModel, "the model's facts are in the merged document: " + doc.get("facts"));
            assertEquals(1, model.requests.size());
        }
    }

    @Test
    void aModelChoiceWithoutAModelOrAnUnknownChoiceIsBadUsage() throws Exception {
        Path good = article("2025-04-23-usage.txt", "Officials met.");
        CliTest.Run noUrl = CliTest.run("check", "--extractor", "model", "--model-url", "", good.toString());
        assertEquals(2, noUrl.status());
        assertTrue(noUrl.err().contains("--model-url"), noUrl.err());
        CliTest.Run unknown = CliTest.run("check", "--extractor", "gpt", good.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("expected builtin, model or both"), unknown.err());
    }
}
