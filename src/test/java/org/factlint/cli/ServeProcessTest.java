package org.factlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code factlint serve} as an operator runs it: a separate JVM that says where it listens,
 * answers, reloads its rules on SIGHUP, logs each request, and stops cleanly on SIGTERM.
 */
class ServeProcessTest {

    @Test
    void servesReloadsOnHangUpAndStopsOnTerm() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                "needs kill(1) to send SIGHUP");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--rules", "rules").redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (Exception e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            StringBuilder before = new StringBuilder();
            Matcher serving = Pattern.compile("serving \\d+ rules on (http://127\\.0\\.0\\.1:\\d+/)")
                    .matcher(waitFor(lines, "serving ", before));
            assertTrue(serving.find());
            URI base = URI.create(serving.group(1));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(waitFor(lines, "\"GET /healthz\" 200").contains("127.0.0.1"), "one access-log line per request");

            // (a process started with SIGHUP ignored, as under nohup, cannot catch it, and says so)
            boolean hangUpIgnored = before.toString().contains("SIGHUP cannot be caught");
            if (!hangUpIgnored) {
                new ProcessBuilder("kill", "-HUP", Long.toString(serve.pid())).start().waitFor(10, TimeUnit.SECONDS);
                assertTrue(waitFor(lines, "rules reloaded").contains("generation 2"));
            }

            serve.destroy(); // SIGTERM: the shutdown hook stops the server gracefully
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
            Assumptions.assumeFalse(hangUpIgnored, "SIGHUP is ignored in this process tree (nohup): its reload was not tried");
        } finally {
            if (serve.isAlive()) {
                serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The first line (from now on) that contains {@code text}; fails after a minute. */
    static String waitFor(BlockingQueue<String> lines, String text) throws InterruptedException {
        return waitFor(lines, text, new StringBuilder());
    }

    /** As {@link #waitFor(BlockingQueue, String)}, keeping the lines read before it in {@code seen}. */
    static String waitFor(BlockingQueue<String> lines, String text, StringBuilder seen) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.contains(text)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("no line with '" + text + "'; saw:\n" + seen);
    }
}
