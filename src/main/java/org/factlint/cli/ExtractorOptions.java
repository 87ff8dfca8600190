package org.factlint.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.factlint.extract.BuiltinExtractor;
import org.factlint.extract.Extractors;
import org.factlint.extract.model.ModelConfig;
import org.factlint.extract.model.ModelExtractors;
import picocli.CommandLine.Option;

/**
 * {@code --extractor} and the model's settings, shared by {@code check}, {@code extract} and
 * {@code serve}. The key is read from {@value ModelConfig#KEY_ENV} only: a flag would show in a
 * process list. Nothing talks to the network unless {@code model} or {@code both} is used.
 */
final class ExtractorOptions {

    /** Requests to the model in one run of check or extract unless --model-max-requests says otherwise. */
    static final int RUN_MAX_REQUESTS = 1000;

    @Option(names = "--extractor", paramLabel = "NAME", defaultValue = Extractors.BUILTIN,
            description = "Who reads the facts of articles given as text: builtin (factlint's own, offline), model (a "
                    + "language model behind an OpenAI-compatible endpoint; see docs/model-extractor.md) or both "
                    + "(merged) (default: ${DEFAULT-VALUE}).")
    String extractor;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "The built-in extractor's lexicon (titles, attendance phrases, event words, levels, "
                    + "countries, organisations) from DIR, a copy of the bundled one that a newsroom has extended; the "
                    + "folder is checked whole before use (see docs/extraction.md). Default: the bundled lexicon.")
    Path lexicon;

    @Option(names = "--model-url", paramLabel = "URL",
            description = "The model endpoint's base URL as OpenAI clients take it, e.g. http://localhost:11434/v1 "
                    + "(default: $" + ModelConfig.URL_ENV + "). The key, if one is needed, is read from $"
                    + ModelConfig.KEY_ENV + " only.")
    String modelUrl;

    @Option(names = "--model", paramLabel = "NAME", description = "The model's name at that endpoint (default: $"
            + ModelConfig.MODEL_ENV + ").")
    String model;

    @Option(names = "--model-timeout", paramLabel = "DURATION", description = "Longest wait for one answer of the model, "
            + "as 90s or 2m (default: 120s); a time-out is not retried.")
    String modelTimeout;

    @Option(names = "--model-retries", paramLabel = "N", description = "Retries of a request answered 429 or 5xx, or "
            + "whose connection failed, with back-off (default: " + ModelConfig.DEFAULT_MAX_RETRIES + ").")
    Integer modelRetries;

    @Option(names = "--model-max-requests", paramLabel = "N", description = "Most requests to the model in one run, "
            + "retries included; articles beyond it get an error (default: " + RUN_MAX_REQUESTS + " for check and "
            + "extract, no limit for serve; 0: no limit).")
    Integer modelMaxRequests;

    @Option(names = "--model-concurrency", paramLabel = "N", description = "Most requests to the model at once "
            + "(default: " + ModelConfig.DEFAULT_CONCURRENCY + ").")
    Integer modelConcurrency;

    @Option(names = "--model-cache", paramLabel = "DIR", description = "Keep the model's answers in DIR, keyed by "
            + "model, prompt version and article, so that an unchanged article costs no request in a later run "
            + "(default: in memory for the run only).")
    Path modelCache;

    /**
     * The extractors of a check or extract run: the model is configured only when {@code --extractor}
     * asks for it, so that a stray environment variable cannot make a builtin run touch the network.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    Extractors forRun(Map<String, String> env) {
        ModelExtractors.requireKnown(extractor);
        boolean wanted = !Extractors.BUILTIN.equals(extractor);
        return ModelExtractors.configure(extractor, wanted ? config(env, RUN_MAX_REQUESTS) : null, builtin());
    }

    /**
     * The extractors a server offers: the model too when the operator configured one (flag or
     * environment), whatever the default.
     */
    Extractors forServer(Map<String, String> env) {
        ModelExtractors.requireKnown(extractor);
        boolean configured = modelUrl != null || env.get(ModelConfig.URL_ENV) != null;
        return ModelExtractors.configure(extractor, configured || !Extractors.BUILTIN.equals(extractor) ? config(env, 0) : null,
                builtin());
    }

    /** The built-in extractor, with the operator's lexicon if one was given (a folder it chose: never a request's). */
    private BuiltinExtractor builtin() {
        return lexicon == null ? new BuiltinExtractor() : BuiltinExtractor.withLexicon(lexicon);
    }

    private ModelConfig config(Map<String, String> env, int defaultMaxRequests) {
        ModelConfig c = ModelConfig.of(modelUrl, model, env);
        Duration timeout = modelTimeout == null ? c.requestTimeout() : ServeCommand.duration(modelTimeout, "--model-timeout");
        c = c.withTimeouts(c.connectTimeout(), timeout)
                .withRetries(modelRetries != null ? modelRetries : c.maxRetries(), c.retryBase(), c.maxRetryAfter())
                .withLimits(modelMaxRequests != null ? modelMaxRequests : defaultMaxRequests,
                        modelConcurrency != null ? modelConcurrency : c.concurrency());
        return modelCache != null ? c.withCacheFolder(modelCache) : c;
    }
}
