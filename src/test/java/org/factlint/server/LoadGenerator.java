package org.factlint.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of a running {@code factlint serve} on this machine (loopback only):
 * CONNECTIONS clients each post the same document back to back for SECONDS seconds after a
 * warm-up, then it prints checks per second and latency percentiles. scripts/load-test.sh runs it.
 *
 * <pre>java -cp target/classes:target/test-classes:target/lib/* org.factlint.server.LoadGenerator URL FILE [CONNECTIONS] [SECONDS]</pre>
 *
 * FILE {@code get:/healthz} sends GET requests to that path instead: the HTTP layer's own cost.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("load is only ever sent to this machine (127.0.0.1, localhost, [::1])");
        }
        String path = args[1].startsWith("get:") ? args[1].substring(4) : null;
        byte[] body = path != null ? null : Files.readAllBytes(Path.of(args[1]));
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int seconds = args.length > 3 ? Math.min(Integer.parseInt(args[3]), 120) : 20;
        URI check = base.resolve(path != null ? path : "/v1/check");
        System.out.printf(Locale.ROOT, "warming up (5 s), then %d connections for %d s against %s%n", connections, seconds, check);
        run(check, body, connections, 5);
        Result r = run(check, body, connections, seconds);
        System.out.printf(Locale.ROOT, "%d requests in %.1f s: %.0f requests/s; %d errors; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f%n",
                r.count, r.seconds, r.count / r.seconds, r.errors, r.percentile(50), r.percentile(90), r.percentile(99),
                r.percentile(100));
    }

    record Result(int count, long errors, double seconds, long[] nanos) {
        double percentile(double p) {
            if (nanos.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(i, nanos.length - 1))] / 1e6;
        }
    }

    static Result run(URI uri, byte[] body, int connections, int seconds) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            long[] latencies = new long[2_000_000];
            perThread.add(latencies);
            int me = c;
            // One client per connection: each keeps its own keep-alive connection busy.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = body == null ? HttpRequest.newBuilder(uri).GET().build()
                    : HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            Thread t = new Thread(() -> {
                try {
                    int n = 0;
                    while (System.nanoTime() < end && n < latencies.length) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies[n++] = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    counts[me] = n;
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(perThread.get(c), 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        return new Result(total, errors.get(), elapsed, all);
    }
}
