package org.factlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The reorder buffer: results in input order, never more than the window in flight, work really parallel. */
class OrderedParallelTest {

    @Test
    void resultsComeInInputOrderWithABoundedWindow() {
        int threads = 4;
        int window = 8;
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger received = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<Integer> out = new ArrayList<>();
        ConcurrentHashMap<String, Boolean> workers = new ConcurrentHashMap<>();
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(threads, window, i -> {
            workers.put(Thread.currentThread().getName() + Thread.currentThread().getId(), true);
            // early items take longest, so that later ones finish first and must wait their turn
            LockSupport.parkNanos(i % 5 == 0 ? 2_000_000 : 10_000);
            return i;
        }, r -> {
            received.incrementAndGet();
            out.add(r);
        })) {
            for (int i = 0; i < 500; i++) {
                submitted.incrementAndGet();
                p.submit(i);
                maxInFlight.accumulateAndGet(submitted.get() - received.get(), Math::max);
            }
            p.finish();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            expected.add(i);
        }
        assertEquals(expected, out);
        assertTrue(maxInFlight.get() <= window, "in flight: " + maxInFlight.get());
        assertTrue(workers.size() > 1, "work ran on " + workers.size() + " thread(s)");
    }

    @Test
    void oneThreadRunsInlineInOrder() {
        List<String> out = new ArrayList<>();
        try (OrderedParallel<String, String> p = new OrderedParallel<>(1, 4, String::toUpperCase, out::add)) {
            p.submit("a");
            p.submit("b");
            p.finish();
        }
        assertEquals(List.of("A", "B"), out);
    }
}
