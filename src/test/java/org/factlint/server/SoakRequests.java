package org.factlint.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.factlint.CheckOptions;
import org.factlint.Checker;
import org.factlint.Report;
import org.factlint.Severity;
import org.factlint.report.CatalogJson;
import org.factlint.report.ReportJson;

/**
 * The requests of {@link ServiceSoakTest}, each with what is a right answer to it: a valid
 * document's report as the Java API gives it with either rule set of the soak, the problem a bad
 * request gets (seen once on the calm server, then expected byte for byte), the catalog and
 * readiness of the generation in service.
 */
final class SoakRequests {

    /** The two rule sets the soak swaps between. */
    enum Rules { BUNDLED, EXTRA }

    /** A rule set in service from some generation on; the soak's reloader records when each was swapped in. */
    record Served(int generation, Rules rules) {
    }

    /** What is wrong with an answer, or null when it is right, given the rule sets that may have served it. */
    interface Expectation {
        String wrong(HttpResponse<byte[]> r, List<Served> possible);
    }

    /** One request and what is right for it. */
    record Variant(HttpRequest request, Expectation expectation) {
    }

    /**
     * One kind of request, sent as one of its variants chosen at random.
     *
     * @param queued true if it goes through the check queue, so that 503 (queue full, time limit) is a right answer too
     */
    record Template(String name, int weight, List<Variant> variants, boolean queued) {
        Variant pick(Random random) {
            return variants.get(random.nextInt(variants.size()));
        }
    }

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(90);
    static final String MARKER_ID = "soak-marker";

    private final URI base;
    private final Map<Rules, Checker> checkers;
    private final List<Template> templates = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int totalWeight;

    /** A problem answer expected for a request: its status and type, and its body as the calm server gave it. */
    static final class Problem implements Expectation {
        private final String name;
        private final HttpRequest request;
        private final int status;
        private final String type;
        private final AtomicReference<String> calm = new AtomicReference<>();

        Problem(String name, HttpRequest request, int status, String type) {
            this.name = name;
            this.request = request;
            this.status = status;
            this.type = type;
        }

        String name() {
            return name;
        }

        HttpRequest request() {
            return request;
        }

        @Override
        public String wrong(HttpResponse<byte[]> r, List<Served> possible) {
            String body = text(r);
            return r.statusCode() == status && body.equals(calm.get()) ? null
                    : "expected the calm answer " + status + " " + calm.get() + " but got " + r.statusCode() + " " + body;
        }

        /** Takes the calm server's answer as the one to expect, once its status and type are checked. */
        String learn(HttpResponse<byte[]> r) {
            String body = text(r);
            String ctype = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = ServiceSoakTest.parse(body);
            if (r.statusCode() != status || !ctype.equals(ProblemJson.MEDIA_TYPE) || json == null
                    || !type.equals(json.path("type").asText()) || json.path("status").asInt() != status) {
                return name + ": expected a " + status + " " + type + " problem but got " + r.statusCode() + " " + ctype + " " + body;
            }
            calm.set(body);
            return null;
        }
    }

    SoakRequests(URI base, Map<Rules, Checker> checkers) {
        this.base = base;
        this.checkers = checkers;
    }

    List<Template> templates() {
        return templates;
    }

    List<Problem> problems() {
        return problems;
    }

    /** How many requests the calm check sends: each problem once, then every variant of every template. */
    long calmRequests() {
        return problems.size() + templates.stream().mapToLong(t -> t.variants().size()).sum();
    }

