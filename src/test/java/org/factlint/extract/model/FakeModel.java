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
final class FakeModel implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One reply: a status, headers, a body, and whether to hang instead of answering. */
    record Reply(int status, Map<String, String> headers, String body, boolean hangs) {
        static Reply ok(String chatCompletion) {
            return new Reply(200, Map.of(), chatCompletion, false);
        }

        static Reply content(String content, String finishReason) {
            ObjectNode r = JSON.createObjectNode();
            r.put("id", "chatcmpl-test").put("object", "chat.completion").put("model", "test-model");
            ObjectNode choice = r.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", finishReason);
            return ok(r.toString());
        }

        static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, "{\"error\":{\"message\":\"busy\",\"type\":\"rate_limit\"}}", false);
        }

        static Reply hang() {
            return new Reply(0, Map.of(), "", true);
        }
    }

    /** A request as the endpoint saw it. */
    record Request(String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private volatile Reply last;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    FakeModel(Reply... script) throws IOException {
        replies.addAll(List.of(script));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    void then(Reply... more) {
        replies.addAll(List.of(more));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            requests.add(new Request(ex.getRequestHeaders().getFirst("Authorization"), JSON.readTree(in)));
        }
        Reply r = replies.poll();
        if (r == null) {
            r = last;
        }
        last = r;
        if (r.hangs()) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
            return;
        }
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(r.status(), body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    static String resource(String name) {
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
