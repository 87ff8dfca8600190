package org.factlint.server;

import static org.factlint.server.Http.SEED;
import static org.factlint.server.Http.get;
import static org.factlint.server.Http.json;
import static org.factlint.server.Http.postJson;
import static org.factlint.server.Http.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that misbehave at the socket: they stall with a Content-Length they never send,
 * trickle their headers or body a byte at a time (slowloris), hang up half-way through the body,
 * stop reading their answer, or arrive in a burst beyond the workers. None may hold an HTTP
 * thread or a worker for ever, and other clients keep getting their answers.
 *
 * <p>The JDK server's time-outs ({@code sun.net.httpserver.maxReqTime}, {@code maxRspTime}) are
 * read once per JVM, so this class runs in a JVM of its own with short ones (the surefire
 * execution {@code service-faults}: 2 s and 5 s); run alone it uses what the JVM was given, or
 * the service's defaults (30 s and 60 s), and waits accordingly.
 */
class ServiceFaultsTest {

    static final int WORKERS = 1;
    static final int QUEUE = 1;
    static final int HTTP_THREADS = WORKERS + QUEUE + 8;

    static FactlintServer server;
    static ByteArrayOutputStream accessLog = new ByteArrayOutputStream();
    static long maxRequestMillis;
    static long maxResponseMillis;