    /** A template chosen by weight. */
    Template pick(Random random) {
        int n = random.nextInt(totalWeight);
        for (Template t : templates) {
            n -= t.weight();
            if (n < 0) {
                return t;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** Every request of the soak. */
    SoakRequests build(Path seed, Path examples) throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(seed);
        try (Stream<Path> files = Files.walk(examples)) {
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(documents::add);
        }
        // Valid documents: the seed article and every example, as the Java API reports them.
        List<Variant> valid = new ArrayList<>();
        for (Path doc : documents) {
            byte[] body = Files.readAllBytes(doc);
            valid.add(new Variant(post("/v1/check", body, "application/json"), reports(body, CheckOptions.DEFAULT)));
        }
        templates.add(new Template("check a valid document (" + documents.size() + ")", 40, valid, true));
        totalWeight += 40;
        byte[] seedBytes = Files.readAllBytes(seed);
        byte[] withdrew = Files.readAllBytes(examples.resolve("attendance/attended-and-withdrew.json"));
        // The marker article: the extra rule's finding tells which rule set answered.
        byte[] marker = new String(withdrew, StandardCharsets.UTF_8)
                .replace("\"example-attendance-attended-and-withdrew\"", "\"" + MARKER_ID + "\"").getBytes(StandardCharsets.UTF_8);
        add("check marker", 6, post("/v1/check", marker, "application/json"), true, reports(marker, CheckOptions.DEFAULT));
        add("check marker, chunked", 2, chunked("/v1/check", marker), true, reports(marker, CheckOptions.DEFAULT));
        add("check with options", 3, post("/v1/check?minSeverity=error&disabledCategories=name,quote", withdrew, "application/json"),
                true, reports(withdrew, CheckOptions.DEFAULT.withMinimum(Severity.ERROR)
                        .withExcludedCategories(Set.of("name", "quote"))));

        // Batches: reports in order, all from one rule set; a document that breaks the contract does not fail the batch.
        byte[] breaks = "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
        List<byte[]> batch = List.of(seedBytes, marker, breaks, withdrew);
        add("batch of 4", 6, post("/v1/check/batch", array(batch), "application/json"), true, batch(batch));

        // Bad JSON, documents that break the contract, bad options: a 400 problem.
        problem("invalid JSON: truncated seed", 3, post("/v1/check", Arrays.copyOf(seedBytes, seedBytes.length / 2),
                "application/json"), true, 400, ProblemJson.INVALID_JSON);
        problem("invalid JSON: a brace", 2, post("/v1/check", bytes("{"), "application/json"), true, 400, ProblemJson.INVALID_JSON);
        problem("invalid JSON: not UTF-8", 2, post("/v1/check", new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'},
                "application/json"), true, 400, ProblemJson.INVALID_JSON);
        problem("invalid JSON: a batch", 2, post("/v1/check/batch", bytes("[{\"format\":"), "application/json"), false, 400,
                ProblemJson.INVALID_JSON);
        problem("contract: no published date", 3, post("/v1/check", breaks, "application/json"), true, 400,
                ProblemJson.INVALID_DOCUMENT);
        problem("contract: a bad status", 3, post("/v1/check", bytes(new String(withdrew, StandardCharsets.UTF_8)
                .replace("\"withdrew\"", "\"perhaps\"")), "application/json"), true, 400, ProblemJson.INVALID_DOCUMENT);
        problem("contract: facts not an array", 2, post("/v1/check", bytes(new String(seedBytes, StandardCharsets.UTF_8)
                .replaceFirst("\"facts\"\\s*:\\s*\\[", "\"facts\": 5, \"was\": [")), "application/json"), true, 400,
                ProblemJson.INVALID_DOCUMENT);
        problem("bad option", 2, post("/v1/check?minSeverity=fatal", withdrew, "application/json"), false, 400,
                ProblemJson.INVALID_REQUEST);

        // Too large: a body over the limit (declared, and chunked), a batch of too many documents.
        byte[] oversized = oversized(ServiceSoakTest.MAX_BODY + 40_000);
        problem("oversized body", 3, post("/v1/check", oversized, "application/json"), false, 413, ProblemJson.BODY_TOO_LARGE);
        problem("oversized body, chunked", 2, chunked("/v1/check", oversized), false, 413, ProblemJson.BODY_TOO_LARGE);
        List<byte[]> tooMany = new ArrayList<>();
        for (int i = 0; i <= ServiceSoakTest.MAX_BATCH; i++) {
            tooMany.add(withdrew);
        }
        problem("batch of too many", 2, post("/v1/check/batch", array(tooMany), "application/json"), false, 413,
                ProblemJson.BODY_TOO_LARGE);

        // Wrong media types, with a small body and with a large one the server does not read.
        problem("application/xml", 2, post("/v1/check", withdrew, "application/xml"), false, 415, ProblemJson.UNSUPPORTED_MEDIA_TYPE);
        problem("no content type", 2, post("/v1/check", withdrew, null), false, 415, ProblemJson.UNSUPPORTED_MEDIA_TYPE);
        problem("latin-1", 2, post("/v1/check/batch", array(List.of(withdrew)), "application/json; charset=iso-8859-1"), false,
                415, ProblemJson.UNSUPPORTED_MEDIA_TYPE);
        problem("application/xml, large body", 2, post("/v1/check", Arrays.copyOf(oversized, 200_000), "application/xml"), false, 415,
                ProblemJson.UNSUPPORTED_MEDIA_TYPE);
        problem("unknown path, large body", 1, post("/v1/nothing", Arrays.copyOf(oversized, 200_000), "application/json"), false,
                404, "about:blank");

        // The catalog, health and readiness.
        add("rules", 4, get("/v1/rules"), false, this::catalog);
        add("healthz", 4, get("/healthz"), false, (r, possible) ->
                r.statusCode() == 200 && text(r).equals("{\"status\":\"ok\"}") ? null : "healthz: " + r.statusCode() + " " + text(r));
        add("readyz", 3, get("/readyz"), false, this::ready);
        return this;
    }

    private void add(String name, int weight, HttpRequest request, boolean queued, Expectation expectation) {
        templates.add(new Template(name, weight, List.of(new Variant(request, expectation)), queued));
        totalWeight += weight;
    }

    private void problem(String name, int weight, HttpRequest request, boolean queued, int status, String type) {
        Problem p = new Problem(name, request, status, type);
        problems.add(p);
        add(name, weight, request, queued, p);
    }

    /** The reports of the Java API for each rule set: the answer must be one of those that may have served. */
    private Expectation reports(byte[] body, CheckOptions options) {
        Map<Rules, String> expected = new EnumMap<>(Rules.class);
        checkers.forEach((rules, checker) -> expected.put(rules, Http.stable(ReportJson.toJson(checker.check(body, "request", options)))));
        return (r, possible) -> json200(r, expected, possible);
    }

    private Expectation batch(List<byte[]> documents) {
        Map<Rules, String> expected = new EnumMap<>(Rules.class);
        checkers.forEach((rules, checker) -> {
            List<String> reports = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                reports.add(ReportJson.toJson(checker.check(documents.get(i), "request[" + i + "]")));
            }
            expected.put(rules, Http.stable("{\"reports\":[" + String.join(",", reports) + "]}"));
        });
        return (r, possible) -> json200(r, expected, possible);
    }

    private static String json200(HttpResponse<byte[]> r, Map<Rules, String> expected, List<Served> possible) {
        String body = Http.stable(text(r));
        if (r.statusCode() == 200 && r.headers().firstValue("Content-Type").orElse("").equals(Answer.JSON)) {
            for (Served s : possible) {
                if (body.equals(expected.get(s.rules()))) {
                    return null;
                }
            }
        }
        return "expected the report of " + possible + " but got " + r.statusCode() + " " + body;
    }

    /** The catalog of the generation it names, which must be one that may have served. */
    private String catalog(HttpResponse<byte[]> r, List<Served> possible) {
        JsonNode json = ServiceSoakTest.parse(text(r));
        if (r.statusCode() != 200 || json == null) {
            return "rules: " + r.statusCode() + " " + text(r);
        }
        int generation = json.path("generation").asInt();
        for (Served s : possible) {
            if (s.generation() == generation && json.get("rules").equals(catalogOf(s.rules()))) {
                return null;
            }
        }
        return "rules: generation " + generation + " with " + json.get("rules").size() + " rules is not one of " + possible;
    }

    private String ready(HttpResponse<byte[]> r, List<Served> possible) {
        JsonNode json = ServiceSoakTest.parse(text(r));
        if (r.statusCode() != 200 || json == null || !json.path("status").asText().equals("ready")) {
            return "readyz: " + r.statusCode() + " " + text(r);
        }
        int generation = json.path("generation").asInt();
        int inFlight = json.path("inFlight").asInt(-1);
        for (Served s : possible) {
            if (s.generation() == generation && json.path("rules").asInt() == checkers.get(s.rules()).rules().size()
                    && inFlight >= 0 && inFlight <= ServiceSoakTest.WORKERS + ServiceSoakTest.QUEUE) {
                return null;
            }
        }
        return "readyz: " + text(r) + " does not fit " + possible;
    }

    private final Map<Rules, JsonNode> catalogs = new EnumMap<>(Rules.class);

    private synchronized JsonNode catalogOf(Rules rules) {
        return catalogs.computeIfAbsent(rules, k -> {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = Http.JSON.getFactory().createGenerator(out)) {
                CatalogJson.write(checkers.get(k).rules(), g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ServiceSoakTest.parse(out.toString());
        });
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(ANSWER_WITHIN);
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, byte[] body, String contentType) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.build();
    }

    /** A body of unknown length: sent with Transfer-Encoding: chunked. */
    private HttpRequest chunked(String path, byte[] body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
    }

    private static byte[] array(List<byte[]> documents) {
        StringBuilder s = new StringBuilder("[");
        for (byte[] d : documents) {
            s.append(s.length() > 1 ? "," : "").append(new String(d, StandardCharsets.UTF_8));
        }
        return bytes(s.append(']').toString());
    }

    /** A facts document padded past {@code size} bytes with a long headline. */
    private static byte[] oversized(long size) {
        String head = "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"big\",\"published\":\"2025-04-23\",\"headline\":\"";
        return bytes(head + "x".repeat((int) size) + "\"},\"entities\":[],\"facts\":[]}");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
