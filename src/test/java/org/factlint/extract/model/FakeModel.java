package org.factlint.extract.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A chat-completions endpoint for tests: answers {@code POST /v1/chat/completions} with the
 * replies it is given, in order (the last one again when they run out), and records each request.
 */
public final class FakeModel implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One reply: a status, headers, a body, whether to hang instead of answering, and a pause before answering. */
    public record Reply(int status, Map<String, String> headers, String body, boolean hangs, int pauseMillis) {
        public Reply(int status, Map<String, String> headers, String body, boolean hangs) {
            this(status, headers, body, hangs, 0);
        }

        /** The same reply after a pause (to make requests overlap). */
        public Reply after(int millis) {
            return new Reply(status, headers, body, hangs, millis);
        }

        public static Reply ok(String chatCompletion) {
            return new Reply(200, Map.of(), chatCompletion, false);
        }

        public static Reply content(String content, String finishReason) {
            ObjectNode r = JSON.createObjectNode();
            r.put("id", "chatcmpl-test").put("object", "chat.completion").put("model", "test-model");
            ObjectNode choice = r.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", finishReason);
            return ok(r.toString());
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, "{\"error\":{\"message\":\"busy\",\"type\":\"rate_limit\"}}", false);
        }

        public static Reply hang() {
            return new Reply(0, Map.of(), "", true);
        }
    }

    /** A request as the endpoint saw it. */
    public record Request(String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private volatile Reply last;
    private final Map<String, Reply> routes = new java.util.concurrent.ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    /** The most requests this endpoint was answering at once. */
    public final java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    public FakeModel(Reply... script) throws IOException {
        replies.addAll(List.of(script));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /** Answers every request whose article contains {@code words} with {@code reply}, whatever the order. */
    public FakeModel when(String words, Reply reply) {
        routes.put(words, reply);
        return this;
    }

    public void then(Reply... more) {
        replies.addAll(List.of(more));
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** Whether this handler thread still counts as answering (it stops counting as its answer goes out). */
    private final ThreadLocal<Boolean> counted = ThreadLocal.withInitial(() -> false);

    private void handle(HttpExchange ex) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        counted.set(true);
        try {
            answer(ex);
        } finally {
            answered();
        }
    }

    /**
     * The request stops counting as in flight just before its answer is written: once the client
     * has the answer it may send its next request, which must not find this one still counted
     * (that race made requestsInFlightAreBoundedByTheConcurrency fail once in CI-like runs).
     */
    private void answered() {
        if (counted.get()) {
            counted.set(false);
            inFlight.decrementAndGet();
        }
    }

    private void answer(HttpExchange ex) throws IOException {
        JsonNode body;
        try (InputStream in = ex.getRequestBody()) {
            body = JSON.readTree(in);
            requests.add(new Request(ex.getRequestHeaders().getFirst("Authorization"), body));
        }
        String article = body.at("/messages/1/content").asText();
        Reply r = routes.entrySet().stream().filter(e -> article.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (r == null) {
            r = replies.poll();
            if (r == null) {
                r = last;
            }
            last = r;
        }
        if (r.hangs()) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
            return;
        }
        if (r.pauseMillis() > 0) {
            try {
                Thread.sleep(r.pauseMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] answer = r.body().getBytes(StandardCharsets.UTF_8);
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        answered();
        ex.sendResponseHeaders(r.status(), answer.length);
        ex.getResponseBody().write(answer);
        ex.close();
    }

    public static String resource(String name) {
        try (InputStream in = FakeModel.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
