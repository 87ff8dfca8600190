package org.factlint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium (Debian's package), driven over the DevTools protocol through a
 * WebSocket with the JDK's own client: navigate, evaluate JavaScript, click with the mouse, set
 * a file input, take a screenshot. Just enough for the page's browser test; no dependency.
 */
final class Chromium implements AutoCloseable {

    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--window-size=1400,1000");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private String session;

    /** The browser binary, or null when none is installed. */
    static String binary() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    Chromium(String binary, Path profile) throws Exception {
        this.profile = profile;
        List<String> command = new ArrayList<>(List.of(binary));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("--remote-debugging-port=0");
        command.add("about:blank");
        this.process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        // Chromium writes the port it picked, and the browser's path, into the profile.
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> lines = List.of();
        while (lines.size() < 2) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("chromium did not start; see " + profile.resolveSibling("chromium.log"));
            }
            Thread.sleep(50);
            lines = Files.exists(active) ? Files.readAllLines(active) : List.of();
        }
        URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, new Listener()).get(30, TimeUnit.SECONDS);
        String target = call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        this.session = call("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        call("Page.enable", Map.of());
    }

    /** Sends one command (to the page once attached) and waits for its result. */
    JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        synchronized (socket) {
            socket.sendText(message.toString(), true).get(30, TimeUnit.SECONDS);
        }
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** Evaluates an expression in the page (awaiting a promise) and returns its value as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until the expression is true in the page. */
    void waitFor(String expression, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        // Until the page has loaded, the expression may throw: that counts as not yet.
        while (!eval("(() => { try { return !!(" + expression + "); } catch (e) { return false; } })()").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + expression + "; body state: "
                        + eval("document.body && document.body.getAttribute('data-state')"));
            }
            Thread.sleep(50);
        }
    }

    /**
     * A real mouse click at the middle of the first box of the element the selector finds, once
     * the element is in view and nothing (a smooth scroll still running) moves it from under the pointer.
     */
    void click(String selector) throws Exception {
        String find = "document.querySelector(" + JSON.writeValueAsString(selector) + ")";
        JsonNode at = null;
        for (int attempt = 0; attempt < 50 && at == null; attempt++) {
            JsonNode here = eval("new Promise(done => { const e = " + find + ";"
                    + " e.scrollIntoView({block: 'center', behavior: 'instant'});"
                    + " requestAnimationFrame(() => requestAnimationFrame(() => {"
                    + "   const r = e.getClientRects()[0]; const x = r.left + r.width / 2, y = r.top + r.height / 2;"
                    + "   const hit = document.elementFromPoint(x, y);"
                    + "   done({x: x, y: y, onTarget: !!hit && (hit === e || e.contains(hit))}); })); })");
            if (here.get("onTarget").asBoolean()) {
                at = here;
            } else {
                Thread.sleep(50);
            }
        }
        if (at == null) {
            throw new AssertionError("cannot click " + selector + ": something else is under the pointer");
        }
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", at.get("x").asDouble(), "y", at.get("y").asDouble(),
                    "button", "left", "clickCount", 1));
        }
    }

    /** Puts a file into a file input, as a person choosing it would. */
    void setFile(String selector, Path file) throws Exception {
        JsonNode object = call("Runtime.evaluate", Map.of("expression", "document.querySelector(" + JSON.writeValueAsString(selector) + ")"));
        call("DOM.setFileInputFiles", Map.of("files", List.of(file.toAbsolutePath().toString()),
                "objectId", object.get("result").get("objectId").asText()));
    }

    /** A PNG of the whole page, laid out in a window as tall as the page so that nothing sits in a scroll box. */
    void screenshot(Path png) throws Exception {
        // A box capped at the window's height grows with the window: grow it until the page stops growing.
        int height = 1000;
        for (int i = 0; i < 10; i++) {
            call("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", height, "deviceScaleFactor", 1, "mobile", false));
            int page = eval("new Promise(done => requestAnimationFrame(() => done(document.documentElement.scrollHeight)))").asInt();
            if (page <= height) {
                break;
            }
            height = page;
        }
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
        call("Emulation.clearDeviceMetricsOverride", Map.of());
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            session = null;
            call("Browser.close", Map.of());
        } catch (Exception e) {
            // the process is ended below either way
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Collects text frames into messages and hands each reply to its waiting call. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
                        if (waiting != null) {
                            waiting.complete(message);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
