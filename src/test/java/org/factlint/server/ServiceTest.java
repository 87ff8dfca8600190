package org.factlint.server;

import static org.factlint.server.Http.CONTRADICTION;
import static org.factlint.server.Http.EXAMPLE;
import static org.factlint.server.Http.SEED;
import static org.factlint.server.Http.get;
import static org.factlint.server.Http.json;
import static org.factlint.server.Http.post;
import static org.factlint.server.Http.postJson;
import static org.factlint.server.Http.read;
import static org.factlint.server.Http.stable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.factlint.Checker;
import org.factlint.input.InputLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service over real HTTP on a free port: answers, options, batch, catalog, health, OpenAPI, every error status, concurrency, access log. */
class ServiceTest {

    static final long MAX_BODY = 1 << 20;
    static final int MAX_FACTS = 500;
    static final int MAX_BATCH = 5;

    @TempDir
    static Path temp;

    static FactlintServer server;
    static Checker sameRules;
    static ByteArrayOutputStream accessLog = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws Exception {
        Path rules = Http.rulesWithTestRules(temp.resolve("rules"));
        ServerConfig config = ServerConfig.defaults().withRules(rules, null)
                .withLimits(2, 64, MAX_BODY, MAX_FACTS, MAX_BATCH, Duration.ofSeconds(60));
        server = Http.start(config, new PrintStream(accessLog, true, StandardCharsets.UTF_8));
        sameRules = Checker.builder().rules(rules)
                .limits(new InputLimits(MAX_BODY, InputLimits.DEFAULT.maxDepth(), (int) MAX_BODY, MAX_FACTS)).build();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(2));
    }

    /** The answer of the service is the report the Java API gives for the same document. */
    static void assertSameReport(byte[] document, String answer) {
        assertEquals(stable(sameRules.check(document, "request").toJson()), stable(answer));
    }

    static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(ProblemJson.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElse(""), r.body());
        JsonNode p = json(r);
        assertEquals(type, p.path("type").asText(), r.body());
        assertEquals(status, p.path("status").asInt());
        assertFalse(p.path("title").asText().isEmpty());
        assertFalse(p.path("detail").asText().isEmpty());
        assertFalse(r.body().matches("(?s).*\\bat (org|java|jdk|sun|com)\\.[\\w.$]+\\(.*"),
                "no stack trace in answers: " + r.body());
    }

    @Test
    void aDocumentIsAnsweredWithItsReport() {
        for (var doc : List.of(SEED, CONTRADICTION, EXAMPLE)) {
            HttpResponse<String> r = postJson(server, "/v1/check", read(doc));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
            assertEquals("factlint-report/1", json(r).get("format").asText());
            assertSameReport(read(doc), r.body());
        }
        JsonNode contradiction = json(postJson(server, "/v1/check", read(CONTRADICTION)));
        assertEquals("attendance.attended-and-absent", contradiction.at("/findings/0/rule").asText());
        assertEquals(0, json(postJson(server, "/v1/check", read(SEED))).at("/summary/errors").asInt());
    }

    @Test
    void optionsInTheQueryFilterFindings() {
        JsonNode all = json(postJson(server, "/v1/check", read(EXAMPLE)));
        assertTrue(all.at("/summary/errors").asInt() > 0 && all.at("/summary/warnings").asInt() > 0
                && all.at("/summary/infos").asInt() > 0, "the example with the test rules has every severity: " + all);
        JsonNode errorsOnly = json(postJson(server, "/v1/check?minSeverity=error", read(EXAMPLE)));
        assertEquals(all.at("/summary/errors").asInt(), errorsOnly.get("findings").size());
        findings(errorsOnly).forEach(f -> assertEquals("error", f.get("severity").asText()));
        JsonNode noAttendance = json(postJson(server, "/v1/check?disabledCategories=attendance,date", read(EXAMPLE)));
        findings(noAttendance).forEach(f -> assertFalse(List.of("attendance", "date").contains(f.get("category").asText())));
        assertTrue(noAttendance.get("findings").size() > 0);
        JsonNode onlyRole = json(postJson(server, "/v1/check?enabledCategories=role", read(EXAMPLE)));
        assertTrue(onlyRole.get("findings").size() > 0);
        findings(onlyRole).forEach(f -> assertEquals("role", f.get("category").asText()));
        String fingerprint = all.at("/findings/0/fingerprint").asText();
        JsonNode ignored = json(postJson(server, "/v1/check?ignoredFingerprints=" + fingerprint, read(EXAMPLE)));
        assertEquals(all.get("findings").size() - 1, ignored.get("findings").size());
        assertEquals(1, ignored.at("/summary/suppressed").asInt());
    }

    @Test
    void optionsInAnEnvelopeWorkAsInTheQuery() throws Exception {
        String doc = new String(read(EXAMPLE), StandardCharsets.UTF_8);
        String envelope = "{\"options\":{\"minSeverity\":\"warning\",\"disabledCategories\":[\"attendance\"]},\"document\":" + doc + "}";
        HttpResponse<String> viaEnvelope = postJson(server, "/v1/check", envelope);
        HttpResponse<String> viaQuery = postJson(server, "/v1/check?minSeverity=warning&disabledCategories=attendance", doc);
        assertEquals(200, viaEnvelope.statusCode(), viaEnvelope.body());
        assertEquals(stable(viaQuery.body()), stable(viaEnvelope.body()));
        assertProblem(postJson(server, "/v1/check?minSeverity=error", envelope), 400, ProblemJson.INVALID_REQUEST);
        assertProblem(postJson(server, "/v1/check", "{\"document\":" + doc + ",\"extra\":1}"), 400, ProblemJson.INVALID_REQUEST);
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        byte[] doc = read(SEED);
        assertProblem(postJson(server, "/v1/check?minSeverity=fatal", doc), 400, ProblemJson.INVALID_REQUEST);
        assertProblem(postJson(server, "/v1/check?disabledCategories=spelling", doc), 400, ProblemJson.INVALID_REQUEST);
        HttpResponse<String> typo = postJson(server, "/v1/check?minseverity=error", doc);
        assertProblem(typo, 400, ProblemJson.INVALID_REQUEST);
        assertTrue(json(typo).get("detail").asText().contains("minseverity"));
    }

    @Test
    void aBatchGetsOneReportPerDocumentInOrder() {
        String broken = "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"b\"}}";
        String body = "[" + new String(read(SEED), StandardCharsets.UTF_8) + ","
                + new String(read(CONTRADICTION), StandardCharsets.UTF_8) + "," + broken + "]";
        HttpResponse<String> r = postJson(server, "/v1/check/batch", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode reports = json(r).get("reports");
        assertEquals(3, reports.size());
        for (int i = 0; i < 3; i++) {
            assertEquals("request[" + i + "]", reports.get(i).get("input").asText());
        }
        assertEquals(0, reports.get(0).at("/summary/errors").asInt());
        assertEquals("attendance.attended-and-absent", reports.get(1).at("/findings/0/rule").asText());
        assertTrue(reports.get(2).get("problems").size() > 0, "a broken document gets its problems, not a failed batch");
        String envelope = "{\"documents\":[" + new String(read(EXAMPLE), StandardCharsets.UTF_8) + "],\"options\":{\"minSeverity\":\"error\"}}";
        JsonNode filtered = json(postJson(server, "/v1/check/batch", envelope)).at("/reports/0");
        findings(filtered).forEach(f -> assertEquals("error", f.get("severity").asText()));
        assertEquals(0, json(postJson(server, "/v1/check/batch", "[]")).get("reports").size());
    }

    @Test
    void aBadBatchIsRefused() {
        String seed = new String(read(SEED), StandardCharsets.UTF_8);
        assertProblem(postJson(server, "/v1/check/batch", seed), 400, ProblemJson.INVALID_REQUEST);
        assertProblem(postJson(server, "/v1/check/batch", "[" + seed + ",{\"format\":"), 400, ProblemJson.INVALID_JSON);
        assertProblem(postJson(server, "/v1/check/batch", "{\"documents\":{}}"), 400, ProblemJson.INVALID_REQUEST);
        String tooMany = "[" + String.join(",", java.util.Collections.nCopies(MAX_BATCH + 1, "{}")) + "]";
        assertProblem(postJson(server, "/v1/check/batch", tooMany), 413, ProblemJson.BODY_TOO_LARGE);
    }

    @Test
    void theCatalogIsTheRulesInService() {
        HttpResponse<String> r = get(server, "/v1/rules");
        assertEquals(200, r.statusCode());
        JsonNode catalog = json(r);
        assertEquals(11, catalog.get("categories").size());
        List<String> ids = new ArrayList<>();
        catalog.get("rules").forEach(rule -> ids.add(rule.get("id").asText()));
        assertEquals(sameRules.rules().stream().map(org.factlint.RuleInfo::id).toList(), ids);
        assertTrue(ids.contains("attendance.attended-and-absent"));
    }

    @Test
    void healthAndReadiness() {
        assertEquals("ok", json(get(server, "/healthz")).get("status").asText());
        HttpResponse<String> ready = get(server, "/readyz");
        assertEquals(200, ready.statusCode());
        assertEquals("ready", json(ready).get("status").asText());
        assertEquals(sameRules.rules().size(), json(ready).get("rules").asInt());
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        HttpResponse<String> r = get(server, "/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode api = json(r);
        assertTrue(api.get("openapi").asText().startsWith("3."), "an OpenAPI 3 document");
        assertNotNull(api.at("/info/title").textValue());
        JsonNode paths = api.get("paths");
        Map<String, java.util.Set<String>> routes = server.routeTable();
        assertEquals(routes.keySet(), fieldNames(paths), "every route is described, and nothing else");
        routes.forEach((path, methods) -> {
            java.util.Set<String> described = new java.util.TreeSet<>();
            paths.get(path).fieldNames().forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT)));
            assertEquals(new java.util.TreeSet<>(methods), described, path);
            paths.get(path).forEach(op -> assertTrue(op.get("responses").size() > 0, path));
        });
        // A real OpenAPI 3 parser reads it without a single complaint, with every reference resolved.
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed =
                new io.swagger.v3.parser.OpenAPIV3Parser().readContents(r.body(), null, options);
        assertEquals(List.of(), parsed.getMessages());
        assertEquals(routes.keySet(), new java.util.TreeSet<>(parsed.getOpenAPI().getPaths().keySet()));
        // Every $ref points at something the document defines.
        List<String> refs = new ArrayList<>();
        collectRefs(api, refs);
        assertFalse(refs.isEmpty());
        refs.forEach(ref -> assertFalse(api.at(ref.substring(1)).isMissingNode(), "dangling " + ref));
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        HttpResponse<String> r = postJson(server, "/v1/check", "{\n  \"format\": \"factlint-facts/1\",\n  \"article\": {,\n}");
        assertProblem(r, 400, ProblemJson.INVALID_JSON);
        JsonNode problem = json(r).at("/problems/0");
        assertEquals(3, problem.get("line").asInt());
        assertTrue(problem.get("column").asInt() > 0);
        assertProblem(postJson(server, "/v1/check", ""), 400, ProblemJson.INVALID_DOCUMENT);
        assertProblem(postJson(server, "/v1/check", "[1,2]"), 400, ProblemJson.INVALID_DOCUMENT);
    }

    @Test
    void aDocumentThatBreaksTheContractIs400WithPointers() throws Exception {
        JsonNode badStatus = Http.JSON.readTree(read(CONTRADICTION));
        ((com.fasterxml.jackson.databind.node.ObjectNode) badStatus.at("/facts/0")).put("status", "gone");
        assertEquals(List.of("/facts/0/status"), errorPointers(postJson(server, "/v1/check", badStatus.toString())));
        JsonNode dangling = Http.JSON.readTree(read(CONTRADICTION));
        ((com.fasterxml.jackson.databind.node.ObjectNode) dangling.at("/facts/1")).put("person", "rubbio");
        assertEquals(List.of("/facts/1/person"), errorPointers(postJson(server, "/v1/check", dangling.toString())));
    }

    static List<String> errorPointers(HttpResponse<String> r) {
        assertProblem(r, 400, ProblemJson.INVALID_DOCUMENT);
        List<String> pointers = new ArrayList<>();
        json(r).get("problems").forEach(p -> {
            if (p.get("severity").asText().equals("error")) {
                pointers.add(p.get("pointer").asText());
            }
        });
        return pointers;
    }

    @Test
    void tooManyFactsIs400AtFacts() throws Exception {
        StringBuilder facts = new StringBuilder();
        for (int i = 0; i <= MAX_FACTS; i++) {
            facts.append(i == 0 ? "" : ",").append("{\"id\":\"f").append(i).append("\",\"type\":\"claim\",\"subject\":\"a\",\"predicate\":\"b\",\"object\":\"c\"}");
        }
        String doc = "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"many\",\"published\":\"2025-04-23\"},\"entities\":[],\"facts\":[" + facts + "]}";
        HttpResponse<String> r = postJson(server, "/v1/check", doc);
        assertProblem(r, 400, ProblemJson.INVALID_DOCUMENT);
        assertEquals("/facts", json(r).at("/problems/0/pointer").asText());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        byte[] big = new byte[(int) MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertProblem(postJson(server, "/v1/check", big), 413, ProblemJson.BODY_TOO_LARGE);
        // Without a Content-Length (chunked), the limit is found while reading.
        HttpRequest chunked = HttpRequest.newBuilder(server.uri().resolve("/v1/check")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        assertProblem(Http.send(chunked), 413, ProblemJson.BODY_TOO_LARGE);
        // The service is still fine afterwards.
        assertEquals(200, postJson(server, "/v1/check", read(SEED)).statusCode());
    }

    /**
     * A client that writes its whole body before it reads (Python's urllib, PHP's curl without
     * Expect: 100-continue) gets the 413 problem document, not a connection reset: after the
     * answer the service keeps reading and dropping the body (lingering close, as nginx does).
     */
    @Test
    void aClientThatWritesA64MegabyteBodyBeforeReadingGetsThe413() throws Exception {
        long length = 64L << 20;
        try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (long sent = 0; sent < length; sent += chunk.length) {
                out.write(chunk); // the whole body, before reading anything
            }
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains(ProblemJson.BODY_TOO_LARGE), answer);
        }
        assertEquals(200, postJson(server, "/v1/check", read(SEED)).statusCode());
    }

    /** A client that never stops sending is cut off once the service has dropped its bound of bytes. */
    @Test
    void aClientThatNeverStopsSendingIsCutOffAtTheBound() throws Exception {
        long sent = 0;
        try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + (8L << 30) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            try {
                while (sent < (4L << 30)) {
                    out.write(chunk);
                    sent += chunk.length;
                }
            } catch (java.io.IOException cutOff) {
                // expected: the service closed the connection at its bound
            }
        }
        assertTrue(sent < (4L << 30), "never cut off: sent " + sent);
        assertTrue(sent >= Endpoints.LINGER_LIMIT, "cut off before the bound: sent " + sent);
        assertEquals(200, postJson(server, "/v1/check", read(SEED)).statusCode());
    }

    @Test
    void aBodyThatIsNotDeclaredJsonIs415() {
        byte[] doc = read(SEED);
        assertProblem(post(server, "/v1/check", doc, null), 415, ProblemJson.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(post(server, "/v1/check", doc, "application/xml"), 415, ProblemJson.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(post(server, "/v1/check", doc, "application/json; charset=iso-8859-1"), 415, ProblemJson.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(post(server, "/v1/check/batch", doc, "application/x-www-form-urlencoded"), 415, ProblemJson.UNSUPPORTED_MEDIA_TYPE);
        assertEquals(200, post(server, "/v1/check", doc, "application/json; charset=UTF-8").statusCode());
        assertEquals(200, post(server, "/v1/check", doc, "application/vnd.factlint.facts+json").statusCode());
    }

    /**
     * Found by the soak: an answer given before the body was read (415, 404, 405) left the body
     * unread, the JDK server closed the keep-alive connection after the answer, and the client's
     * next request on it met a connection reset.
     */
    @Test
    void aRefusalBeforeTheBodyIsReadLeavesTheConnectionUsable() throws Exception {
        byte[] large = new byte[200_000];
        java.util.Arrays.fill(large, (byte) ' ');
        java.net.http.HttpClient oneConnection = ServiceSoakTest.client();
        List<HttpRequest> refusals = List.of(
                HttpRequest.newBuilder(server.uri().resolve("/v1/check")).header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(large)).build(),
                HttpRequest.newBuilder(server.uri().resolve("/v1/nothing")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(large)).build(),
                HttpRequest.newBuilder(server.uri().resolve("/v1/rules"))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(large)).build());
        HttpRequest check = HttpRequest.newBuilder(server.uri().resolve("/v1/check")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(read(CONTRADICTION))).build();
        for (HttpRequest refused : refusals) {
            HttpResponse<String> r = oneConnection.send(refused, HttpResponse.BodyHandlers.ofString());
            assertTrue(List.of(404, 405, 415).contains(r.statusCode()), r.body());
            HttpResponse<String> next = oneConnection.send(check, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, next.statusCode(), "the next request on the same connection is answered");
        }
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertProblem(get(server, "/v2/check"), 404, "about:blank");
        HttpResponse<String> wrong = get(server, "/v1/check");
        assertProblem(wrong, 405, "about:blank");
        assertEquals("POST", wrong.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> delete = Http.send(HttpRequest.newBuilder(server.uri().resolve("/v1/rules")).DELETE().build());
        assertProblem(delete, 405, "about:blank");
        assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(server.uri().resolve("/healthz"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void thePageIsOneSelfContainedDocument() {
        HttpResponse<String> r = get(server, "/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        String page = r.body();
        assertTrue(page.contains(Resources.text(Resources.VIEW + "report-view.js"))
                && page.contains(Resources.text(Resources.VIEW + "report-view.css")), "the report view is inlined");
        assertFalse(page.contains("FACTLINT-VIEW-"), "no placeholder is left");
        assertFalse(page.matches("(?s).*(src|href)\\s*=\\s*[\"']?(https?:)?//.*"), "no external asset");
        assertEquals(200, get(server, "/example.json").statusCode());
    }

    @Test
    void manyParallelRequestsAreAllAnsweredCorrectly() throws Exception {
        Map<String, byte[]> docs = new java.util.LinkedHashMap<>();
        docs.put("seed", read(SEED));
        docs.put("contradiction", read(CONTRADICTION));
        docs.put("example", read(EXAMPLE));
        docs.put("broken", "{\"format\":\"factlint-facts/1\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, String> expected = new java.util.HashMap<>();
        docs.forEach((k, v) -> expected.put(k, stable(sameRules.check(v, "request").toJson())));
        int clients = 16;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<String>>> futures = new ArrayList<>();
        List<String> names = new ArrayList<>(docs.keySet());
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    String name = names.get((client + i) % names.size());
                    HttpResponse<String> r = postJson(server, "/v1/check", docs.get(name));
                    boolean ok = name.equals("broken") ? r.statusCode() == 400
                            : r.statusCode() == 200 && stable(r.body()).equals(expected.get(name));
                    if (!ok) {
                        wrong.add(name + " -> " + r.statusCode() + " " + r.body());
                    }
                }
                return wrong;
            }));
        }
        List<String> wrong = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            wrong.addAll(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRequestWritesOneAccessLogLine() {
        String marker = "/no-such-page-" + System.nanoTime();
        get(server, marker);
        postJson(server, "/v1/check?minSeverity=error", read(CONTRADICTION));
        // The server writes a request's line just after sending its answer: wait (a bounded while) for it.
        String log = accessLog.toString(StandardCharsets.UTF_8);
        for (int i = 0; i < 500 && !log.contains("\"POST /v1/check?minSeverity=error\" 200"); i++) {
            sleep(10);
            log = accessLog.toString(StandardCharsets.UTF_8);
        }
        List<String> lines = log.lines().filter(l -> l.contains(marker)).toList();
        assertEquals(1, lines.size(), log);
        assertTrue(lines.get(0).matches("\\S+Z 127\\.0\\.0\\.1 \"GET " + marker + "\" 404 \\d+ \\d+\\.\\dms"), lines.get(0));
        assertTrue(log.lines().anyMatch(l -> l.matches(".* \"POST /v1/check\\?minSeverity=error\" 200 \\d+ \\d+\\.\\dms")), log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Iterable<JsonNode> findings(JsonNode report) {
        return report.get("findings");
    }

    static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
