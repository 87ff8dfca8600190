package org.factlint.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs checks on a fixed number of worker threads with a bounded queue in front of them. A check
 * that finds the queue full is refused at once (503) rather than waiting without bound, and a
 * request is answered when its time limit is reached (503): its check is then interrupted, which
 * halts the rules at their next firing and frees the worker.
 */
final class CheckQueue implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration timeLimit;

    CheckQueue(int workers, int queue, Duration timeLimit) {
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, waiting,
                Threads.named("factlint-check"), new ThreadPoolExecutor.AbortPolicy());
        this.pool.prestartAllCoreThreads();
        this.timeLimit = timeLimit;
    }

    /** Runs the task on a worker and waits for it within the time limit. */
    <T> T run(Callable<T> task) throws HttpError {
        Future<T> future;
        try {
            future = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw pool.isShutdown()
                    ? HttpError.of(503, ProblemJson.NOT_READY, "Shutting down", "the server is stopping; try another instance")
                    : HttpError.of(503, ProblemJson.QUEUE_FULL, "Check queue full",
                    "all " + pool.getMaximumPoolSize() + " workers are busy and " + queueCapacity()
                            + " checks are waiting; retry shortly");
        }
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw HttpError.of(503, ProblemJson.TIME_LIMIT, "Time limit reached",
                    "the check did not finish within the time limit of " + timeLimit.toMillis() + " ms and was stopped");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw HttpError.of(503, ProblemJson.NOT_READY, "Shutting down", "the server is stopping; try another instance");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpError h) {
                throw h;
            }
            throw new IllegalStateException("a check failed", cause);
        }
    }

    private int queueCapacity() {
        return pool.getQueue().remainingCapacity() + pool.getQueue().size();
    }

    /** Checks running or waiting now. */
    int inFlight() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    /** Stops taking checks, lets running ones finish for up to {@code grace}, then interrupts the rest. */
    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    void close(Duration grace) {
        Threads.shutdown(pool, grace);
    }
}
