package org.factlint.extract.model;

import java.util.Optional;
import org.factlint.Problem;
import org.factlint.extract.ArticleText;
import org.factlint.extract.Extracted;
import org.factlint.extract.Extractor;

/**
 * Asks a language model behind an OpenAI-compatible chat-completions endpoint for an article's
 * facts, and treats its answer as untrusted input ({@link AnswerReader}): quotes are verified
 * against the text, offsets computed by factlint, and the document read and validated like any
 * outside document, so the rules check what the model says with the same evidence as always.
 *
 * <p>The request carries the prompt ({@link Prompt}), the article (headline, standfirst,
 * publication date and text) and the strict schema of the answer ({@link ModelSchema}); nothing
 * else leaves the machine. Answers are cached by (model, prompt version, article). A model that
 * does not answer, or answers badly, is an error for that article only. Thread-safe: one per run
 * or server, so that the request budget and the concurrency bound hold for all of it.
 */
public final class ModelExtractor implements Extractor {

    private final ModelConfig config;
    private final ChatClient client;
    private final Prompt prompt;
    private final ModelSchema schema;
    private final AnswerReader reader;
    private final AnswerCache cache;

    /** The extractor with the bundled prompt and schema. */
    public ModelExtractor(ModelConfig config) {
        this(config, Prompt.bundled(), ModelSchema.bundled());
    }

    ModelExtractor(ModelConfig config, Prompt prompt, ModelSchema schema) {
        this.config = config;
        this.client = new ChatClient(config);
        this.prompt = prompt;
        this.schema = schema;
        this.reader = new AnswerReader(schema);
        this.cache = new AnswerCache(config.cacheFolder());
    }

    /** The model's name, as written in each fact's {@code extractor} field. */
    @Override
    public String name() {
        return config.model();
    }

    /** Requests sent to the model so far (retries included; answers from the cache cost none). */
    public int requestsSent() {
        return client.requestsSent();
    }

    /** The configuration in use. */
    public ModelConfig config() {
        return config;
    }

    /** @throws IllegalStateException when the model gave no usable answer (see {@link #extractWithProblems}) */
    @Override
    public String extract(ArticleText article) {
        return extractWithProblems(article).jsonOrThrow();
    }

    @Override
    public Extracted extractWithProblems(ArticleText article) {
        String key = AnswerCache.key(config.model(), prompt.version(), article);
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) {
            return reader.read(article, config.model(), cached.get(), null);
        }
        ChatClient.Answer answer;
        try {
            answer = client.complete(prompt.instructions(), prompt.article(article), ModelSchema.NAME, schema.schema());
        } catch (ModelException e) {
            return Extracted.failed(Problem.error("", "the model '" + config.model() + "' gave no facts for this article: "
                    + e.getMessage()));
        }
        Extracted read = reader.read(article, config.model(), answer.content(), answer.finishReason());
        if (read.json() != null) {
            cache.put(key, answer.content());
        }
        return read;
    }
}
