package org.factlint.cli;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over items on several threads and hands the results on in the order the items
 * came in. At most {@code window} items are in flight: a slow item holds the results behind it
 * (the reorder buffer) and stops the caller from submitting more, so memory stays flat however
 * many items pass. The caller's thread submits and receives; the pool only computes.
 */
final class OrderedParallel<T, R> implements AutoCloseable {

    private final Function<T, R> work;
    private final Consumer<R> sink;
    private final int window;
    private final ExecutorService pool;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();

    OrderedParallel(int threads, int window, Function<T, R> work, Consumer<R> sink) {
        this.work = work;
        this.sink = sink;
        this.window = Math.max(1, window);
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factlint-check");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts work on an item; hands on every result that is ready, and waits while the window is full. */
    void submit(T item) {
        if (pool == null) {
            sink.accept(work.apply(item));
            return;
        }
        pending.add(pool.submit(() -> work.apply(item)));
        while (!pending.isEmpty() && (pending.size() >= window || pending.peek().isDone())) {
            sink.accept(take());
        }
    }

    /** Waits for every item and hands on the remaining results. */
    void finish() {
        while (!pending.isEmpty()) {
            sink.accept(take());
        }
    }

    private R take() {
        Future<R> head = pending.poll();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }
}
