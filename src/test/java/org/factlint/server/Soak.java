package org.factlint.server;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.factlint.engine.Engine;
import org.factlint.server.SoakRequests.Rules;
import org.factlint.server.SoakRequests.Served;

/** The bookkeeping of {@link ServiceSoakTest}: answers counted, rule swaps recorded, the process measured. */
final class Soak {

    private Soak() {
    }

    /** The answers by status and by request, 503s by type, and what was wrong. */
    static final class Tally {
        final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
        final AtomicLong wrong = new AtomicLong();
        final ConcurrentLinkedQueue<String> firstWrong = new ConcurrentLinkedQueue<>();
        final AtomicLong slowestNanos = new AtomicLong();

        void answered(int status, long nanos) {
            byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
            slowestNanos.accumulateAndGet(nanos, Math::max);
        }

        void refused(String type) {
            refusals.computeIfAbsent(type, k -> new LongAdder()).increment();
        }

        void wrong(String what) {
            if (wrong.incrementAndGet() <= 30) {
                firstWrong.add(what);
            }
        }

        long total() {
            return byStatus.values().stream().mapToLong(LongAdder::sum).sum();
        }

        Map<Integer, Long> statuses() {
            return sums(byStatus);
        }

        Map<String, Long> refusalTypes() {
            return sums(refusals);
        }

        private static <K> Map<K, Long> sums(Map<K, LongAdder> adders) {
            Map<K, Long> m = new TreeMap<>();
            adders.forEach((k, v) -> m.put(k, v.sum()));
            return m;
        }
    }

    /**
     * When the rules in service changed, as the reloader saw it: each swap happened somewhere
     * between the reload's start and its answer. A swap is recorded as pending before the reload
     * is sent, so that a client never meets rules the history does not know of yet.
     */
    static final class History {
        record Swap(long start, long end, Served served) {
        }

        private final List<Swap> swaps = new ArrayList<>();

        History() {
            swaps.add(new Swap(Long.MIN_VALUE, Long.MIN_VALUE, new Served(1, Rules.BUNDLED)));
        }

        synchronized void pending(long start, Served next) {
            swaps.add(new Swap(start, Long.MAX_VALUE, next));
        }

        synchronized void done(long end) {
            Swap last = swaps.remove(swaps.size() - 1);
            swaps.add(new Swap(last.start(), end, last.served()));
        }

        synchronized void cancel() {
            swaps.remove(swaps.size() - 1);
        }

        /** The rule sets that may have answered a request sent at {@code t0} and answered at {@code t1}. */
        synchronized List<Served> possible(long t0, long t1) {
            Served before = null;
            List<Served> during = new ArrayList<>();
            for (Swap s : swaps) {
                if (s.end() <= t0) {
                    before = s.served();
                } else if (s.start() < t1) {
                    during.add(s.served());
                }
            }
            during.add(0, before);
            return during;
        }

        synchronized Served current() {
            return swaps.get(swaps.size() - 1).served();
        }
    }

    /** Counts the access log's lines by status, without keeping them. */
    static final class StatusLog extends OutputStream {
        final Map<Integer, Long> byStatus = new ConcurrentHashMap<>();
        private final StringBuilder line = new StringBuilder();

        @Override
        public void write(int b) {
            if (b != '\n') {
                line.append((char) b);
                return;
            }
            // 2025-04-23T10:15:02.118Z 127.0.0.1 "POST /v1/check" 200 2311 1.9ms
            String[] after = line.substring(line.lastIndexOf("\"") + 1).trim().split(" ");
            byStatus.merge(Integer.parseInt(after[0]), 1L, Long::sum);
            line.setLength(0);
        }

        long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        /**
         * Waits (a bounded while) until the log has {@code lines} lines: the server writes a
         * request's line just after its answer is sent, so a client can have its answer before
         * the line is written.
         */
        void awaitTotal(long lines) throws InterruptedException {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (total() < lines && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }

        Map<Integer, Long> since(Map<Integer, Long> before) {
            Map<Integer, Long> m = new TreeMap<>();
            byStatus.forEach((k, v) -> {
                long n = v - before.getOrDefault(k, 0L);
                if (n > 0) {
                    m.put(k, n);
                }
            });
            return m;
        }
    }

    /** The process at one moment: the service's threads, all threads, open rule sessions, heap after a collection, classes. */
    record Measure(Set<String> serviceThreads, int allThreads, int sessions, long heapAfterGc, int classes) {
        static Measure now(Set<Thread> before) {
            return new Measure(ServiceLimitsTest.serviceThreads(before), ManagementFactory.getThreadMXBean().getThreadCount(),
                    Engine.openSessions(), usedHeapAfterGc(), ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "service threads %d, JVM threads %d, open rule sessions %d, heap after GC %.1f MB, "
                    + "loaded classes %d", serviceThreads.size(), allThreads, sessions, heapAfterGc / 1048576.0, classes);
        }
    }

    /** The most seen at once while the soak ran. */
    static final class Peaks {
        final AtomicLong serviceThreads = new AtomicLong();
        final AtomicLong allThreads = new AtomicLong();
        final AtomicLong sessions = new AtomicLong();
        final AtomicLong heapUsed = new AtomicLong();

        void sample(Set<Thread> before) {
            serviceThreads.accumulateAndGet(ServiceLimitsTest.serviceThreads(before).size(), Math::max);
            allThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
            sessions.accumulateAndGet(Engine.openSessions(), Math::max);
            heapUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }
    }

    /** The heap in use after full collections: the least of a few, so that a late finalizer does not count. */
    static long usedHeapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            sleep(200);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
