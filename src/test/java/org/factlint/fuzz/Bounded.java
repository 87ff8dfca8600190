package org.factlint.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of work with a time limit, so that a hang becomes a failure (which the fuzzer
 * records) instead of a stuck build. The work runs on one reused daemon thread; after a time-out
 * that thread is abandoned and a new one started.
 */
public final class Bounded {

    private static ExecutorService worker = newWorker();

    private Bounded() {
    }

    /** The work's result; throws AssertionError naming the limit if it takes longer. */
    public static synchronized <T> T call(Duration limit, Callable<T> work) {
        Future<T> future = worker.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("no answer within " + limit.toMillis() + " ms (a hang)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError("an exception escaped: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bounded-work");
            t.setDaemon(true);
            return t;
        });
    }
}
