package org.factlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.factlint.Checker;
import org.factlint.RuleSetException;
import org.factlint.input.InputLimits;
import org.factlint.server.Soak.History;
import org.factlint.server.Soak.Measure;
import org.factlint.server.Soak.Peaks;
import org.factlint.server.Soak.StatusLog;
import org.factlint.server.Soak.Tally;
import org.factlint.server.SoakRequests.Rules;
import org.factlint.server.SoakRequests.Served;
import org.factlint.server.SoakRequests.Template;
import org.factlint.server.SoakRequests.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service under load and reloads, on loopback. {@value #DEFAULT_CLIENTS} clients, each on its
 * own keep-alive connection, send a weighted mix of requests ({@link SoakRequests}: valid
 * documents, the marker article, batches, invalid JSON, documents that break the contract, bad
 * options, oversized bodies, wrong media types, an unknown path, the catalog, health and
 * readiness) to a server with two workers and a short queue, so that some checks are refused
 * with 503, while a {@link Reloader} swaps the bundled rules and a copy with one extra rule back
 * and forth and now and then offers a rule set that does not compile or throws, which must be
 * refused.
 *
 * <p>Asserted: every request is answered, and rightly for it and for the rule sets that may have
 * served it (a report equal to the Java API's but for its timing; a batch wholly from one rule
 * set; the calm server's problem byte for byte; a 503 only for a queued request, with
 * Retry-After and a problem body; never a 500, a stack trace or a cut body); the access log
 * counts the same answers; while it runs, the service's threads and rule sessions stay within
 * their bounds; after it stops, its threads are gone, no rule session is open, and the heap
 * after a collection is back near where it began.
 *
 * <p>Bounded by time and count; it stops by itself. Sized for {@code mvn verify} by default; a
 * longer run: {@code mvn -B test -Dtest=ServiceSoakTest -Dfactlint.soak.seconds=600
 * -Dfactlint.soak.clients=32} (results in target/soak-results.txt).
 */
class ServiceSoakTest {

    static final int DEFAULT_CLIENTS = 24;
    static final int SECONDS = Integer.getInteger("factlint.soak.seconds", 15);
    static final int CLIENTS = Integer.getInteger("factlint.soak.clients", DEFAULT_CLIENTS);
    static final long MAX_REQUESTS = Long.getLong("factlint.soak.requests", 5_000_000);
    static final long SEED = Long.getLong("factlint.soak.seed", System.currentTimeMillis());
    static final int WORKERS = 2;
    static final int QUEUE = 8;
    static final long MAX_BODY = 256 << 10;
    static final int MAX_FACTS = 1000;
    static final int MAX_BATCH = 8;
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    /** How far the heap (after a collection) may end above where it began: see docs/reliability.md. */
    static final long HEAP_MARGIN = 16L << 20;
    /**
     * And how much more for each rule set compiled: the JDK's application and platform class
     * loaders keep a lock object for every class name ever asked of them, and Drools asks them for
     * each class it generates, under names new with every compilation (about 0.2 MB a compilation).
     */
    static final long HEAP_PER_COMPILATION = 256L << 10;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void everyRequestIsAnsweredRightlyUnderLoadAndReloadsAndNothingIsLeftBehind() throws Exception {
        Path extra = Http.copyDrl(Path.of("rules"), temp.resolve("extra"));
        Http.copyDrl(Path.of("src/test/resources/soak-rules"), extra);
        Path cache = temp.resolve("rule-cache");

        // What is right comes from the Java API, with the same rules and limits as the service's.
        // Building them also fills the rule cache, which most swaps then load from.
        InputLimits limits = new InputLimits(MAX_BODY, InputLimits.DEFAULT.maxDepth(), (int) MAX_BODY, MAX_FACTS);
        long heapWithoutRules = Soak.usedHeapAfterGc();
        Map<Rules, Checker> checkers = new EnumMap<>(Rules.class);
        checkers.put(Rules.BUNDLED, Checker.builder().ruleCache(cache).limits(limits).build());
        checkers.put(Rules.EXTRA, Checker.builder().rules(extra).ruleCache(cache).limits(limits).build());
        long heapPerRuleSet = (Soak.usedHeapAfterGc() - heapWithoutRules) / 2;
        assertEquals(checkers.get(Rules.BUNDLED).rules().size() + 1, checkers.get(Rules.EXTRA).rules().size());

        // A rule set that does not compile is compiled again the classic way to say where it breaks,
        // which loads parsers with large static tables (about 8 MB) once: that belongs in the baseline.
        Map<String, Path> broken = brokenFolders();
        try {
            Checker.builder().rules(broken.get("does-not-compile")).build();
        } catch (RuleSetException expected) {
            // as the reloader will be refused
        }

        // The first place the hand list does not know reads GeoNames' city list (about 20 MB, kept
        // for the life of the JVM, docs/rules-time-place.md): also once, so also in the baseline.
        org.factlint.Report places = checkers.get(Rules.BUNDLED).check(("{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"places\","
                + "\"published\":\"2025-05-21\"},\"entities\":[{\"id\":\"g7\",\"kind\":\"event\",\"name\":\"G7 meeting\"}],"
                + "\"facts\":[{\"id\":\"f1\",\"type\":\"event-place\",\"event\":\"g7\",\"place\":\"Calgary\"},"
                + "{\"id\":\"f2\",\"type\":\"event-place\",\"event\":\"g7\",\"place\":\"Ottawa\"}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "places");
        assertEquals(1, places.findings().size(), "Calgary and Ottawa are known, and told apart: " + places.findings());

        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
        Measure before = Measure.now(threadsBefore);
        Outcome outcome = serve(checkers, extra, broken, cache, threadsBefore);

        // After: the service's threads go, no rule session is open, the heap is back near where it began.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((!ServiceLimitsTest.serviceThreads(threadsBefore).isEmpty()
                || ManagementFactory.getThreadMXBean().getThreadCount() > before.allThreads() + 4) && System.nanoTime() < deadline) {
            System.gc(); // the clients' HttpClient threads end once their clients are collected
            Thread.sleep(500);
        }
        Measure after = Measure.now(threadsBefore);
        Tally tally = outcome.tally();
        Peaks peaks = outcome.peaks();
        String results = String.format(Locale.ROOT, """
                        soak: %d clients for %.1f s (seed %d), workers %d, queue %d, time limit %d s
                        requests %d (%.0f/s), answers by status %s, 503 by type %s, slowest answer %.0f ms, wrong %d
                        reloads: %s
                        peaks while running: service threads %d (bound %d), JVM threads %d, open rule sessions %d (bound %d), heap used %.0f MB
                        before: %s
                        after:  %s
                        one rule set retains about %.1f MB of heap
                        """, CLIENTS, outcome.seconds(), SEED, WORKERS, QUEUE, TIME_LIMIT.toSeconds(), tally.total(),
                tally.total() / outcome.seconds(), tally.statuses(), tally.refusalTypes(), tally.slowestNanos.get() / 1e6,
                tally.wrong.get(), outcome.reloads(), peaks.serviceThreads.get(), serviceThreadBound(), peaks.allThreads.get(),
                peaks.sessions.get(), WORKERS + 1, peaks.heapUsed.get() / 1048576.0, before, after, heapPerRuleSet / 1048576.0);
        System.out.print(results);
        tally.firstWrong.forEach(w -> System.out.println("WRONG " + w));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/soak-results.txt"), results);

        assertEquals(List.of(), outcome.calm(), "the calm server answers every request rightly");
        assertEquals(List.of(), List.copyOf(tally.firstWrong), tally.wrong.get() + " answers were wrong");
        assertEquals(tally.statuses(), outcome.logged(), "the access log has a line for every answer");
        assertEquals(outcome.lastSwapped(), outcome.lastServed(), "the rules the reloader put in last serve");
        assertTrue(outcome.enoughReloads(), "the rules were swapped (compiled and from the cache) and broken sets refused: " + results);
        assertTrue(tally.byStatus.containsKey(503), "the queue was kept full enough to refuse some checks: " + results);
        assertTrue(peaks.serviceThreads.get() <= serviceThreadBound(), results);
        assertTrue(peaks.sessions.get() <= WORKERS + 1, "a session per worker and one for a reload's trial: " + results);
        assertEquals(Set.of(), after.serviceThreads(), "no service thread is left after stop");
        assertEquals(before.sessions(), after.sessions(), "every rule session was disposed");
        long allowed = HEAP_MARGIN + outcome.compilations() * HEAP_PER_COMPILATION;
        assertTrue(after.heapAfterGc() <= before.heapAfterGc() + allowed, "the heap is back near its baseline (within "
                + allowed / 1024 + " KB): " + results);
    }

    /**
     * What the served part of the soak leaves for the assertions: nothing of the server itself, so
     * that the heap is measured without it.
     */
    record Outcome(List<String> calm, Tally tally, Peaks peaks, double seconds, Map<Integer, Long> logged, String reloads,
                   boolean enoughReloads, int compilations, int lastSwapped, int lastServed) {
    }

    /** Starts the server, checks the calm answers, runs the soak, stops the server. */
    private Outcome serve(Map<Rules, Checker> checkers, Path extra, Map<String, Path> broken, Path cache, Set<Thread> threadsBefore)
            throws Exception {
        AtomicReference<Path> folder = new AtomicReference<>(null); // null: the bundled rules
        AtomicBoolean useCache = new AtomicBoolean(true);
        StatusLog log = new StatusLog();
        ServerConfig config = ServerConfig.defaults().withPort(0)
                .withLimits(WORKERS, QUEUE, MAX_BODY, MAX_FACTS, MAX_BATCH, TIME_LIMIT);
        FactlintServer server = FactlintServer.start(config,
                () -> Checker.builder().rules(folder.get()).ruleCache(useCache.get() ? cache : null),
                new AccessLog(new PrintStream(log, true, StandardCharsets.UTF_8)), System.err);
        try {
            Tally tally = new Tally();
            History history = new History();
            Peaks peaks = new Peaks();
            SoakRequests requests = new SoakRequests(server.uri(), checkers).build(Http.SEED, Path.of("facts/examples"));
            Reloader reloader = new Reloader(server, history, folder, useCache, Map.of(Rules.EXTRA, extra), broken,
                    checkers, tally);
            List<String> calm = calm(requests);
            if (!calm.isEmpty()) {
                return new Outcome(calm, tally, peaks, 0, Map.of(), "", false, 0, 0, 0);
            }
            log.awaitTotal(requests.calmRequests());
            Map<Integer, Long> logBefore = Map.copyOf(log.byStatus);
            long started = System.nanoTime();
            soak(requests, reloader, tally, history, peaks, threadsBefore);
            double seconds = (System.nanoTime() - started) / 1e9;
            log.awaitTotal(requests.calmRequests() + tally.total());
            Map<Integer, Long> logged = log.since(logBefore);
            // The service still answers, with the rules the reloader put in last.
            int served = parse(SoakRequests.text(client().send(HttpRequest.newBuilder(server.uri().resolve("/v1/rules")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()))).path("generation").asInt();
            return new Outcome(calm, tally, peaks, seconds, logged, reloader.toString(), reloader.enough(),
                    reloader.compiled.get() + reloader.refused.get(), history.current().generation(), served);
        } finally {
            server.stop(Duration.ofSeconds(5));
        }
    }

    /** The calm server, before the load: each problem is learnt, then every variant of every request must be answered rightly. */
    private static List<String> calm(SoakRequests requests) throws InterruptedException {
        List<String> wrong = new ArrayList<>();
        HttpClient client = client();
        for (SoakRequests.Problem p : requests.problems()) {
            try {
                String why = p.learn(client.send(p.request(), HttpResponse.BodyHandlers.ofByteArray()));
                if (why != null) {
                    wrong.add(why);
                }
            } catch (IOException e) {
                wrong.add(p.name() + ": no answer: " + e);
            }
        }
        for (Template t : requests.templates()) {
            for (Variant v : t.variants()) {
                try {
                    String why = answerIsWrong(t, v, client.send(v.request(), HttpResponse.BodyHandlers.ofByteArray()),
                            List.of(new Served(1, Rules.BUNDLED)), false);
                    if (why != null) {
                        wrong.add(t.name() + ": " + why);
                    }
                } catch (IOException e) {
                    wrong.add(t.name() + ": no answer: " + e);
                }
            }
        }
        return wrong;
    }

    /**
     * The load: the clients, the reloader and a sampler of threads and sessions, until the time
     * (and enough reloads) or the count of requests runs out; at most three times the time.
     */
    private static void soak(SoakRequests requests, Reloader reloader, Tally tally, History history, Peaks peaks,
                             Set<Thread> threadsBefore) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong budget = new AtomicLong(MAX_REQUESTS);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(SEED + c);
            threads.add(thread("soak-client-" + c, () -> {
                HttpClient client = client();
                while (running.get() && budget.decrementAndGet() >= 0) {
                    Template t = requests.pick(random);
                    Variant v = t.pick(random);
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r;
                    try {
                        r = client.send(v.request(), HttpResponse.BodyHandlers.ofByteArray());
                    } catch (IOException e) {
                        tally.wrong(t.name() + ": no answer: " + e);
                        continue;
                    }
                    long t1 = System.nanoTime();
                    tally.answered(r.statusCode(), t1 - t0);
                    String wrong = answerIsWrong(t, v, r, history.possible(t0, t1), true);
                    if (wrong != null) {
                        tally.wrong(t.name() + ": " + wrong);
                    }
                    if (r.statusCode() == 503) {
                        JsonNode problem = parse(SoakRequests.text(r));
                        tally.refused(problem == null ? "?" : problem.path("type").asText());
                        Soak.sleep(50 + random.nextInt(100)); // as a client told to retry after a while would
                    }
                }
            }));
        }
        threads.add(thread("soak-reloader", () -> reloader.run(running)));
        Thread sampler = thread("soak-sampler", () -> {
            while (running.get()) {
                peaks.sample(threadsBefore);
                Soak.sleep(100);
            }
        });
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        sampler.start();
        long deadline = start + TimeUnit.SECONDS.toNanos(SECONDS);
        long latest = start + TimeUnit.SECONDS.toNanos(3L * SECONDS);
        while ((System.nanoTime() < deadline || !reloader.enough()) && System.nanoTime() < latest && budget.get() > 0) {
            Thread.sleep(50);
        }
        running.set(false);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(SoakRequests.ANSWER_WITHIN.toSeconds() + 120));
            assertFalse(t.isAlive(), t.getName() + " did not stop");
        }
        sampler.join();
    }

    /** Workers, HTTP threads, the JDK server's dispatcher and its two timers. */
    static int serviceThreadBound() {
        return WORKERS + (WORKERS + QUEUE + 8) + 3;
    }

    /** What is wrong with an answer: first what no answer may be, then what this request's answer must be. */
    static String answerIsWrong(Template t, Variant v, HttpResponse<byte[]> r, List<Served> possible, boolean mayBeRefused) {
        String body = SoakRequests.text(r);
        if (r.statusCode() == 500) {
            return "500: " + body;
        }
        if (body.matches("(?s).*(\\bat (org|java|jdk|sun|com)\\.[\\w.$]+\\(|java\\.lang\\.|Exception:).*")) {
            return "a stack trace or exception in the answer: " + body;
        }
        long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared != r.body().length) {
            return "Content-Length " + declared + " but " + r.body().length + " bytes";
        }
        JsonNode json = parse(body);
        if (json == null) {
            return "not whole JSON: " + body;
        }
        if (r.statusCode() == 503 && t.queued() && mayBeRefused) {
            String type = json.path("type").asText();
            boolean right = r.headers().firstValue("Retry-After").orElse("").equals("1")
                    && r.headers().firstValue("Content-Type").orElse("").equals(ProblemJson.MEDIA_TYPE)
                    && (type.equals(ProblemJson.QUEUE_FULL) || type.equals(ProblemJson.TIME_LIMIT)) && json.path("status").asInt() == 503;
            return right ? null : "a 503 without Retry-After or a queue-full/time-limit problem: " + r.headers().map() + " " + body;
        }
        return v.expectation().wrong(r, possible);
    }

    /** Rule folders that must be refused: one does not compile, one throws when it runs. */
    private Map<String, Path> brokenFolders() throws IOException {
        Map<String, Path> folders = new java.util.TreeMap<>();
        for (String name : List.of("does-not-compile", "throws-when-run")) {
            Path folder = Http.copyDrl(Path.of("rules"), temp.resolve(name));
            Files.copy(Http.BROKEN_RULES.resolve(name + ".drl"), folder.resolve("zz-broken.drl"));
            folders.put(name, folder);
        }
        return folders;
    }

    /**
     * Reloads the rules every 200 ms: the bundled set and the extra one in turn, mostly from the
     * rule cache and every fourth attempt compiled afresh; every third attempt offers a broken set
     * instead, which must be refused while the old rules keep serving. Odd attempts go through
     * {@code POST /admin/reload}, even ones through {@link FactlintServer#reload()}, which is what
     * SIGHUP runs.
     */
    static final class Reloader {
        private final FactlintServer server;
        private final History history;
        private final AtomicReference<Path> folder;
        private final AtomicBoolean useCache;
        private final Map<Rules, Path> folders;
        private final List<Map.Entry<String, Path>> broken;
        private final Map<Rules, Checker> checkers;
        private final Tally tally;
        private final HttpRequest reload;
        final AtomicInteger fromCache = new AtomicInteger();
        final AtomicInteger compiled = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger wrong = new AtomicInteger();
        final List<Long> millis = new CopyOnWriteArrayList<>();

        Reloader(FactlintServer server, History history, AtomicReference<Path> folder, AtomicBoolean useCache,
                 Map<Rules, Path> folders, Map<String, Path> broken, Map<Rules, Checker> checkers, Tally tally) {
            this.server = server;
            this.history = history;
            this.folder = folder;
            this.useCache = useCache;
            this.folders = folders;
            this.broken = new ArrayList<>(broken.entrySet());
            this.checkers = checkers;
            this.tally = tally;
            this.reload = HttpRequest.newBuilder(server.uri().resolve("/admin/reload"))
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(5)).build();
        }

        /** At least two swaps, one of them compiled, and one refusal. */
        boolean enough() {
            return fromCache.get() + compiled.get() >= 2 && compiled.get() >= 1 && refused.get() >= 1;
        }

        void run(AtomicBoolean running) throws InterruptedException {
            HttpClient client = client();
            for (int attempt = 1; running.get(); attempt++) {
                Soak.sleep(200);
                Served current = history.current();
                Served next = new Served(current.generation() + 1, current.rules() == Rules.BUNDLED ? Rules.EXTRA : Rules.BUNDLED);
                boolean offerBroken = attempt % 3 == 0;
                Map.Entry<String, Path> bad = broken.get((attempt / 3) % broken.size());
                folder.set(offerBroken ? bad.getValue() : folders.get(next.rules()));
                useCache.set(attempt % 4 != 1);
                if (!offerBroken) {
                    history.pending(System.nanoTime(), next);
                }
                long t0 = System.nanoTime();
                String said;
                int rules = -1;
                int generation = -1;
                if (attempt % 2 == 0) {
                    said = server.reload();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^rules reloaded: (\\d+) rules \\(generation (\\d+)\\)$")
                            .matcher(said);
                    if (m.matches()) {
                        rules = Integer.parseInt(m.group(1));
                        generation = Integer.parseInt(m.group(2));
                    }
                } else {
                    try {
                        HttpResponse<byte[]> r = client.send(reload, HttpResponse.BodyHandlers.ofByteArray());
                        tally.answered(r.statusCode(), 0);
                        said = r.statusCode() + " " + SoakRequests.text(r);
                        JsonNode json = parse(SoakRequests.text(r));
                        if (r.statusCode() == 200 && json != null) {
                            rules = json.path("rules").asInt();
                            generation = json.path("generation").asInt();
                        } else if (r.statusCode() != 422 || json == null
                                || !json.path("type").asText().equals(ProblemJson.RULE_SET_REFUSED)) {
                            said = "not a 422 rule-set-refused problem: " + said;
                        }
                    } catch (IOException e) {
                        said = "no answer: " + e;
                    }
                }
                millis.add((System.nanoTime() - t0) / 1_000_000);
                boolean swapped = generation == next.generation() && rules == checkers.get(next.rules()).rules().size();
                if (offerBroken) {
                    if (generation < 0 && said.contains("refused") && said.contains("zz-broken.drl")) {
                        refused.incrementAndGet();
                    } else {
                        wrong.incrementAndGet();
                        tally.wrong("a broken rule set (" + bad.getKey() + ") was not refused with its file named: " + said);
                    }
                } else if (swapped) {
                    history.done(System.nanoTime());
                    (useCache.get() ? fromCache : compiled).incrementAndGet();
                } else {
                    history.cancel();
                    wrong.incrementAndGet();
                    tally.wrong("a good rule set was not swapped in as generation " + next.generation() + ": " + said);
                }
            }
        }

        @Override
        public String toString() {
            List<Long> sorted = millis.stream().sorted().toList();
            return String.format(Locale.ROOT, "%d swaps (%d from the rule cache, %d compiled), %d broken sets refused as they "
                    + "must be, %d wrong; each took %d-%d ms, median %d", fromCache.get() + compiled.get(), fromCache.get(),
                    compiled.get(), refused.get(), wrong.get(), sorted.isEmpty() ? 0 : sorted.get(0),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2));
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static JsonNode parse(String body) {
        try {
            JsonNode n = Http.JSON.readTree(body);
            return n == null || n.isMissingNode() ? null : n;
        } catch (IOException e) {
            return null;
        }
    }

    private static Thread thread(String name, ThrowingRunnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, name);
        t.setDaemon(true);
        return t;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
