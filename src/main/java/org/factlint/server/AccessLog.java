package org.factlint.server;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One line per request: time, client, method and target, status, bytes sent, milliseconds.
 * <pre>2025-04-23T10:15:02.118Z 127.0.0.1 "POST /v1/check?minSeverity=warning" 200 2311 1.9ms</pre>
 */
public final class AccessLog {

    /** Writes no lines (for benchmarks). */
    public static final AccessLog OFF = new AccessLog(null);

    private final PrintStream out;

    /** Writes to {@code out} (null: nowhere). */
    public AccessLog(PrintStream out) {
        this.out = out;
    }

    void log(String client, String method, String target, int status, long bytes, long startNanos) {
        if (out == null) {
            return;
        }
        double millis = (System.nanoTime() - startNanos) / 1e6;
        // One println per line: PrintStream locks per call, so lines from many threads never interleave.
        out.println(String.format(Locale.ROOT, "%s %s \"%s %s\" %d %d %.1fms", Instant.now().truncatedTo(ChronoUnit.MILLIS), client, method,
                target.replace("\"", "%22"), status, bytes, millis));
    }
}
