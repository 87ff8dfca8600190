package org.factlint.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.factlint.Checker;
import org.factlint.InvalidInputException;
import org.factlint.RuleSetException;

/**
 * The HTTP service of {@code factlint serve}, on the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}): no dependency, and the service needs nothing it lacks.
 * Requests are read and answered on a pool of HTTP threads; checks run on the fixed workers of
 * a {@link CheckQueue}, so a full queue is answered 503 at once instead of piling up. Rules are
 * never taken from a request; {@link #reload()} (the admin route, or SIGHUP) swaps in a new rule
 * set only if it builds.
 */
public final class FactlintServer implements AutoCloseable {

    /** A route's work: an answer, or an {@link HttpError} that becomes a problem answer. */
    interface Route {
        Answer handle(HttpExchange ex) throws IOException, HttpError;
    }

    private final ServerConfig config;
    private final HttpServer http;
    private final ThreadPoolExecutor httpThreads;
    private final CheckQueue queue;
    private final LiveRules rules;
    private final Endpoints endpoints;
    private final AccessLog accessLog;
    private final PrintStream errors;
    /** Exchanges being handled now, so that stopping waits for them and no longer. */
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    /** path -> method -> route */
    private final Map<String, Map<String, Route>> routes = new LinkedHashMap<>();

