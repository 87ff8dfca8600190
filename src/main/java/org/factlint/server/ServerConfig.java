package org.factlint.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code factlint serve} runs: where it listens, which rules it loads, and its limits. The
 * defaults suit one newsroom CMS on a small machine; docs/service.md explains each.
 *
 * @param bind         address to listen on; loopback unless told otherwise
 * @param port         TCP port; 0 picks a free one
 * @param rules        folder of .drl files, or null for the bundled rules
 * @param reference    reference file, or null
 * @param workers      threads that run checks at once
 * @param queue        checks that may wait for a worker; one more is refused with 503
 * @param maxBodyBytes largest request body accepted; a larger one is refused with 413
 * @param maxFacts     most facts (and, separately, entities) in one document
 * @param maxBatch     most documents in one batch request
 * @param timeLimit    longest a request may wait for its checks (queueing included); then 503
 */
public record ServerConfig(String bind, int port, Path rules, Path reference, int workers, int queue,
                           long maxBodyBytes, int maxFacts, int maxBatch, Duration timeLimit) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_QUEUE = 64;
    public static final long DEFAULT_MAX_BODY = 4L << 20;
    public static final int DEFAULT_MAX_FACTS = 10_000;
    public static final int DEFAULT_MAX_BATCH = 100;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public ServerConfig {
        if (workers < 1 || queue < 0 || maxBodyBytes < 1 || maxFacts < 1 || maxBatch < 1 || timeLimit.isNegative()
                || timeLimit.isZero() || port < 0 || port > 65535) {
            throw new IllegalArgumentException("limits must be positive (queue may be 0) and the port 0-65535");
        }
    }

    /** Every default: loopback, port 8080, bundled rules, one worker per core. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, null, null, Runtime.getRuntime().availableProcessors(),
                DEFAULT_QUEUE, DEFAULT_MAX_BODY, DEFAULT_MAX_FACTS, DEFAULT_MAX_BATCH, DEFAULT_TIME_LIMIT);
    }

    /** The same configuration on another port (0: a free one). */
    public ServerConfig withPort(int p) {
        return new ServerConfig(bind, p, rules, reference, workers, queue, maxBodyBytes, maxFacts, maxBatch, timeLimit);
    }

    /** The same configuration with another rule folder (null: the bundled rules) and reference file (or null). */
    public ServerConfig withRules(Path folder, Path referenceFile) {
        return new ServerConfig(bind, port, folder, referenceFile, workers, queue, maxBodyBytes, maxFacts, maxBatch, timeLimit);
    }

    /** The same configuration with other limits: workers, queue, body bytes, facts, batch documents, time limit. */
    public ServerConfig withLimits(int w, int q, long body, int facts, int batch, Duration time) {
        return new ServerConfig(bind, port, rules, reference, w, q, body, facts, batch, time);
    }

    /** Threads that read requests and write answers: enough that a full check queue is seen (503) rather than waited on. */
    int httpThreads() {
        return workers + queue + 8;
    }
}
