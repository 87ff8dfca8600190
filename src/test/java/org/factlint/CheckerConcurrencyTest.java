package org.factlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factlint.input.FactsReader;
import org.factlint.model.FactsDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One checker shared by many threads gives every document the same report as a single thread
 * does: the shared knowledge base is only read, and every check has its own session.
 */
class CheckerConcurrencyTest {

    static final int THREADS = 8;
    static final int ROUNDS = 12;

    static Checker checker;
    static Map<String, byte[]> documents = new LinkedHashMap<>();
    static Map<String, String> expected = new LinkedHashMap<>();

    @BeforeAll
    static void checkEveryDocumentOnOneThread() throws Exception {
        checker = Checker.builder().rules(Path.of("rules")).build();
        try (Stream<Path> walk = Files.walk(Path.of("facts"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                documents.put(p.toString(), Files.readAllBytes(p));
            }
        }
        // A broken document takes part too: its problems must not leak into other reports either.
        documents.put("broken", "{\"format\":\"factlint-facts/1\",\"article\":{}}".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> d : documents.entrySet()) {
            expected.put(d.getKey(), stable(checker.check(d.getValue(), d.getKey())));
        }
        assertTrue(expected.values().stream().anyMatch(r -> r.contains("\"findings\":[{")),
                "some document must have findings, or the comparison proves little");
    }

    /** The report without its timing, which legitimately differs between runs. */
    static String stable(Report r) {
        return r.toJson().replaceAll("\"millis\":[0-9.E-]+", "\"millis\":0");
    }

    @Test
    void manyThreadsGiveTheSameReportsAsOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            results.add(pool.submit(() -> {
                start.await();
                List<String> mismatches = new ArrayList<>();
                List<String> order = new ArrayList<>(documents.keySet());
                for (int round = 0; round < ROUNDS; round++) {
                    Collections.shuffle(order, random); // different documents side by side on each thread
                    for (String name : order) {
                        Report report = switch (round % 3) {
                            case 0 -> checker.check(documents.get(name), name);
                            case 1 -> checker.check(new String(documents.get(name), StandardCharsets.UTF_8), name);
                            default -> checker.check(new ByteArrayInputStream(documents.get(name)), name);
                        };
                        if (!stable(report).equals(expected.get(name))) {
                            mismatches.add(name + " in round " + round);
                        }
                    }
                }
                return mismatches;
            }));
        }
        start.countDown();
        List<String> mismatches = new ArrayList<>();
        for (Future<List<String>> f : results) {
            mismatches.addAll(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aDocumentBuiltInJavaGivesTheSameFindingsAsItsJson() throws Exception {
        String name = "facts/examples/attendance/attended-and-withdrew.json";
        FactsDocument doc = new FactsReader().read(documents.get(name)).value();
        Report fromObject = checker.check(doc, name);
        Report fromJson = checker.check(documents.get(name), name);
        assertFalse(fromObject.findings().isEmpty());
        assertEquals(fromJson.findings(), fromObject.findings());
    }

    @Test
    void anInterruptedCheckStopsAndSaysSo() {
        String name = "facts/2025-04-23-london-ukraine-talks.json";
        Thread.currentThread().interrupt();
        Report report;
        try {
            report = checker.check(documents.get(name), name);
        } finally {
            Thread.interrupted(); // clear the flag for the next test
        }
        assertFalse(report.checked());
        assertTrue(report.findings().isEmpty());
        assertTrue(report.problems().get(report.problems().size() - 1).message().contains("interrupted"), report.problems().toString());
    }

    @Test
    void sessionsReusedAfterAnInterruptedCheckFindAsBefore() {
        // Checks take their rule sessions from a pool; one halted by an interrupt goes back too.
        String name = "facts/examples/attendance/attended-and-withdrew.json";
        Report before = checker.check(documents.get(name), name);
        assertFalse(before.findings().isEmpty());
        for (int i = 0; i < 8; i++) {
            Thread.currentThread().interrupt();
            try {
                assertFalse(checker.check(documents.get(name), name).checked());
            } finally {
                Thread.interrupted();
            }
            Report after = checker.check(documents.get(name), name);
            assertEquals(before.findings(), after.findings());
            assertEquals(before.problems(), after.problems());
        }
    }

    @Test
    void aReusedSessionKeepsNothingOfTheDocumentBefore() {
        // Sessions are reset when they go back to the pool: a clean document checked right after
        // contradicting ones (on this thread, so likely in the same session) stays clean.
        String bad = "facts/examples/attendance/attended-and-withdrew.json";
        String clean = "facts/2025-04-23-london-ukraine-talks.json";
        Report first = checker.check(documents.get(bad), bad);
        assertFalse(first.findings().isEmpty());
        for (int i = 0; i < 20; i++) {
            assertEquals(first.findings(), checker.check(documents.get(bad), bad).findings());
            assertEquals(java.util.List.of(), checker.check(documents.get(clean), clean).findings());
        }
    }

    @Test
    void optionsFilterBySeverityAndCategory() {
        String name = "facts/examples/attendance/attended-and-withdrew.json";
        Report all = checker.check(documents.get(name), name);
        assertFalse(all.findings().isEmpty());
        Report noAttendance = checker.check(documents.get(name), name,
                CheckOptions.DEFAULT.withExcludedCategories(java.util.Set.of("attendance")));
        assertTrue(noAttendance.findings().stream().noneMatch(f -> f.category().equals("attendance")));
        Report onlyRole = checker.check(documents.get(name), name, CheckOptions.DEFAULT.withCategories(java.util.Set.of("role")));
        assertTrue(onlyRole.findings().stream().allMatch(f -> f.category().equals("role")));
    }
}