    @BeforeAll
    static void start() throws Exception {
        ServerConfig config = ServerConfig.defaults().withLimits(WORKERS, QUEUE, 1 << 20, 1000, 10, Duration.ofSeconds(4));
        server = Http.start(config, new PrintStream(accessLog, true, StandardCharsets.UTF_8));
        // Set by the execution, or by the server as it started; the JDK's timer checks them once a second.
        maxRequestMillis = TimeUnit.SECONDS.toMillis(Long.getLong("sun.net.httpserver.maxReqTime"));
        maxResponseMillis = TimeUnit.SECONDS.toMillis(Long.getLong("sun.net.httpserver.maxRspTime"));
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(2));
    }

    /** A raw connection to the server, on which a test writes what it likes. */
    static Socket connect(int receiveBuffer) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) {
            s.setReceiveBufferSize(receiveBuffer);
        }
        s.connect(new InetSocketAddress(server.uri().getHost(), server.port()), 5000);
        return s;
    }

    static byte[] head(String method, String path, long contentLength) {
        return (method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Waits until the server closes the connection (end of stream or reset) without a byte of
     * answer; returns how long that took, or fails after {@code within}.
     */
    static long closedByServer(Socket s, long startNanos, Duration within) throws IOException {
        s.setSoTimeout((int) within.toMillis());
        InputStream in = s.getInputStream();
        try {
            int b = in.read();
            assertEquals(-1, b, "the server closes the connection without an answer");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the stalled connection within " + within.toMillis() + " ms");
        } catch (SocketException reset) {
            // closed with unread bytes: a reset is as good as an end of stream here
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** The time-out, the JDK timer's tick (1 s) and some slack for a loaded machine. */
    static Duration cutWithin(long millis) {
        return Duration.ofMillis(millis + 1000 + 5000);
    }

    static void assertServesNormally() {
        HttpResponse<String> r = postJson(server, "/v1/check", read(SEED));
        assertEquals(200, r.statusCode(), r.body());
    }

    static long logLines(String status) {
        return accessLog.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\" " + status + " ")).count();
    }

    @Test
    void aClientThatStallsMidBodyIsCutAtTheRequestTimeOutWhileOthersAreAnswered() throws Exception {
        long before = logLines("499");
        try (Socket s = connect(0)) {
            long t0 = System.nanoTime();
            OutputStream out = s.getOutputStream();
            out.write(head("POST", "/v1/check", 10_000));
            out.write("{\"format\":\"factlint-facts/1\",".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertServesNormally(); // while it stalls
            long took = closedByServer(s, t0, cutWithin(maxRequestMillis));
            assertTrue(took >= maxRequestMillis - 100, "not cut before the time-out: " + took + " ms");
        }
        waitFor(() -> logLines("499") > before, "the cut request is logged as 499 (closed before it was answered)");
        assertServesNormally();
    }

    @Test
    void stalledClientsOnEveryHttpThreadDelayOthersOnlyUntilTheTimeOut() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < HTTP_THREADS; i++) {
                Socket s = connect(0);
                s.getOutputStream().write(head("POST", "/v1/check", 1000));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            // Every HTTP thread now waits for a body that never comes: the next client waits for one
            // to be freed, which the request time-out does; then it is answered.
            HttpResponse<String> health = CompletableFuture.supplyAsync(() -> get(server, "/healthz"))
                    .get(cutWithin(maxRequestMillis).toMillis() + 5000, TimeUnit.MILLISECONDS);
            assertEquals(200, health.statusCode());
            for (Socket s : stalled) {
                closedByServer(s, t0, cutWithin(maxRequestMillis));
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        assertServesNormally();
    }

    @Test
    void aSlowlorisTricklingItsHeadersIsCutAtTheRequestTimeOut() throws Exception {
        long took = trickle(head("POST", "/v1/check", 2), 200);
        assertTrue(took >= maxRequestMillis - 100, "not cut before the time-out: " + took + " ms");
        assertServesNormally();
    }

    @Test
    void aSlowlorisTricklingItsBodyIsCutAtTheRequestTimeOut() throws Exception {
        byte[] body = read(SEED);
        byte[] request = new byte[head("POST", "/v1/check", body.length).length + body.length];
        System.arraycopy(head("POST", "/v1/check", body.length), 0, request, 0, request.length - body.length);
        System.arraycopy(body, 0, request, request.length - body.length, body.length);
        long took = trickle(request, 100);
        assertTrue(took >= maxRequestMillis - 100, "not cut before the time-out: " + took + " ms");
        assertServesNormally();
    }

    /**
     * Sends the bytes one at a time, {@code pauseMillis} apart, checking now and then that other
     * clients are answered, until the server cuts the connection; returns when that was.
     */
    static long trickle(byte[] request, long pauseMillis) throws Exception {
        try (Socket s = connect(0)) {
            long t0 = System.nanoTime();
            long deadline = t0 + cutWithin(maxRequestMillis).toNanos();
            OutputStream out = s.getOutputStream();
            for (int i = 0; i < request.length && System.nanoTime() < deadline; i++) {
                try {
                    out.write(request[i]);
                    out.flush();
                } catch (IOException e) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0); // closed by the server under it
                }
                Thread.sleep(pauseMillis);
                if (i % 10 == 3) {
                    assertServesNormally(); // meanwhile
                }
            }
            return closedByServer(s, t0, Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000)));
        }
    }

    @Test
    void clientsThatHangUpMidBodyFreeTheirThreadsAtOnceAndTheirConnectionsAtTheTimeOut() throws Exception {
        long heapBefore = Soak.usedHeapAfterGc();
        long before = logLines("499");
        int clients = 2000;
        for (int i = 0; i < clients; i++) {
            try (Socket s = connect(0)) {
                s.getOutputStream().write(head("POST", "/v1/check", 10_000));
                s.getOutputStream().write("{\"format\":".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
            } // closed half-way through the body
        }
        // Each read ended at the hang-up and its thread was free again, well before any time-out.
        waitFor(() -> logLines("499") >= before + clients, "every hang-up is logged as 499");
        assertServesNormally();
        // The JDK server forgets such a connection (about 5 KB) only when the request time-out
        // sweeps it; without one it kept them all for ever (20,000 hang-ups: 99 MB).
        Thread.sleep(maxRequestMillis + 1500);
        long heapAfter = Soak.usedHeapAfterGc();
        assertTrue(heapAfter < heapBefore + (4 << 20), String.format(java.util.Locale.ROOT,
                "the hung-up connections are let go: heap after GC %.1f MB before, %.1f MB after",
                heapBefore / 1048576.0, heapAfter / 1048576.0));
    }

    @Test
    void aClientThatStopsReadingItsAnswersIsCutAtTheResponseTimeOut() throws Exception {
        // 400 requests at once on one connection (HTTP/1.1 pipelining), 10 MB of answers, none read:
        // once the socket buffers are full the server's write blocks, until the response time-out.
        int requests = 400;
        byte[] pipelined = "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(requests).getBytes(StandardCharsets.US_ASCII);
        long before = logLines("499");
        try (Socket s = connect(4096)) {
            long t0 = System.nanoTime();
            s.getOutputStream().write(pipelined);
            s.getOutputStream().flush();
            waitFor(() -> logLines("499") > before, "the blocked answer is given up (499) at the response time-out",
                    cutWithin(maxResponseMillis));
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(took >= maxResponseMillis - 100, "not before the time-out: " + took + " ms");
            long answered = accessLog.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("GET /openapi.json\" 200")).count();
            assertTrue(answered < requests, "the writes blocked: " + answered + " answers were written");
        }
        assertServesNormally();
    }

    @Test
    void aBurstOfConnectionsBeyondTheWorkersIsAnsweredWithReportsOr503() throws Exception {
        int burst = 60;
        byte[] seed = read(SEED);
        ExecutorService clients = Executors.newFixedThreadPool(burst);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                // A client each: a connection each, all at once.
                answers.add(clients.submit(() -> ServiceSoakTest.client().send(
                        HttpRequest.newBuilder(server.uri().resolve("/v1/check")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(seed)).build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
            int ok = 0;
            int refused = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    ServiceTest.assertProblem(r, 503, r.body().contains(ProblemJson.TIME_LIMIT) ? ProblemJson.TIME_LIMIT
                            : ProblemJson.QUEUE_FULL);
                    assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
                    refused++;
                }
            }
            assertEquals(burst, ok + refused, "every connection of the burst is answered");
            assertTrue(ok >= 1 && refused >= 1, ok + " checked, " + refused + " refused: one worker and a queue of one");
        } finally {
            clients.shutdownNow();
        }
        waitFor(() -> json(get(server, "/readyz")).get("inFlight").asInt() == 0, "the worker is idle again");
        assertServesNormally();
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitFor(Condition condition, String what) throws Exception {
        waitFor(condition, what, Duration.ofSeconds(10));
    }

    static void waitFor(Condition condition, String what, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(50);
        }
    }
}