    private FactlintServer(ServerConfig config, LiveRules rules, AccessLog accessLog, PrintStream errors) throws IOException {
        this.config = config;
        this.rules = rules;
        this.accessLog = accessLog;
        this.errors = errors;
        this.queue = new CheckQueue(config.workers(), config.queue(), config.timeLimit());
        this.endpoints = new Endpoints(config, rules, queue);
        route("/", "GET", endpoints::page);
        route("/example.json", "GET", endpoints::example);
        route("/openapi.json", "GET", endpoints::openApi);
        route("/healthz", "GET", endpoints::health);
        route("/readyz", "GET", endpoints::ready);
        route("/v1/rules", "GET", endpoints::rules);
        route("/v1/extractors", "GET", endpoints::extractors);
        route("/v1/check", "POST", endpoints::check);
        route("/v1/check/batch", "POST", endpoints::batch);
        route("/v1/extract", "POST", endpoints::extract);
        route("/admin/reload", "POST", endpoints::reload);
        this.httpThreads = new ThreadPoolExecutor(config.httpThreads(), config.httpThreads(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(1024), Threads.named("factlint-http"));
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(config.bind()), config.port());
        try {
            this.http = HttpServer.create(address, 256);
        } catch (IOException e) {
            queue.close();
            httpThreads.shutdownNow();
            throw new IOException("cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        http.createContext("/", this::dispatch);
        http.setExecutor(httpThreads);
    }

    /**
     * Loads the rules and starts listening.
     *
     * @param accessLog where the one-line-per-request log goes
     * @param errors    where unexpected failures are logged with their stack trace (never sent to clients)
     * @throws RuleSetException      if the rule folder does not build: the service does not start
     * @throws InvalidInputException if the reference file cannot be used
     * @throws IOException           if the address cannot be bound
     */
    public static FactlintServer start(ServerConfig config, AccessLog accessLog, PrintStream errors)
            throws IOException, RuleSetException, InvalidInputException {
        return start(config, LiveRules.load(config), accessLog, errors);
    }

    /**
     * Like {@link #start(ServerConfig, AccessLog, PrintStream)}, with checkers built from
     * {@code builders} (rules, reference and any other setting the caller chooses; the service adds
     * its limits); each reload asks for a new builder.
     */
    public static FactlintServer start(ServerConfig config, Supplier<Checker.Builder> builders, AccessLog accessLog,
                                       PrintStream errors) throws IOException, RuleSetException, InvalidInputException {
        return start(config, LiveRules.load(config, builders), accessLog, errors);
    }

    private static FactlintServer start(ServerConfig config, LiveRules rules, AccessLog accessLog, PrintStream errors)
            throws IOException {
        configureJdkServer(config);
        FactlintServer server = new FactlintServer(config, rules, accessLog, errors);
        server.http.start();
        return server;
    }

    /**
     * Settings of the JDK's HTTP server, which reads them once, when the first server of the JVM is
     * made; each is set here unless {@code -D} gave it, and a later server of the same JVM keeps
     * the first one's.
     * <ul>
     *   <li>{@code sun.net.httpserver.nodelay=true}: the JDK server writes an answer's headers and
     *       body separately; with Nagle's algorithm on, the body then waited for the client's
     *       delayed ACK (about 40 ms) on every keep-alive request, which capped a 16-connection
     *       load at ~350 requests/s whatever the work.</li>
     *   <li>{@code sun.net.httpserver.maxReqTime=30} (seconds): a client that trickles its request
     *       line, headers or body, or stalls with a Content-Length it never sends, is disconnected
     *       then, which frees the HTTP thread blocked reading it. The JDK's default is no limit.</li>
     *   <li>{@code sun.net.httpserver.maxRspTime}: from the request read to the answer written
     *       (queueing and the check included), 60 s or the time limit and 30 s more: a client that
     *       stops reading its answer is disconnected then.</li>
     * </ul>
     */
    static void configureJdkServer(ServerConfig config) {
        setUnlessGiven("sun.net.httpserver.nodelay", "true");
        setUnlessGiven("sun.net.httpserver.maxReqTime", "30");
        setUnlessGiven("sun.net.httpserver.maxRspTime", Long.toString(Math.max(60, config.timeLimit().toSeconds() + 30)));
    }

    private static void setUnlessGiven(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private void route(String path, String method, Route route) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, route);
    }

    /** The port listened on (the one picked when the configuration said 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The base address, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = http.getAddress().getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** How many rules serve now. */
    public int ruleCount() {
        return rules.checker().rules().size();
    }

    /**
     * Compiles the rule folder again and swaps it in if it builds; otherwise the old rules keep
     * serving and the message says why, with file and line.
     *
     * @return one line for people: what was loaded, or why it was refused
     */
    public String reload() {
        try {
            LiveRules.Loaded loaded = rules.reload();
            return "rules reloaded: " + loaded.checker().rules().size() + " rules (generation " + loaded.generation() + ")";
        } catch (HttpError e) {
            StringBuilder why = new StringBuilder("reload refused, the previous rules keep serving: " + e.detail);
            e.ruleErrors.forEach(r -> why.append("\n  ").append(r));
            e.problems.forEach(p -> why.append("\n  ").append(p));
            return why.toString();
        }
    }

    private void dispatch(HttpExchange ex) {
        active.incrementAndGet();
        long start = System.nanoTime();
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        int status = 500;
        long sent = 0;
        try {
            Answer answer;
            try {
                answer = answer(ex, method, path);
            } catch (HttpError e) {
                answer = problem(e, path);
            } catch (IOException e) {
                throw e; // the client went away while sending: nothing to answer
            } catch (RuntimeException | StackOverflowError e) {
                errors.println("factlint serve: internal error on " + method + " " + path + ":");
                e.printStackTrace(errors);
                answer = problem(HttpError.of(500, ProblemJson.INTERNAL, "Internal Server Error",
                        "the service failed on this request; the failure is in its log"), path);
            }
            status = answer.status();
            boolean drained = Endpoints.drain(ex);
            if (!drained) {
                ex.getResponseHeaders().set("Connection", "close");
            }
            sent = send(ex, answer, method.equals("HEAD"));
            if (!drained) {
                ex.getResponseBody().flush(); // the answer goes out now, then the rest of the body is read and dropped
                Endpoints.linger(ex);
            }
        } catch (IOException e) {
            status = 499; // closed by the client before the answer was sent (nginx's convention)
        } finally {
            // Logged before the exchange is closed (which sends what is still buffered). That puts
            // the line first only for small answers: the JDK server writes a body of 8 KB or more
            // straight to the socket, so a client can have a whole report before its line is
            // written. Tests that read the log wait for the line (ServiceTest, the soak).
            try {
                String query = ex.getRequestURI().getRawQuery();
                accessLog.log(ex.getRemoteAddress().getAddress().getHostAddress(), method,
                        query == null ? path : path + "?" + query, status, sent, start);
            } finally {
                ex.close();
                active.decrementAndGet();
            }
        }
    }

    private Answer answer(HttpExchange ex, String method, String path) throws IOException, HttpError {
        Map<String, Route> byMethod = routes.get(path);
        if (byMethod == null) {
            throw HttpError.notFound(path);
        }
        Route route = byMethod.get(method.equals("HEAD") && byMethod.containsKey("GET") ? "GET" : method);
        if (route == null) {
            String allow = String.join(", ", byMethod.keySet()) + (byMethod.containsKey("GET") ? ", HEAD" : "");
            throw HttpError.methodNotAllowed(method, path, allow);
        }
        return route.handle(ex);
    }

    private static Answer problem(HttpError e, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (e.allow != null) {
            headers.put("Allow", e.allow);
        }
        if (e.status == 503) {
            headers.put("Retry-After", "1");
        }
        return new Answer(e.status, ProblemJson.MEDIA_TYPE, ProblemJson.write(e, path), headers);
    }

    private static long send(HttpExchange ex, Answer a, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", a.contentType());
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        a.headers().forEach(ex.getResponseHeaders()::set);
        if (head || a.body().length == 0) {
            ex.sendResponseHeaders(a.status(), -1); // -1: no body (0 would mean chunked)
            return 0;
        }
        ex.sendResponseHeaders(a.status(), a.body().length);
        ex.getResponseBody().write(a.body());
        return a.body().length;
    }

    /**
     * Stops gracefully: readiness turns 503, the listener closes, running checks get {@code grace}
     * to finish, then every thread the service started is gone.
     */
    public void stop(Duration grace) {
        endpoints.stopping();
        // The JDK server's stop(n) waits the full n seconds even when idle, so wait for the
        // exchanges in hand here and then close the listener at once.
        long deadline = System.nanoTime() + grace.toNanos();
        while (active.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        http.stop(0);
        queue.close(grace);
        Threads.shutdown(httpThreads, grace);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(1));
    }

    /** Path -> methods, sorted by path: what the OpenAPI document must describe. */
    Map<String, java.util.Set<String>> routeTable() {
        Map<String, java.util.Set<String>> table = new java.util.TreeMap<>();
        routes.forEach((path, methods) -> table.put(path, new java.util.TreeSet<>(methods.keySet())));
        return table;
    }
}
