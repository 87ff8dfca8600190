package org.factlint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Test helpers: a real server on a free port, a real HTTP client, and a rule folder to play with. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static final Path SEED = Path.of("facts/2025-04-23-london-ukraine-talks.json");
    static final Path CONTRADICTION = Path.of("facts/examples/attendance/attended-and-withdrew.json");
    static final Path EXAMPLE = Path.of("src/main/resources/org/factlint/server/example.json");
    /** Rule files broken on purpose: one does not compile, one throws when it runs. */
    static final Path BROKEN_RULES = Path.of("src/test/resources/broken-rules");

    private Http() {
    }

    /** A copy of rules/ with the test-only rules added (a runaway rule, a warning and an info rule). */
    static Path rulesWithTestRules(Path dir) throws IOException {
        copyDrl(Path.of("rules"), dir);
        copyDrl(Path.of("src/test/resources/server-test-rules"), dir);
        return dir;
    }

    static Path copyDrl(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    static FactlintServer start(ServerConfig config, PrintStream log) throws Exception {
        return FactlintServer.start(config.withPort(0), new AccessLog(log), System.err);
    }

    static HttpResponse<String> get(FactlintServer s, String path) {
        return send(HttpRequest.newBuilder(s.uri().resolve(path)).GET().build());
    }

    static HttpResponse<String> post(FactlintServer s, String path, byte[] body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri().resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    static HttpResponse<String> postJson(FactlintServer s, String path, byte[] body) {
        return post(s, path, body, "application/json");
    }

    static HttpResponse<String> postJson(FactlintServer s, String path, String body) {
        return postJson(s, path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report without its timing, which differs between runs. */
    static String stable(String reportJson) {
        return reportJson.replaceAll("\"millis\":[0-9.E-]+", "\"millis\":0");
    }
}
