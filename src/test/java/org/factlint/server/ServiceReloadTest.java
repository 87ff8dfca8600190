package org.factlint.server;

import static org.factlint.server.Http.CONTRADICTION;
import static org.factlint.server.Http.EXAMPLE;
import static org.factlint.server.Http.get;
import static org.factlint.server.Http.json;
import static org.factlint.server.Http.postJson;
import static org.factlint.server.Http.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules reload without a restart; a broken rule set is refused and the old one keeps answering. */
class ServiceReloadTest {

    @TempDir
    Path temp;

    static HttpResponse<String> reload(FactlintServer server) {
        return Http.send(HttpRequest.newBuilder(server.uri().resolve("/admin/reload"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    static List<String> ruleIds(FactlintServer server) {
        List<String> ids = new ArrayList<>();
        json(get(server, "/v1/rules")).get("rules").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void aBrokenRuleSetIsRefusedWhileTheOldOneKeepsAnswering() throws Exception {
        Path rules = Http.copyDrl(Path.of("rules"), temp.resolve("rules"));
        ServerConfig config = ServerConfig.defaults().withRules(rules, null).withLimits(2, 64, 1 << 20, 1000, 10, Duration.ofSeconds(60));
        try (FactlintServer server = Http.start(config, null)) {
            List<String> before = ruleIds(server);
            String contradictionReport = Http.stable(postJson(server, "/v1/check", read(CONTRADICTION)).body());

            // Checks keep being answered, correctly, all through the reloads.
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<List<String>>> during = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                during.add(clients.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    while (!done.get()) {
                        HttpResponse<String> r = postJson(server, "/v1/check", read(CONTRADICTION));
                        JsonNode report = json(r);
                        if (r.statusCode() != 200 || !report.at("/findings/0/rule").asText().equals("attendance.attended-and-absent")) {
                            wrong.add(r.statusCode() + " " + r.body());
                        }
                    }
                    return wrong;
                }));
            }

            // 1. A rule file that does not compile: refused with file and line.
            Files.copy(Http.BROKEN_RULES.resolve("does-not-compile.drl"), rules.resolve("zz-broken.drl"));
            HttpResponse<String> refused = reload(server);
            ServiceTest.assertProblem(refused, 422, ProblemJson.RULE_SET_REFUSED);
            JsonNode error = json(refused).at("/errors/0");
            assertTrue(error.get("file").asText().endsWith("zz-broken.drl"), refused.body());
            assertTrue(error.get("line").asInt() > 0, refused.body());
            assertEquals(before, ruleIds(server), "the old rules still serve");
            assertEquals(1, json(get(server, "/v1/rules")).get("generation").asInt());
            assertEquals(contradictionReport, Http.stable(postJson(server, "/v1/check", read(CONTRADICTION)).body()));

            // 2. A rule that compiles but throws when it runs: refused too (the new rules run on the example first).
            Files.copy(Http.BROKEN_RULES.resolve("throws-when-run.drl"), rules.resolve("zz-broken.drl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ServiceTest.assertProblem(reload(server), 422, ProblemJson.RULE_SET_REFUSED);
            assertEquals(before, ruleIds(server));

            // 3. A good rule set: swapped in, and the next check uses it.
            Files.delete(rules.resolve("zz-broken.drl"));
            Files.copy(Path.of("src/test/resources/server-test-rules/test-only.drl"), rules.resolve("test-only.drl"));
            HttpResponse<String> reloaded = reload(server);
            assertEquals(200, reloaded.statusCode(), reloaded.body());
            assertEquals(2, json(reloaded).get("generation").asInt());
            assertTrue(ruleIds(server).contains("date.test-weekday-only"));
            JsonNode example = json(postJson(server, "/v1/check", read(EXAMPLE)));
            assertTrue(example.toString().contains("date.test-weekday-only"), "the new rules answer");

            done.set(true);
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> f : during) {
                wrong.addAll(f.get(2, TimeUnit.MINUTES));
            }
            clients.shutdown();
            assertEquals(List.of(), wrong, "every check during the reloads was answered correctly");
            assertFalse(before.contains("date.test-weekday-only"));
        }
    }

    @Test
    void theServiceDoesNotStartWithABrokenRuleSet() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("empty"));
        ServerConfig config = ServerConfig.defaults().withRules(rules, null);
        org.junit.jupiter.api.Assertions.assertThrows(org.factlint.RuleSetException.class, () -> Http.start(config, null));
    }
}
