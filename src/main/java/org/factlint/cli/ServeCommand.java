package org.factlint.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.factlint.InvalidInputException;
import org.factlint.RuleSetException;
import org.factlint.extract.Extractors;
import org.factlint.server.AccessLog;
import org.factlint.server.FactlintServer;
import org.factlint.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factlint serve}: the HTTP service and the editor's page. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve checks over HTTP, with the editor's page (see docs/service.md).",
                "Endpoints:",
                "  POST /v1/check (facts or article text), POST /v1/check/batch,",
                "  POST /v1/extract, GET /v1/rules, GET /v1/extractors, GET /healthz,",
                "  GET /readyz, GET /openapi.json, and the editor's page at GET /.",
                "Rules come only from --rules, never from a request. POST /admin/reload",
                "(from this machine) or SIGHUP reloads them; a rule set that does not",
                "build is refused and the previous one keeps serving.", ""},
        footer = {"", "Examples:",
                "  factlint serve                     http://127.0.0.1:8080/, bundled rules",
                "  factlint serve --port 9000 --rules rules/ --reference newsroom.json",
                "  factlint serve --bind 0.0.0.0 --workers 4 --queue 128 --time-limit 5s",
                "  FACTLINT_MODEL_URL=http://localhost:11434/v1 FACTLINT_MODEL=llama3.1 factlint serve",
                "                                     offers ?extractor=model and both (GET /v1/extractors)"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ServerConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String bind;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ExtractorOptions extractorOptions;

    @Option(names = "--workers", paramLabel = "N", description = "Checks run at once (default: one per core, here "
            + "${DEFAULT-VALUE}).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_QUEUE,
            description = "Checks that may wait for a worker; more are answered 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "4m",
            description = "Largest request body, in bytes or with k/m (default: ${DEFAULT-VALUE}); more is answered 413.")
    String maxBody;

    @Option(names = "--max-facts", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_FACTS,
            description = "Most facts (and entities) in one document (default: ${DEFAULT-VALUE}).")
    int maxFacts;

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_BATCH,
            description = "Most documents in one batch request (default: ${DEFAULT-VALUE}).")
    int maxBatch;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "10s",
            description = "Longest a request waits for its checks, queueing included, as 500ms or 10s "
                    + "(default: ${DEFAULT-VALUE}); then 503 and the check is stopped.")
    String timeLimit;

    @Option(names = "--access-log", paramLabel = "FILE", defaultValue = "-",
            description = "Where the one-line-per-request log goes: a file (appended), - for standard error, "
                    + "or none (default: ${DEFAULT-VALUE}).")
    String accessLog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        Extractors extractors;
        try {
            extractors = extractorOptions.forServer(System.getenv());
            config = new ServerConfig(bind, port, ruleOptions.rulesFolder(), ruleOptions.reference, workers, queue,
                    size(maxBody), maxFacts, maxBatch, duration(timeLimit));
        } catch (IllegalArgumentException e) {
            err.println("factlint: " + e.getMessage());
            return Main.TROUBLE;
        }
        PrintStream log = accessLog.equals("-") ? System.err : accessLog.equals("none") ? null
                : new PrintStream(new FileOutputStream(accessLog, true), true, StandardCharsets.UTF_8);
        FactlintServer server;
        try {
            // One set of extractors for the server's life, so that reloads keep the model's cache and limits.
            server = FactlintServer.start(config, () -> ruleOptions.builder().extractors(extractors), new AccessLog(log),
                    System.err);
        } catch (RuleSetException e) {
            err.println("factlint: the rule set was refused; not serving:");
            e.errors().forEach(x -> err.println("  " + x));
            return Main.TROUBLE;
        } catch (InvalidInputException e) {
            err.println("factlint: the reference file cannot be used; not serving:");
            e.problems().forEach(p -> err.println("  " + e.input() + ": " + p));
            return Main.TROUBLE;
        } catch (IOException e) {
            err.println("factlint: " + e.getMessage());
            return Main.TROUBLE;
        }
        // (the handlers before "serving" is printed, so a signal sent as soon as it is read is handled)
        boolean hangUp = Signals.onHangUp(() -> {
            err.println("factlint: " + server.reload());
            err.flush();
        });
        if (!hangUp) {
            // (started with SIGHUP ignored, as under nohup: the JVM will not hand it to us)
            err.println("factlint: SIGHUP cannot be caught in this process (it is ignored, as under nohup);"
                    + " POST /admin/reload reloads the rules");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(Duration.ofSeconds(5));
            stopped.countDown();
        }, "factlint-shutdown"));
        err.println("factlint: serving " + server.ruleCount() + " rules on " + server.uri() + " (extractors "
                + String.join(", ", extractors.names()) + ", default " + extractors.defaultName() + "; " + workers
                + " workers, queue " + queue + "; POST /admin/reload or SIGHUP reloads the rules)");
        err.flush();
        stopped.await(); // until SIGTERM or SIGINT runs the hook
        return 0;
    }

    /** 4194304, 512k, 4m. */
    static long size(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        long unit = v.endsWith("k") ? 1L << 10 : v.endsWith("m") ? 1L << 20 : 1;
        String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(digits.strip()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--max-body: expected bytes such as 4194304, 512k or 4m but found '" + s + "'");
        }
    }

    /** 500ms, 10s, 2m, for --time-limit. */
    static Duration duration(String s) {
        return duration(s, "--time-limit");
    }

    /** 500ms, 10s, 2m; the message names {@code option}. */
    static Duration duration(String s, String option) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 1000));
            }
            if (v.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).strip()) * 60);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(option + ": expected a duration such as 500ms, 10s or 2m but found '" + s + "'");
    }
}
