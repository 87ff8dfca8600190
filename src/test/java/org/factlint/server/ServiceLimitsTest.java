package org.factlint.server;

import static org.factlint.server.Http.SEED;
import static org.factlint.server.Http.get;
import static org.factlint.server.Http.json;
import static org.factlint.server.Http.postJson;
import static org.factlint.server.Http.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits that keep the service alive under abuse: one worker and a queue of one, a runaway
 * rule (test-only) that would take about 50 s, and a time limit of 1 s.
 */
class ServiceLimitsTest {

    static final Duration LIMIT = Duration.ofSeconds(1);

    @TempDir
    Path temp;

    /** A document that sets the test-only runaway rule off. */
    static String runaway(String id) {
        return "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"runaway-" + id + "\",\"published\":\"2025-04-23\"},"
                + "\"entities\":[],\"facts\":[]}";
    }

    FactlintServer start(int workers, int queue) throws Exception {
        ServerConfig config = ServerConfig.defaults().withRules(Http.rulesWithTestRules(temp.resolve("rules")), null)
                .withLimits(workers, queue, 1 << 20, 1000, 10, LIMIT);
        return Http.start(config, null);
    }

    @Test
    void aRunawayCheckIsStoppedAtTheTimeLimitAndItsWorkerFreed() throws Exception {
        try (FactlintServer server = start(1, 1)) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = postJson(server, "/v1/check", runaway("a"));
            ServiceTest.assertProblem(r, 503, ProblemJson.TIME_LIMIT);
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "answered at the limit, not when the rule ends");
            // The only worker is free again at once: the rules were halted, not left to run for 50 s.
            waitUntilIdle(server);
            HttpResponse<String> next = postJson(server, "/v1/check", read(SEED));
            assertEquals(200, next.statusCode(), next.body());
        }
    }

    @Test
    void aFullQueueIsAnswered503AtOnce() throws Exception {
        try (FactlintServer server = start(1, 1)) {
            CompletableFuture<HttpResponse<String>> running = async(server, runaway("running"));
            waitForInFlight(server, 1);
            CompletableFuture<HttpResponse<String>> waiting = async(server, runaway("waiting"));
            waitForInFlight(server, 2);
            long t0 = System.nanoTime();
            HttpResponse<String> refused = postJson(server, "/v1/check", read(SEED));
            ServiceTest.assertProblem(refused, 503, ProblemJson.QUEUE_FULL);
            assertTrue(System.nanoTime() - t0 < LIMIT.toNanos(), "refused at once, without waiting for a worker");
            ServiceTest.assertProblem(running.get(30, TimeUnit.SECONDS), 503, ProblemJson.TIME_LIMIT);
            ServiceTest.assertProblem(waiting.get(30, TimeUnit.SECONDS), 503, ProblemJson.TIME_LIMIT);
            waitUntilIdle(server);
            assertEquals(200, postJson(server, "/v1/check", read(SEED)).statusCode());
        }
    }

    @Test
    void stoppingTheServiceLeavesNoThreadBehind() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        FactlintServer server = start(2, 4);
        for (int i = 0; i < 20; i++) {
            postJson(server, "/v1/check", read(SEED));
            get(server, "/readyz");
        }
        ServiceTest.assertProblem(postJson(server, "/v1/check", runaway("at-stop")), 503, ProblemJson.TIME_LIMIT);
        assertTrue(serviceThreads(before).size() > 0, "the server's threads are seen while it runs");
        server.stop(Duration.ofSeconds(2));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!serviceThreads(before).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(Set.of(), serviceThreads(before));
    }

    /**
     * Found while testing stalled clients for the soak: the JDK server waits for ever on a client
     * that stops sending unless its time-outs are set before its first server is made. Only
     * {@code factlint serve} set them, so a server embedded through the Java API had none.
     */
    @Test
    void anEmbeddedServerHasTheJdkServersRequestTimeOutsOn() throws Exception {
        try (FactlintServer server = start(1, 1)) {
            assertEquals(200, get(server, "/healthz").statusCode());
            assertTrue(Long.getLong("sun.net.httpserver.maxReqTime", -1) > 0, "a request time-out is set");
            assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().equals("req-rsp-timeout-task")),
                    "the JDK server's request/response timer runs");
        }
    }

    /**
     * The JDK's response time-out runs from the request read to the answer written, the check
     * included: with factlint serve's former fixed 60 s, a check allowed {@code --time-limit 2m}
     * had its connection closed at 60 s instead of getting its report or its 503.
     */
    @Test
    void theResponseTimeOutOutlastsTheTimeLimit() {
        String property = "sun.net.httpserver.maxRspTime";
        String given = System.getProperty(property);
        try {
            System.clearProperty(property);
            FactlintServer.configureJdkServer(ServerConfig.defaults().withLimits(1, 1, 1 << 20, 1000, 10, Duration.ofMinutes(2)));
            assertEquals("150", System.getProperty(property));
            System.clearProperty(property);
            FactlintServer.configureJdkServer(ServerConfig.defaults());
            assertEquals("60", System.getProperty(property), "at least a minute for a client reading its answer");
            System.setProperty(property, "7");
            FactlintServer.configureJdkServer(ServerConfig.defaults());
            assertEquals("7", System.getProperty(property), "what -D gives is kept");
        } finally {
            if (given == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, given);
            }
        }
    }

    /** Threads started since {@code before} that belong to the service (HTTP client threads do not). */
    static Set<String> serviceThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName)
                .filter(n -> n.startsWith("factlint-") || n.startsWith("HTTP-Dispatcher") || n.equals("idle-timeout-task")
                        || n.equals("req-rsp-timeout-task"))
                .collect(Collectors.toSet());
    }

    static CompletableFuture<HttpResponse<String>> async(FactlintServer server, String body) {
        return CompletableFuture.supplyAsync(() -> postJson(server, "/v1/check", body));
    }

    static void waitForInFlight(FactlintServer server, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (json(get(server, "/readyz")).get("inFlight").asInt() < n) {
            assertTrue(System.nanoTime() < deadline, "never reached " + n + " checks in flight");
            Thread.sleep(10);
        }
    }

    static void waitUntilIdle(FactlintServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (json(get(server, "/readyz")).get("inFlight").asInt() > 0) {
            assertTrue(System.nanoTime() < deadline, "the worker was not freed: the runaway rule was not halted");
            Thread.sleep(10);
        }
    }
}
