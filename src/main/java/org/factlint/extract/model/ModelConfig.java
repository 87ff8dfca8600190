package org.factlint.extract.model;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to reach a language model that speaks the OpenAI chat-completions protocol (a hosted API,
 * or Ollama, vLLM or a llama.cpp server on the newsroom's own machines), and how hard to use it.
 * Set by the operator (flags, environment), never by a request. The key comes from the environment
 * only ({@value #KEY_ENV}), so that it never shows in a process list; {@link #toString()} hides it.
 *
 * @param baseUrl        the API's base as OpenAI clients take it ({@code http://localhost:11434/v1});
 *                       requests go to {@code {base}/chat/completions}
 * @param model          the model's name as the endpoint knows it; also written in the facts' {@code extractor} field
 * @param apiKey         sent as {@code Authorization: Bearer}, or null for an endpoint that needs none
 * @param connectTimeout longest wait for a connection
 * @param requestTimeout longest wait for one answer (a model writing a long document is slow: minutes, not seconds)
 * @param maxRetries     retries of one request after a 429, a 5xx or a failed connection (0: none); a time-out is not retried
 * @param retryBase      first back-off; doubled on each retry
 * @param maxRetryAfter  longest wait a {@code Retry-After} header is honoured for (and the most any back-off waits)
 * @param maxRequests    most requests (retries included) in one run, 0 for no limit; a run's budget
 * @param concurrency    most requests in flight at once
 * @param cacheFolder    where answers are kept across runs, or null for memory only
 */
public record ModelConfig(URI baseUrl, String model, String apiKey, Duration connectTimeout, Duration requestTimeout,
                          int maxRetries, Duration retryBase, Duration maxRetryAfter, int maxRequests, int concurrency,
                          Path cacheFolder) {

    /** Where the endpoint's base URL may be given. */
    public static final String URL_ENV = "FACTLINT_MODEL_URL";
    /** Where the model's name may be given. */
    public static final String MODEL_ENV = "FACTLINT_MODEL";
    /** The only place the key is read from. */
    public static final String KEY_ENV = "FACTLINT_MODEL_KEY";

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final Duration DEFAULT_RETRY_BASE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);
    public static final int DEFAULT_CONCURRENCY = 2;

    public ModelConfig {
        if (baseUrl == null || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the model's URL must be an http or https URL such as "
                    + "http://localhost:11434/v1, but is '" + baseUrl + "'");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("the model's name is missing (--model or " + MODEL_ENV + ")");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()
                || retryBase.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("the model's time-outs must be positive");
        }
        if (maxRetries < 0 || maxRequests < 0 || concurrency < 1) {
            throw new IllegalArgumentException("the model's retries and request limit must be 0 or more, its concurrency 1 or more");
        }
        if (apiKey != null && apiKey.isBlank()) {
            apiKey = null;
        }
    }

    /**
     * The configuration with the defaults for everything but where the model is.
     *
     * @param url   the base URL, or null to read {@value #URL_ENV}
     * @param model the model's name, or null to read {@value #MODEL_ENV}
     * @param env   the environment ({@code System.getenv()}); the key is read from {@value #KEY_ENV}
     * @throws IllegalArgumentException if the URL or the model is given nowhere, or the URL is not one
     */
    public static ModelConfig of(String url, String model, Map<String, String> env) {
        String u = url != null ? url : env.get(URL_ENV);
        String m = model != null ? model : env.get(MODEL_ENV);
        if (u == null || u.isBlank()) {
            throw new IllegalArgumentException("the model extractor needs the endpoint's base URL: --model-url or "
                    + URL_ENV + " (for example http://localhost:11434/v1)");
        }
        URI uri;
        try {
            uri = URI.create(u.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the model's URL '" + u + "' is not a URL: " + e.getMessage());
        }
        return new ModelConfig(uri, m == null ? null : m.strip(), env.get(KEY_ENV), DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE, DEFAULT_MAX_RETRY_AFTER, 0,
                DEFAULT_CONCURRENCY, null);
    }

    /** Where requests go: {@code {base}/chat/completions}. */
    public URI chatCompletions() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/chat/completions");
    }

    /** The same with other time-outs. */
    public ModelConfig withTimeouts(Duration connect, Duration request) {
        return new ModelConfig(baseUrl, model, apiKey, connect, request, maxRetries, retryBase, maxRetryAfter, maxRequests,
                concurrency, cacheFolder);
    }

    /** The same with other retries: how many, the first back-off, and the longest wait. */
    public ModelConfig withRetries(int retries, Duration base, Duration maxWait) {
        return new ModelConfig(baseUrl, model, apiKey, connectTimeout, requestTimeout, retries, base, maxWait, maxRequests,
                concurrency, cacheFolder);
    }

    /** The same with another request budget (0: none) and concurrency. */
    public ModelConfig withLimits(int requests, int inFlight) {
        return new ModelConfig(baseUrl, model, apiKey, connectTimeout, requestTimeout, maxRetries, retryBase, maxRetryAfter,
                requests, inFlight, cacheFolder);
    }

    /** The same with a cache folder (null: memory only). */
    public ModelConfig withCacheFolder(Path folder) {
        return new ModelConfig(baseUrl, model, apiKey, connectTimeout, requestTimeout, maxRetries, retryBase, maxRetryAfter,
                maxRequests, concurrency, folder);
    }

    @Override
    public String toString() {
        return "ModelConfig[" + chatCompletions() + ", model " + model + (apiKey != null ? ", key set" : ", no key")
                + ", timeout " + requestTimeout + ", retries " + maxRetries + ", requests "
                + (maxRequests == 0 ? "unlimited" : maxRequests) + ", concurrency " + concurrency
                + (cacheFolder != null ? ", cache " + cacheFolder : "") + "]";
    }
}
